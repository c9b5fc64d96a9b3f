package io.zhengtong.portal.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * The mailbox service's public API as the website calls it (mailbox-service's README and the
 * contracts: captcha, attachment rules, published letters, monthly statistics). The DTOs are the portal's own
 * copies: services share no classes. Refusals (4xx) arrive as {@link MailboxRefusal}; calls go
 * through {@link MailboxService}, which adds the circuit breaker.
 */
@FeignClient(name = "mailbox", url = "${zhengtong.services.mailbox:http://127.0.0.1:8083}", path = "/api/mailbox/public",
        configuration = MailboxApiConfiguration.class)
interface MailboxApi {

    String PASSWORD_HEADER = "X-Query-Password";

    @GetMapping("/mailboxes")
    List<MailboxItem> mailboxes();

    @GetMapping("/captcha")
    Captcha captcha();

    @GetMapping("/attachment-rules")
    AttachmentRules attachmentRules();

    @PostMapping("/letters")
    Receipt submit(@RequestBody LetterRequest letter, @RequestHeader("X-Forwarded-For") String clientAddress);

    /** The same letter with files: the JSON as part {@code letter}, the files as parts {@code attachments}. */
    @PostMapping(path = "/letters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Receipt submitWithAttachments(@RequestPart("letter") MultipartFile letter,
            @RequestPart("attachments") MultipartFile[] attachments, @RequestHeader("X-Forwarded-For") String clientAddress);

    @GetMapping("/letters/{code}")
    TrackedLetter track(@PathVariable("code") String code, @RequestHeader(PASSWORD_HEADER) String password);

    @PostMapping("/letters/{code}/rating")
    TrackedLetter rate(@PathVariable("code") String code, @RequestHeader(PASSWORD_HEADER) String password,
            @RequestBody RatingRequest rating);

    @PostMapping("/letters/{code}/reopen")
    TrackedLetter reopen(@PathVariable("code") String code, @RequestHeader(PASSWORD_HEADER) String password,
            @RequestBody ReopenRequest reopen);

    @GetMapping("/published")
    PublishedPage published(@RequestParam("page") int page, @RequestParam("size") int size);

    @GetMapping("/published/{id}")
    PublishedLetter publishedLetter(@PathVariable("id") String id);

    @GetMapping("/statistics/months")
    List<String> statisticsMonths();

    @GetMapping("/statistics")
    MonthlyStatistics statistics(@RequestParam("month") String month);

    /** A mailbox open for letters; {@code intro} is the administrator's short text for the website, may be null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MailboxItem(String code, String name, List<Period> periods, String intro) {
    }

    /** Letters of this type are answered within this many working days. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Period(String type, String typeLabel, int workingDays) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Captcha(String id, String image, String question) {
    }

    /** What the mailbox accepts as a letter's files, the limits its content check enforces on submit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AttachmentRules(int maxFiles, long maxBytesPerFile, List<AttachmentType> types) {
    }

    /** One kind of file: its media type, the extensions such files end with (lower case, no dot), its Chinese label. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AttachmentType(String mediaType, List<String> extensions, String label) {
    }

    record LetterRequest(String mailbox, String type, String subject, String content, String contactName,
            String contactPhone, String contactEmail, String idNumber, boolean consentToPublish, boolean anonymous,
            String captchaId, String captchaAnswer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Receipt(String trackingCode, String queryPassword) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrackedLetter(String trackingCode, String mailbox, String type, String typeLabel, String subject,
            String content, String status, String statusLabel, Instant submittedAt, String handlingUnit,
            String handlingUnitName, LocalDate dueDate, String dueDateExplanation, String rejectionReason, String reply,
            Instant answeredAt, String rating, String ratingLabel, boolean mayRate, boolean mayReopen,
            MergedOriginal mergedWith) {
    }

    /**
     * For a letter merged as a duplicate, the letter on the same matter it was merged with: its
     * handling and, once released, its reply (the other writer's data masked); {@code null} otherwise.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MergedOriginal(String status, String statusLabel, String handlingUnit, String handlingUnitName, LocalDate dueDate,
            String dueDateExplanation, String rejectionReason, String reply, Instant answeredAt) {
    }

    record RatingRequest(String rating, String remark) {
    }

    record ReopenRequest(String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PublishedPage(List<PublishedLetter> content, int page, int size, long totalElements, int totalPages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PublishedLetter(String id, String subject, String content, String type, String typeLabel, String mailbox,
            String writer, LocalDate submittedOn, String reply, LocalDate repliedOn, String unitName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code snapshotAt}: when the month's figures were frozen (截至), {@code null} if counted live. */
    record MonthlyStatistics(String month, List<StatisticsRow> rows, StatisticsRow totals, Instant snapshotAt) {
    }

    /** One unit's month (or the totals, without unit). Rates are percentages (0 to 100, one decimal), as the service sends them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatisticsRow(String unitCode, String unitName, long received, long answered, long answeredOnTime,
            Double onTimeRate, Double averageWorkingDays, long satisfied, long basicallySatisfied, long unsatisfied,
            Double satisfactionRate, long overdue) {
    }
}
