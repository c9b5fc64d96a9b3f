package io.zhengtong.portal.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import io.zhengtong.portal.letters.MailboxApi.LetterRequest;
import io.zhengtong.portal.letters.MailboxApi.RatingRequest;
import io.zhengtong.portal.letters.MailboxApi.Receipt;
import io.zhengtong.portal.letters.MailboxApi.ReopenRequest;
import io.zhengtong.portal.letters.MailboxApi.TrackedLetter;

/**
 * The mailbox service's logged-in citizen API ({@code /api/mailbox/citizen}), called with the
 * visitor's own access token (relayed by the gateway to the page): writing a letter linked to the
 * account without captcha, and 我的来信. Which letters are theirs the mailbox decides by the token.
 */
@FeignClient(name = "mailbox", contextId = "citizenMailbox", url = "${zhengtong.services.mailbox:http://127.0.0.1:8083}",
        path = "/api/mailbox/citizen", configuration = MailboxApiConfiguration.class)
interface CitizenMailboxApi {

    @PostMapping("/letters")
    Receipt submit(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer, @RequestBody LetterRequest letter,
            @RequestHeader("X-Forwarded-For") String clientAddress);

    @PostMapping(path = "/letters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Receipt submitWithAttachments(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer,
            @RequestPart("letter") MultipartFile letter, @RequestPart("attachments") MultipartFile[] attachments,
            @RequestHeader("X-Forwarded-For") String clientAddress);

    @GetMapping("/letters")
    OwnLetters letters(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer, @RequestParam("page") int page,
            @RequestParam("size") int size);

    @GetMapping("/letters/{code}")
    TrackedLetter letter(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer, @PathVariable("code") String code);

    @PostMapping("/letters/{code}/rating")
    TrackedLetter rate(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer, @PathVariable("code") String code,
            @RequestBody RatingRequest rating);

    @PostMapping("/letters/{code}/reopen")
    TrackedLetter reopen(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer, @PathVariable("code") String code,
            @RequestBody ReopenRequest reopen);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OwnLetters(List<OwnLetter> content, int page, int size, long totalElements, int totalPages) {
    }

    /** One line of 我的来信; {@code dueDate} may be empty (refused, merged). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OwnLetter(String trackingCode, String subject, String mailbox, String mailboxName, String type,
            String typeLabel, String status, String statusLabel, Instant submittedAt, LocalDate dueDate) {
    }
}
