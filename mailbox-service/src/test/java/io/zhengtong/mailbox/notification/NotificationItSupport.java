package io.zhengtong.mailbox.notification;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What the notification ITs share: their own consumer group joining, the mails a real SMTP server received. */
final class NotificationItSupport {

    private NotificationItSupport() {
    }

    /**
     * The notification consumer on (the test configuration switches it off) in the test's own group,
     * reading from the moment it joins, and e-mail through the test's SMTP server on this machine.
     */
    static void consumeAndMail(DynamicPropertyRegistry registry, String group, int smtpPort) {
        registry.add("zhengtong.mailbox.notifications.enabled", () -> "true");
        registry.add("zhengtong.mailbox.notifications.consumer-group", () -> group);
        registry.add("spring.kafka.consumer.auto-offset-reset", () -> "latest");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtpPort);
    }

    /** The consumer reads from where the topic stood when it joined (offset latest): waits until it has joined. */
    static void awaitJoined(KafkaListenerEndpointRegistry listeners, String group, Duration patience)
            throws InterruptedException {
        await().atMost(patience).until(() -> listeners.getListenerContainers().stream()
            .filter(container -> group.equals(container.getGroupId()))
            .anyMatch(container -> container.getAssignedPartitions() != null && !container.getAssignedPartitions().isEmpty()));
        Thread.sleep(1_000);
    }

    static List<MimeMessage> mailsTo(GreenMail mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
