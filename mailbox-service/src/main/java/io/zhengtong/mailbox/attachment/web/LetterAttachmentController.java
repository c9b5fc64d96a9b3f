package io.zhengtong.mailbox.attachment.web;

import io.zhengtong.mailbox.attachment.LetterAttachments;
import io.zhengtong.mailbox.attachment.ReadingAttachments;
import io.zhengtong.mailbox.attachment.Upload;
import io.zhengtong.mailbox.attachment.WritingLettersWithAttachments;
import io.zhengtong.mailbox.captcha.CaptchaNotSolved;
import io.zhengtong.mailbox.captcha.Captchas;
import io.zhengtong.mailbox.citizen.CitizenAccount;
import io.zhengtong.mailbox.citizen.LetterForm;
import io.zhengtong.mailbox.citizen.LoggedInLetterForms;
import io.zhengtong.mailbox.citizen.WritingLetters.Receipt;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.ratelimit.ClientAddress;
import io.zhengtong.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.groups.Default;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.multipart.MultipartFile;

/**
 * Letters with files. Citizens post {@code multipart/form-data} to the same address as the JSON
 * letter: a part {@code letter} (the JSON form, {@code application/json}) and up to the allowed
 * number of parts {@code attachments}. Staff who may open a letter list and download its files;
 * nobody else, and never anonymously.
 */
@RestController
class LetterAttachmentController {

    private final WritingLettersWithAttachments writing;
    private final ReadingAttachments reading;
    private final Captchas captchas;
    private final LoggedInLetterForms loggedInForms;

    LetterAttachmentController(WritingLettersWithAttachments writing, ReadingAttachments reading, Captchas captchas,
            LoggedInLetterForms loggedInForms) {
        this.writing = writing;
        this.reading = reading;
        this.captchas = captchas;
        this.loggedInForms = loggedInForms;
    }

    record AttachmentLine(int position, String fileName, String contentType, String typeLabel, long size, String sha256,
            Instant uploadedAt) {

        static AttachmentLine of(LetterAttachments.Listed listed) {
            return new AttachmentLine(listed.position(), listed.fileName(), listed.type().mediaType(), listed.type().label(),
                    listed.size(), listed.sha256(), listed.uploadedAt());
        }
    }

    @PostMapping(path = "/api/mailbox/public/letters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Receipt submit(@Validated({ Default.class, LetterForm.WithoutLogin.class }) @RequestPart("letter") LetterForm form,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> files, HttpServletRequest request) {
        // the same captcha as the JSON form: a letter with files is no cheaper to send by a robot
        if (!captchas.redeem(form.captchaId(), form.captchaAnswer())) {
            throw new CaptchaNotSolved();
        }
        return writing.submit(form, uploads(files),
                ClientAddress.of(request.getHeader("X-Forwarded-For"), request.getRemoteAddr()));
    }

    /**
     * A logged-in citizen's letter with files (the website's form, the citizen's token relayed): as
     * above without captcha, the letter linked to the account (我的来信), the form checked and
     * completed from the account as the JSON one ({@link LoggedInLetterForms}).
     */
    @PostMapping(path = "/api/mailbox/citizen/letters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Receipt submitLoggedIn(CurrentUser user, @RequestPart("letter") LetterForm form,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> files, HttpServletRequest request) {
        CitizenAccount writer = CitizenAccount.of(user);
        return writing.submit(loggedInForms.checked(form, writer), uploads(files),
                ClientAddress.of(request.getHeader("X-Forwarded-For"), request.getRemoteAddr()), writer);
    }

    private static List<Upload> uploads(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream()
            // A form's empty file input still sends a part without a name or content.
            .filter(file -> !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())))
            .map(LetterAttachmentController::upload)
            .toList();
    }

    @GetMapping("/api/mailbox/letters/{id}/attachments")
    List<AttachmentLine> list(CurrentUser user, @PathVariable UUID id) {
        return reading.list(Actor.of(user), id).stream().map(AttachmentLine::of).toList();
    }

    @GetMapping("/api/mailbox/letters/{id}/attachments/{position}")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable UUID id, @PathVariable int position) {
        LetterAttachments.Content file = reading.download(Actor.of(user), id, position);
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(file.type().mediaType()))
            // Always a download, never rendered in the OA's origin; the type is the sniffed one.
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", "default-src 'none'; sandbox")
            .cacheControl(CacheControl.noStore())
            .body(file.bytes());
    }

    private static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
