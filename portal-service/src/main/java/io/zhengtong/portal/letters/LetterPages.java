package io.zhengtong.portal.letters;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.zhengtong.portal.letters.LetterViews.LetterForm;
import io.zhengtong.portal.letters.LetterViews.ReportRow;
import io.zhengtong.portal.letters.MailboxApi.MailboxItem;
import io.zhengtong.portal.letters.MailboxApi.MonthlyStatistics;
import io.zhengtong.portal.letters.MailboxApi.PublishedLetter;
import io.zhengtong.portal.letters.MailboxApi.PublishedPage;
import io.zhengtong.portal.letters.MailboxApi.RatingRequest;
import io.zhengtong.portal.letters.MailboxApi.Receipt;
import io.zhengtong.portal.letters.MailboxApi.ReopenRequest;
import io.zhengtong.portal.letters.MailboxApi.TrackedLetter;
import io.zhengtong.portal.site.SignedInVisitor;

/**
 * The website's 领导信箱: the mailboxes, writing a letter, the receipt, following a letter with
 * its tracking code and query password (always POSTed, never in a URL), rating and reopening,
 * published letters (选登) and the monthly report (每月通报). Every page degrades to a friendly
 * notice (503) when the mailbox service is away; what the citizen typed is escaped everywhere
 * (Thymeleaf {@code th:text} only).
 */
@Controller
@RequestMapping("/mailbox")
class LetterPages {

    static final int PUBLISHED_PAGE_SIZE = 20;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern MAILBOX_CODE = Pattern.compile("[a-z0-9-]{1,64}");

    private final MailboxService mailbox;
    private final MailboxAttachmentRules attachmentRules;

    LetterPages(MailboxService mailbox, MailboxAttachmentRules attachmentRules) {
        this.mailbox = mailbox;
        this.attachmentRules = attachmentRules;
    }

    /** Pages with personal data or a fresh captcha are never kept by browsers or proxies. */
    static void private_(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }

    @GetMapping
    String mailboxes(Model model, HttpServletResponse response) {
        return orUnavailable(model, response, () -> {
            List<MailboxItem> boxes = mailbox.mailboxes();
            model.addAttribute("mailboxes", boxes);
            model.addAttribute("periodSummary", LetterViews.periodSummary(boxes));
            return "site/mailbox/index";
        });
    }

    @GetMapping("/{code}/write")
    String writeForm(@PathVariable String code, Model model, HttpServletResponse response) {
        private_(response);
        // A logged-in visitor finds their name and e-mail filled in from the account (they may change them).
        LetterForm form = SignedInVisitor.current().map(v -> LetterForm.empty().from(v.name(), v.email()))
            .orElse(LetterForm.empty());
        return orUnavailable(model, response, () -> showForm(code, form, Map.of(), null, model, response));
    }

    @PostMapping("/{code}/write")
    String write(@PathVariable String code, @ModelAttribute("form") LetterForm form, BindingResult mistyped,
            @RequestParam(name = LetterAttachmentCheck.FIELD, required = false) List<MultipartFile> attachments, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        private_(response);
        return orUnavailable(model, response, () -> {
            MailboxItem box = find(code);
            if (box == null) {
                return notFound(model, response);
            }
            LetterAttachmentCheck.Checked files = new LetterAttachmentCheck(attachmentRules.current()).check(attachments);
            if (!files.passed()) {
                // Refused before the captcha is used: the same one stays valid, but the page shows a fresh one anyway.
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return showForm(code, kept(form), Map.of(LetterAttachmentCheck.FIELD, LetterAttachmentCheck.joined(files.problems())),
                        null, model, response);
            }
            try {
                // Logged in: as the account (linked to 我的来信, no captcha); else anonymously with the captcha.
                Optional<String> bearer = postedBearer(request);
                Receipt receipt = bearer.isPresent()
                        ? mailbox.submitAs(bearer.get(), form.toRequest(code), files.files(), clientAddress(request))
                        : mailbox.submit(form.toRequest(code), files.files(), clientAddress(request));
                model.addAttribute("mailbox", box);
                model.addAttribute("receipt", receipt);
                model.addAttribute("inMyLetters", bearer.isPresent());
                return "site/mailbox/receipt";
            }
            catch (MailboxRefusal refusal) {
                response.setStatus(refusal.status());
                String notice = refusal.fieldErrors().isEmpty() ? refusal.detail() : null;
                if (refusal.retryAfterSeconds() != null) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, refusal.retryAfterSeconds().toString());
                }
                return showForm(code, kept(form), LetterAttachmentCheck.foldedFieldErrors(refusal.fieldErrors()), notice,
                        model, response);
            }
        });
    }

    /** What was typed, to show again: the captcha was used up (or the form refused before it), so a new one, the answer empty. */
    private static LetterForm kept(LetterForm form) {
        return new LetterForm(form.type(), form.subject(), form.content(), form.contactName(), form.contactPhone(),
                form.contactEmail(), form.idNumber(), form.consentToPublish(), form.anonymous(), null, null);
    }

    private String showForm(String code, LetterForm form, Map<String, String> errors, String notice, Model model,
            HttpServletResponse response) {
        MailboxItem box = find(code);
        if (box == null) {
            return notFound(model, response);
        }
        model.addAttribute("mailbox", box);
        model.addAttribute("types", box.periods() == null || box.periods().isEmpty() ? LetterViews.TYPES
                : box.periods().stream().map(p -> new LetterViews.Choice(p.type(), p.typeLabel())).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        // A logged-in visitor writes without captcha (the account is the check; the per-address limit stays).
        Optional<SignedInVisitor> visitor = SignedInVisitor.current();
        model.addAttribute("captcha", visitor.isPresent() ? null : mailbox.captcha());
        model.addAttribute("reach", LetterViews.Reach.of(visitor).name());
        LetterAttachmentCheck attachments = new LetterAttachmentCheck(attachmentRules.current());
        model.addAttribute("attachmentHint", attachments.hint());
        model.addAttribute("attachmentAccept", attachments.accept());
        return "site/mailbox/write";
    }

    private MailboxItem find(String code) {
        if (code == null || !MAILBOX_CODE.matcher(code).matches()) {
            return null;
        }
        return mailbox.mailbox(code).orElse(null);
    }

    /** {@code Bearer <token>} of the logged-in visitor, to call the mailbox on their behalf; empty when anonymous. */
    static Optional<String> bearer() {
        return SignedInVisitor.bearerToken().map(token -> "Bearer " + token);
    }

    /** The same for a form post, only if the form came from this login ({@link SignedInVisitor#postedByThisLogin}). */
    static Optional<String> postedBearer(HttpServletRequest request) {
        return SignedInVisitor.postedByThisLogin(request) ? bearer() : Optional.empty();
    }

    /** The citizen's address as the gateway reported it, passed on for the per-address limit. */
    static String clientAddress(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",", 2)[0].strip();
        }
        return request.getRemoteAddr();
    }

    @GetMapping("/track")
    String trackForm(Model model, HttpServletResponse response) {
        private_(response);
        model.addAttribute("code", "");
        return "site/mailbox/track";
    }

    @PostMapping("/track")
    String track(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String password,
            Model model, HttpServletResponse response) {
        private_(response);
        return orUnavailable(model, response, () -> {
            if (code.isBlank() || password.isBlank()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("code", code);
                model.addAttribute("notice", "请填写回执上的查询码和查询密码。");
                return "site/mailbox/track";
            }
            try {
                return showLetter(mailbox.track(code, password), code, password, null, model);
            }
            catch (MailboxRefusal refusal) {
                response.setStatus(refusal.status());
                model.addAttribute("code", code);
                model.addAttribute("notice", refusal.detail() == null ? "查询码或查询密码不正确，请核对回执后重新输入。" : refusal.detail());
                return "site/mailbox/track";
            }
        });
    }

    @PostMapping("/track/rating")
    String rate(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String rating, @RequestParam(required = false) String remark, Model model,
            HttpServletResponse response) {
        private_(response);
        return orUnavailable(model, response, () -> {
            try {
                TrackedLetter rated = mailbox.rate(code, password, new RatingRequest(rating, LetterViews.blankToNull(remark)));
                return showLetter(rated, code, password, "感谢您的评价。", model);
            }
            catch (MailboxRefusal refusal) {
                return refusedOnLetter(refusal, code, password, Map.of("rating", "rating", "remark", "remark"), model, response);
            }
        });
    }

    @PostMapping("/track/reopen")
    String reopen(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        private_(response);
        return orUnavailable(model, response, () -> {
            try {
                TrackedLetter reopened = mailbox.reopen(code, password, new ReopenRequest(LetterViews.blankToNull(reason)));
                return showLetter(reopened, code, password, "已申请重新办理，办理单位将重新答复。", model);
            }
            catch (MailboxRefusal refusal) {
                return refusedOnLetter(refusal, code, password, Map.of("reason", "reason"), model, response);
            }
        });
    }

    /** A rating or reopening refused: the letter again, with the reason next to the form. */
    private String refusedOnLetter(MailboxRefusal refusal, String code, String password, Map<String, String> fields,
            Model model, HttpServletResponse response) {
        response.setStatus(refusal.status());
        if (refusal.status() == HttpStatus.NOT_FOUND.value() || refusal.code().startsWith("tracking-code-")) {
            model.addAttribute("code", code);
            model.addAttribute("notice", refusal.detail());
            return "site/mailbox/track";
        }
        TrackedLetter letter = mailbox.track(code, password);
        model.addAttribute("errors", refusal.fieldErrors());
        return showLetter(letter, code, password, null, model, refusal.fieldErrors().isEmpty() ? refusal.detail() : null);
    }

    static String showLetter(TrackedLetter letter, String code, String password, String done, Model model) {
        return showLetter(letter, code, password, done, model, null);
    }

    static String showLetter(TrackedLetter letter, String code, String password, String done, Model model,
            String refusal) {
        model.addAttribute("letter", letter);
        model.addAttribute("submittedAt", LetterViews.countyTime(letter.submittedAt()));
        model.addAttribute("answeredAt", LetterViews.countyTime(letter.answeredAt()));
        model.addAttribute("mergedAnsweredAt",
                letter.mergedWith() == null ? null : LetterViews.countyTime(letter.mergedWith().answeredAt()));
        model.addAttribute("code", code);
        model.addAttribute("password", password);
        model.addAttribute("ratings", LetterViews.RATINGS);
        model.addAttribute("done", done);
        model.addAttribute("refusal", refusal);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "site/mailbox/letter";
    }

    @GetMapping("/letters")
    String published(@RequestParam(defaultValue = "1") int page, Model model, HttpServletResponse response) {
        if (page < 1) {
            return notFound(model, response);
        }
        return orUnavailable(model, response, () -> {
            PublishedPage letters = mailbox.published(page - 1, PUBLISHED_PAGE_SIZE).orElse(null);
            model.addAttribute("letters", letters == null ? List.of() : letters.content());
            model.addAttribute("page", page);
            model.addAttribute("totalPages", letters == null ? 0 : letters.totalPages());
            return "site/mailbox/published";
        });
    }

    @GetMapping("/letters/{id}")
    String publishedLetter(@PathVariable String id, Model model, HttpServletResponse response) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) {
            return notFound(model, response);
        }
        return orUnavailable(model, response, () -> {
            PublishedLetter letter = mailbox.publishedLetter(id).orElse(null);
            if (letter == null) {
                return notFound(model, response);
            }
            model.addAttribute("letter", letter);
            return "site/mailbox/published-letter";
        });
    }

    @GetMapping("/reports")
    String reports(Model model, HttpServletResponse response) {
        return orUnavailable(model, response, () -> {
            List<String> months = mailbox.statisticsMonths();
            model.addAttribute("months", months.stream().map(m -> new LetterViews.Choice(m, LetterViews.monthLabel(m))).toList());
            return "site/mailbox/reports";
        });
    }

    private static final DateTimeFormatter SNAPSHOT_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
        .withZone(ZoneId.of("Asia/Shanghai"));

    @GetMapping("/reports/{month}")
    String report(@PathVariable String month, Model model, HttpServletResponse response) {
        if (!MONTH.matcher(month).matches()) {
            return notFound(model, response);
        }
        return orUnavailable(model, response, () -> {
            MonthlyStatistics statistics = mailbox.statistics(month).orElse(null);
            model.addAttribute("month", month);
            model.addAttribute("monthLabel", LetterViews.monthLabel(month));
            model.addAttribute("rows", statistics == null || statistics.rows() == null ? List.of()
                    : statistics.rows().stream().map(r -> ReportRow.of(r, r.unitCode())).toList());
            model.addAttribute("totals", statistics == null || statistics.totals() == null ? null
                    : ReportRow.of(statistics.totals(), "合计"));
            // The published report is frozen at month end (mailbox statistics snapshots): say as of when.
            model.addAttribute("snapshotAt", statistics == null || statistics.snapshotAt() == null ? null
                    : SNAPSHOT_TIME.format(statistics.snapshotAt()));
            return "site/mailbox/report";
        });
    }

    static String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", 404);
        model.addAttribute("headline", "您访问的页面不存在");
        model.addAttribute("explanation", "页面可能已被撤回或地址有误。您可以返回首页，或使用站内搜索查找所需信息。");
        return "site/error";
    }

    /** Renders the page, or, with the mailbox service away, the friendly notice (503, try again shortly). */
    static String orUnavailable(Model model, HttpServletResponse response, Supplier<String> page) {
        try {
            return page.get();
        }
        catch (MailboxUnavailable unavailable) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "60");
            return "site/mailbox/unavailable";
        }
    }
}
