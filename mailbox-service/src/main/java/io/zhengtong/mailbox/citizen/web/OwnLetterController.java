package io.zhengtong.mailbox.citizen.web;

import io.zhengtong.mailbox.citizen.CitizenAccount;
import io.zhengtong.mailbox.citizen.FollowingOwnLetters;
import io.zhengtong.mailbox.citizen.FollowingOwnLetters.OwnLetters;
import io.zhengtong.mailbox.citizen.LetterForm;
import io.zhengtong.mailbox.citizen.LoggedInLetterForms;
import io.zhengtong.mailbox.citizen.TrackingLetters.LetterView;
import io.zhengtong.mailbox.citizen.WritingLetters;
import io.zhengtong.mailbox.citizen.WritingLetters.Receipt;
import io.zhengtong.mailbox.citizen.web.CitizenLetterController.RatingForm;
import io.zhengtong.mailbox.citizen.web.CitizenLetterController.ReopenForm;
import io.zhengtong.mailbox.ratelimit.ClientAddress;
import io.zhengtong.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizens' side, logged in (a token required; whose letters is decided by its subject, never
 * by a role): writing a letter without captcha, linked to the account, and 我的来信, the account's
 * letters opened, rated and reopened without the query password. The account is the platform's
 * {@link CurrentUser} of the token ({@link CitizenAccount#of}). The multipart form of writing is
 * in the attachment package, next to the anonymous one.
 */
@RestController
@RequestMapping("/api/mailbox/citizen/letters")
class OwnLetterController {

    private final WritingLetters writing;
    private final LoggedInLetterForms forms;
    private final FollowingOwnLetters own;

    OwnLetterController(WritingLetters writing, LoggedInLetterForms forms, FollowingOwnLetters own) {
        this.writing = writing;
        this.forms = forms;
        this.own = own;
    }

    /**
     * As {@code POST /api/mailbox/public/letters}, without captcha; the receipt is the same (the
     * paper path). A named letter without e-mail address gets the account's; with one, the mobile
     * number may be left out.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Receipt submit(CurrentUser user, @RequestBody LetterForm form, HttpServletRequest request) {
        CitizenAccount writer = CitizenAccount.of(user);
        return writing.submit(forms.checked(form, writer),
                ClientAddress.of(request.getHeader("X-Forwarded-For"), request.getRemoteAddr()), writer);
    }

    /** The account's letters, newest first; personal, never cached. */
    @GetMapping
    ResponseEntity<OwnLetters> list(CurrentUser user,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "页码不能小于0") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "每页至少1封")
            @Max(value = 100, message = "每页最多100封") int size) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(own.list(CitizenAccount.of(user), page, size));
    }

    @GetMapping("/{trackingCode}")
    ResponseEntity<LetterView> view(CurrentUser user, @PathVariable String trackingCode) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(own.view(CitizenAccount.of(user), trackingCode));
    }

    @PostMapping("/{trackingCode}/rating")
    LetterView rate(CurrentUser user, @PathVariable String trackingCode, @Valid @RequestBody RatingForm form) {
        return own.rate(CitizenAccount.of(user), trackingCode, form.rating(), form.remark());
    }

    @PostMapping("/{trackingCode}/reopen")
    LetterView reopen(CurrentUser user, @PathVariable String trackingCode, @Valid @RequestBody ReopenForm form) {
        return own.reopen(CitizenAccount.of(user), trackingCode, form.reason());
    }
}
