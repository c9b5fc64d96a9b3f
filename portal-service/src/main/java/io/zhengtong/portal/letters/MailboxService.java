package io.zhengtong.portal.letters;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.json.JsonMapper;

import io.zhengtong.portal.letters.MailboxApi.AttachmentRules;
import io.zhengtong.portal.letters.MailboxApi.Captcha;
import io.zhengtong.portal.letters.MailboxApi.LetterRequest;
import io.zhengtong.portal.letters.MailboxApi.MailboxItem;
import io.zhengtong.portal.letters.MailboxApi.MonthlyStatistics;
import io.zhengtong.portal.letters.MailboxApi.PublishedLetter;
import io.zhengtong.portal.letters.MailboxApi.PublishedPage;
import io.zhengtong.portal.letters.MailboxApi.RatingRequest;
import io.zhengtong.portal.letters.MailboxApi.Receipt;
import io.zhengtong.portal.letters.MailboxApi.ReopenRequest;
import io.zhengtong.portal.letters.MailboxApi.TrackedLetter;

/**
 * Every call the website makes to the mailbox service, through the circuit breaker
 * {@code mailbox}: a refusal ({@link MailboxRefusal}) goes to the page as it is; a failure or an
 * open breaker becomes {@link MailboxUnavailable}, which the pages turn into a friendly notice.
 * Lists that the service may not offer yet (published letters, statistics: other features of the
 * mailbox) read a 404 as "nothing yet".
 */
@Service
class MailboxService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Logger log = LoggerFactory.getLogger(MailboxService.class);

    private final MailboxApi api;
    private final CitizenMailboxApi citizen;
    private final CircuitBreaker breaker;
    private final OpenMailboxes openMailboxes;

    MailboxService(MailboxApi api, CitizenMailboxApi citizen, CircuitBreakerFactory<?, ?> breakers,
            @Value("${zhengtong.portal.mailbox-list-fresh:60s}") Duration mailboxListFresh) {
        this.api = api;
        this.citizen = citizen;
        this.breaker = breakers.create("mailbox");
        this.openMailboxes = new OpenMailboxes(() -> call(api::mailboxes), Clock.systemUTC(), mailboxListFresh);
    }

    /** The open mailboxes, as listed at most a minute ago ({@link OpenMailboxes}). */
    List<MailboxItem> mailboxes() {
        return openMailboxes.list();
    }

    Optional<MailboxItem> mailbox(String code) {
        return openMailboxes.find(code);
    }

    Captcha captcha() {
        return call(api::captcha);
    }

    /** Read through {@link MailboxAttachmentRules}, which keeps them a while and has a fallback. */
    AttachmentRules attachmentRules() {
        return call(api::attachmentRules);
    }

    Receipt submit(LetterRequest letter, String clientAddress) {
        return call(() -> api.submit(letter, clientAddress));
    }

    /** With files (already checked by {@link LetterAttachmentCheck}) as multipart, else as JSON. */
    Receipt submit(LetterRequest letter, List<AttachedFile> files, String clientAddress) {
        if (files.isEmpty()) {
            return submit(letter, clientAddress);
        }
        AttachedFile json = new AttachedFile("letter", "letter.json", MediaType.APPLICATION_JSON_VALUE,
                JSON.writeValueAsBytes(letter));
        return call(() -> api.submitWithAttachments(json, files.toArray(MultipartFile[]::new), clientAddress));
    }

    /**
     * A logged-in visitor's letter ({@code bearer}: {@code "Bearer <their token>"}): linked to the
     * account, no captcha; with files as multipart, else as JSON.
     */
    Receipt submitAs(String bearer, LetterRequest letter, List<AttachedFile> files, String clientAddress) {
        if (files.isEmpty()) {
            return call(() -> citizen.submit(bearer, letter, clientAddress));
        }
        AttachedFile json = new AttachedFile("letter", "letter.json", MediaType.APPLICATION_JSON_VALUE,
                JSON.writeValueAsBytes(letter));
        return call(() -> citizen.submitWithAttachments(bearer, json, files.toArray(MultipartFile[]::new), clientAddress));
    }

    CitizenMailboxApi.OwnLetters ownLetters(String bearer, int page, int size) {
        return call(() -> citizen.letters(bearer, page, size));
    }

    TrackedLetter ownLetter(String bearer, String code) {
        return call(() -> citizen.letter(bearer, code));
    }

    TrackedLetter rateOwn(String bearer, String code, RatingRequest rating) {
        return call(() -> citizen.rate(bearer, code, rating));
    }

    TrackedLetter reopenOwn(String bearer, String code, ReopenRequest reopen) {
        return call(() -> citizen.reopen(bearer, code, reopen));
    }

    TrackedLetter track(String code, String password) {
        return call(() -> api.track(code, password));
    }

    TrackedLetter rate(String code, String password, RatingRequest rating) {
        return call(() -> api.rate(code, password, rating));
    }

    TrackedLetter reopen(String code, String password, ReopenRequest reopen) {
        return call(() -> api.reopen(code, password, reopen));
    }

    /** Empty when the mailbox does not publish letters (yet). */
    Optional<PublishedPage> published(int page, int size) {
        return absentIfNotFound(() -> api.published(page, size));
    }

    Optional<PublishedLetter> publishedLetter(String id) {
        return absentIfNotFound(() -> api.publishedLetter(id));
    }

    List<String> statisticsMonths() {
        return absentIfNotFound(api::statisticsMonths).orElse(List.of());
    }

    Optional<MonthlyStatistics> statistics(String month) {
        return absentIfNotFound(() -> api.statistics(month));
    }

    private <T> Optional<T> absentIfNotFound(Supplier<T> call) {
        try {
            return Optional.ofNullable(call(call));
        }
        catch (MailboxRefusal refusal) {
            if (refusal.status() == 404 || refusal.status() == 400) {
                return Optional.empty();
            }
            throw refusal;
        }
    }

    private <T> T call(Supplier<T> call) {
        return breaker.run(call, thrown -> {
            Throwable failure = thrown instanceof java.util.concurrent.ExecutionException
                    || thrown instanceof java.util.concurrent.CompletionException ? thrown.getCause() : thrown;
            if (failure instanceof MailboxRefusal refusal) {
                throw refusal;
            }
            log.warn("Mailbox service unavailable: {}", failure.toString());
            throw new MailboxUnavailable(failure);
        });
    }
}
