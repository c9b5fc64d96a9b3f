package io.zhengtong.mailbox.citizen.web;

import io.zhengtong.mailbox.captcha.CaptchaNotSolved;
import io.zhengtong.mailbox.captcha.Captchas;
import io.zhengtong.mailbox.captcha.Captchas.IssuedCaptcha;
import io.zhengtong.mailbox.citizen.LetterForm;
import io.zhengtong.mailbox.citizen.TrackingLetters;
import io.zhengtong.mailbox.citizen.TrackingLetters.LetterView;
import io.zhengtong.mailbox.citizen.WritingLetters;
import io.zhengtong.mailbox.citizen.WritingLetters.Receipt;
import io.zhengtong.mailbox.letter.Rating;
import io.zhengtong.mailbox.mailboxes.PublicMailboxes;
import io.zhengtong.mailbox.mailboxes.PublicMailboxes.OpenMailbox;
import io.zhengtong.mailbox.ratelimit.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.validation.annotation.Validated;

/**
 * The citizens' side, anonymous: the mailboxes, writing a letter, and following it with the
 * tracking code and the query password (sent in a header, so it stays out of URLs and logs).
 */
@RestController
@RequestMapping("/api/mailbox/public")
class CitizenLetterController {

    static final String PASSWORD_HEADER = "X-Query-Password";

    private final WritingLetters writing;
    private final TrackingLetters tracking;
    private final Captchas captchas;
    private final PublicMailboxes mailboxes;

    CitizenLetterController(WritingLetters writing, TrackingLetters tracking, Captchas captchas,
            PublicMailboxes mailboxes) {
        this.writing = writing;
        this.tracking = tracking;
        this.captchas = captchas;
        this.mailboxes = mailboxes;
    }

    record RatingForm(@NotNull(message = "请选择评价：满意、基本满意或不满意") Rating rating,
            @Size(max = 500, message = "评价说明不能超过500个字") String remark) {
    }

    record ReopenForm(@NotBlank(message = "请填写申请重新办理的理由") @Size(max = 1000, message = "理由不能超过1000个字") String reason) {
    }

    /** The open mailboxes with their answering periods, so the website can tell the citizen what to expect. */
    @GetMapping("/mailboxes")
    List<OpenMailbox> mailboxes() {
        return mailboxes.list();
    }

    /** A fresh captcha for the letter form; never cached, each is good for one attempt. */
    @GetMapping("/captcha")
    ResponseEntity<IssuedCaptcha> captcha() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(captchas.issue());
    }

    /**
     * The form's fields are checked first (400 with every field error, the captcha still unused),
     * then the captcha (used up, 422 on {@code captchaAnswer} if wrong), then the per-address limit
     * (429 with {@code Retry-After}) inside the letter's transaction.
     */
    @PostMapping("/letters")
    @ResponseStatus(HttpStatus.CREATED)
    Receipt submit(@Validated({ Default.class, LetterForm.WithoutLogin.class }) @RequestBody LetterForm form,
            HttpServletRequest request) {
        if (!captchas.redeem(form.captchaId(), form.captchaAnswer())) {
            throw new CaptchaNotSolved();
        }
        return writing.submit(form, ClientAddress.of(request.getHeader("X-Forwarded-For"), request.getRemoteAddr()));
    }

    @GetMapping("/letters/{trackingCode}")
    LetterView view(@PathVariable String trackingCode, @RequestHeader(name = PASSWORD_HEADER, required = false) String password) {
        return tracking.view(trackingCode, password);
    }

    @PostMapping("/letters/{trackingCode}/rating")
    LetterView rate(@PathVariable String trackingCode, @RequestHeader(name = PASSWORD_HEADER, required = false) String password,
            @Valid @RequestBody RatingForm form) {
        return tracking.rate(trackingCode, password, form.rating(), form.remark());
    }

    @PostMapping("/letters/{trackingCode}/reopen")
    LetterView reopen(@PathVariable String trackingCode, @RequestHeader(name = PASSWORD_HEADER, required = false) String password,
            @Valid @RequestBody ReopenForm form) {
        return tracking.reopen(trackingCode, password, form.reason());
    }
}
