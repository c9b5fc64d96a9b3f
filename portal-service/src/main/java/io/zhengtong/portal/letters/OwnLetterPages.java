package io.zhengtong.portal.letters;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.zhengtong.portal.letters.CitizenMailboxApi.OwnLetters;
import io.zhengtong.portal.letters.MailboxApi.RatingRequest;
import io.zhengtong.portal.letters.MailboxApi.ReopenRequest;
import io.zhengtong.portal.letters.MailboxApi.TrackedLetter;

/**
 * 我的来信: the letters a logged-in visitor wrote logged in, each opened (and rated, reopened)
 * without the query password. The mailbox decides by the visitor's token which letters are
 * theirs; a letter that is not (or an anonymous visitor) gets the usual tracking form, never the
 * letter. Personal pages: never cached.
 */
@Controller
@RequestMapping("/mailbox/my")
class OwnLetterPages {

    static final int PAGE_SIZE = 20;
    private static final String TRACKING_CODE = "[A-Za-z0-9-]{1,20}";

    private final MailboxService mailbox;

    OwnLetterPages(MailboxService mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping
    String letters(@RequestParam(defaultValue = "1") int page, Model model, HttpServletResponse response) {
        LetterPages.private_(response);
        Optional<String> bearer = LetterPages.bearer();
        if (bearer.isEmpty()) {
            return "site/mailbox/my-login";
        }
        if (page < 1) {
            return LetterPages.notFound(model, response);
        }
        return LetterPages.orUnavailable(model, response, () -> {
            OwnLetters letters = mailbox.ownLetters(bearer.get(), page - 1, PAGE_SIZE);
            model.addAttribute("letters", letters.content() == null ? List.of()
                    : letters.content().stream().map(OwnLetterLine::of).toList());
            model.addAttribute("page", page);
            model.addAttribute("totalPages", letters.totalPages());
            return "site/mailbox/my-letters";
        });
    }

    /** What a line of the list shows, the time in the county's zone. */
    record OwnLetterLine(String trackingCode, String subject, String mailboxName, String typeLabel, String status,
            String statusLabel, LocalDateTime submittedAt, LocalDate dueDate) {

        static OwnLetterLine of(CitizenMailboxApi.OwnLetter letter) {
            return new OwnLetterLine(letter.trackingCode(), letter.subject(), letter.mailboxName(), letter.typeLabel(),
                    letter.status(), letter.statusLabel(), LetterViews.countyTime(letter.submittedAt()), letter.dueDate());
        }
    }

    @GetMapping("/{code}")
    String letter(@PathVariable String code, Model model, HttpServletResponse response) {
        LetterPages.private_(response);
        if (!code.matches(TRACKING_CODE)) {
            return LetterPages.notFound(model, response);
        }
        return own(code, LetterPages.bearer(), model, response, bearer -> showOwn(mailbox.ownLetter(bearer, code), null, model));
    }

    @PostMapping("/{code}/rating")
    String rate(@PathVariable String code, @RequestParam(required = false) String rating,
            @RequestParam(required = false) String remark, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        LetterPages.private_(response);
        if (!code.matches(TRACKING_CODE)) {
            return LetterPages.notFound(model, response);
        }
        return own(code, LetterPages.postedBearer(request), model, response, bearer -> {
            try {
                return showOwn(mailbox.rateOwn(bearer, code, new RatingRequest(rating, LetterViews.blankToNull(remark))),
                        "感谢您的评价。", model);
            }
            catch (MailboxRefusal refusal) {
                return refusedOnOwn(refusal, bearer, code, model, response);
            }
        });
    }

    @PostMapping("/{code}/reopen")
    String reopen(@PathVariable String code, @RequestParam(required = false) String reason, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        LetterPages.private_(response);
        if (!code.matches(TRACKING_CODE)) {
            return LetterPages.notFound(model, response);
        }
        return own(code, LetterPages.postedBearer(request), model, response, bearer -> {
            try {
                return showOwn(mailbox.reopenOwn(bearer, code, new ReopenRequest(LetterViews.blankToNull(reason))),
                        "已申请重新办理，办理单位将重新答复。", model);
            }
            catch (MailboxRefusal refusal) {
                return refusedOnOwn(refusal, bearer, code, model, response);
            }
        });
    }

    /**
     * The page for the visitor's own letter; anyone else gets the tracking form with the code filled
     * in: anonymous visitors (may log in or type the password), other accounts with a 404. A form
     * post that did not come from the visitor's login ({@code bearer} empty) counts as anonymous.
     */
    private String own(String code, Optional<String> bearer, Model model, HttpServletResponse response,
            Function<String, String> page) {
        model.addAttribute("code", code);
        if (bearer.isEmpty()) {
            model.addAttribute("notice", "请登录后查看您的来信，或输入回执上的查询密码查询。");
            model.addAttribute("offerLogin", true);
            return "site/mailbox/track";
        }
        return LetterPages.orUnavailable(model, response, () -> {
            try {
                return page.apply(bearer.get());
            }
            catch (MailboxRefusal refusal) {
                if (refusal.status() != HttpStatus.NOT_FOUND.value()) {
                    throw refusal;
                }
                response.setStatus(HttpStatus.NOT_FOUND.value());
                model.addAttribute("notice", "您的来信中没有这封信。如持有回执，请输入查询码和查询密码查询。");
                return "site/mailbox/track";
            }
        });
    }

    private static String showOwn(TrackedLetter letter, String done, Model model) {
        model.addAttribute("owned", true);
        return LetterPages.showLetter(letter, letter.trackingCode(), null, done, model);
    }

    /** A rating or reopening refused for the form (not 404): the letter again with the reason next to the form. */
    private String refusedOnOwn(MailboxRefusal refusal, String bearer, String code, Model model,
            HttpServletResponse response) {
        if (refusal.status() == HttpStatus.NOT_FOUND.value()) {
            throw refusal;
        }
        response.setStatus(refusal.status());
        model.addAttribute("errors", refusal.fieldErrors());
        model.addAttribute("owned", true);
        TrackedLetter letter = mailbox.ownLetter(bearer, code);
        return LetterPages.showLetter(letter, letter.trackingCode(), null, null, model,
                refusal.fieldErrors().isEmpty() ? refusal.detail() : null);
    }
}
