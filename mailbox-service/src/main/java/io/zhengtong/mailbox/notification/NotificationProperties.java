package io.zhengtong.mailbox.notification;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who gets told what, and through which servers ({@code zhengtong.mailbox.notifications}). The
 * e-mail server is Spring Boot's {@code spring.mail.*}; the SMS centre is {@link Sms}. A channel
 * whose server is not configured records its notifications as skipped and logs it, so the
 * service runs without either.
 *
 * @param enabled whether the consumer and the sender run at all (tests of other features switch it off)
 * @param consumerGroup the Kafka consumer group of the notification consumer
 * @param signature the sender's name in 【】 at the start of every SMS and e-mail subject
 * @param mailFrom the e-mail sender address
 * @param sms the SMPP account at the SMS centre
 * @param units each unit's notification addresses by unit code (e.g. {@code housing})
 * @param maxAge events older than this notify nobody: when the consumer first starts on a topic
 *        with history, or after a long outage, writers are not told days later that their letter
 *        "has been received"
 * @param retry how often a notice is tried while its server is unavailable
 * @param sender how the scheduled sender polls for due notices
 */
@ConfigurationProperties("zhengtong.mailbox.notifications")
public record NotificationProperties(Boolean enabled, String consumerGroup, String signature, String mailFrom, Sms sms,
        Map<String, UnitContact> units, Duration maxAge, Retry retry, Sender sender) {

    public NotificationProperties {
        enabled = enabled == null || enabled;
        consumerGroup = blank(consumerGroup) ? "mailbox-notifications" : consumerGroup;
        signature = blank(signature) ? "凤县人民政府" : signature;
        mailFrom = blank(mailFrom) ? "noreply@localhost" : mailFrom;
        sms = sms == null ? new Sms(null, null, null, null, null, null, null) : sms;
        units = units == null ? Map.of() : Map.copyOf(units);
        maxAge = maxAge == null ? Duration.ofDays(3) : maxAge;
        retry = retry == null ? new Retry(null, null, null, null) : retry;
        sender = sender == null ? new Sender(null, null, null) : sender;
    }

    /** A unit's addresses for notifications (its duty mailbox and duty phone); either may be left out. */
    public record UnitContact(String email, String phone) {
    }

    /**
     * @param host the SMS centre (SMSC); no host = SMS switched off
     * @param sourceAddress the sender number or short code shown on the phone
     * @param timeout connect and response timeout
     */
    public record Sms(String host, Integer port, String systemId, String password, String systemType, String sourceAddress,
            Duration timeout) {

        public Sms {
            port = port == null ? 2775 : port;
            systemType = systemType == null ? "" : systemType;
            sourceAddress = sourceAddress == null ? "" : sourceAddress;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }

        public boolean configured() {
            return !blank(host);
        }
    }

    /**
     * Exponential backoff per notice (see {@link Backoff}).
     *
     * @param firstDelay the pause after the first failed attempt
     * @param multiplier how much each further pause grows
     * @param maxDelay no pause is longer than this
     * @param maxAttempts after this many failed attempts the notice is FAILED for good
     */
    public record Retry(Duration firstDelay, Double multiplier, Duration maxDelay, Integer maxAttempts) {

        public Retry {
            firstDelay = firstDelay == null ? Duration.ofSeconds(30) : firstDelay;
            multiplier = multiplier == null ? 2.0 : multiplier;
            maxDelay = maxDelay == null ? Duration.ofHours(1) : maxDelay;
            maxAttempts = maxAttempts == null ? 12 : maxAttempts;
            if (multiplier < 1 || maxAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("zhengtong.mailbox.notifications.retry: multiplier >= 1, max-attempts >= 1 "
                        + "and 0 <= first-delay <= max-delay");
            }
        }
    }

    /**
     * @param pollInterval the pause between two runs of the sender (on its own thread)
     * @param batchSize at most this many notices per run
     * @param lease how long a claimed notice is hidden from other instances: longer than one send
     *        (SMTP 5 s + 10 s, SMPP 10 s timeouts), so a live sender never loses its claim; after a
     *        crash the notice is due again when it ends
     */
    public record Sender(Duration pollInterval, Integer batchSize, Duration lease) {

        public Sender {
            pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
            batchSize = batchSize == null ? 50 : batchSize;
            lease = lease == null ? Duration.ofMinutes(2) : lease;
        }
    }

    public UnitContact unit(String code) {
        return code == null ? null : units.get(code);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
