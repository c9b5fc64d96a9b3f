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
 * @param enabled whether the consumer runs at all (tests of other features switch it off)
 * @param consumerGroup the Kafka consumer group of the notification consumer
 * @param signature the sender's name in 【】 at the start of every SMS and e-mail subject
 * @param mailFrom the e-mail sender address
 * @param sms the SMPP account at the SMS centre
 * @param units each unit's notification addresses by unit code (e.g. {@code housing})
 * @param maxAge events older than this notify nobody: when the consumer first starts on a topic
 *        with history, or after a long outage, writers are not told days later that their letter
 *        "has been received"
 */
@ConfigurationProperties("zhengtong.mailbox.notifications")
public record NotificationProperties(Boolean enabled, String consumerGroup, String signature, String mailFrom, Sms sms,
        Map<String, UnitContact> units, Duration maxAge) {

    public NotificationProperties {
        enabled = enabled == null || enabled;
        consumerGroup = blank(consumerGroup) ? "mailbox-notifications" : consumerGroup;
        signature = blank(signature) ? "凤县人民政府" : signature;
        mailFrom = blank(mailFrom) ? "noreply@localhost" : mailFrom;
        sms = sms == null ? new Sms(null, null, null, null, null, null, null) : sms;
        units = units == null ? Map.of() : Map.copyOf(units);
        maxAge = maxAge == null ? Duration.ofDays(3) : maxAge;
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

    public UnitContact unit(String code) {
        return code == null ? null : units.get(code);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
