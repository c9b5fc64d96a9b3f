package io.zhengtong.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zhengtong.mailbox.notification.NotificationLog.Entry;
import io.zhengtong.mailbox.notification.NotificationLog.Status;
import io.zhengtong.mailbox.testsupport.CitizenSubmission;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.KeycloakTokens;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The organisation directory is down when a letter comes in (the service reads Keycloak through a
 * proxy this test switches off; tokens still come from Keycloak itself): the letter is taken, the
 * dispatcher's notice is recorded and its lookup retried, and once Keycloak is back the dispatcher
 * gets the e-mail, once. Real SMTP (GreenMail), real Keycloak, real Kafka.
 */
@IntegrationTest
@DirtiesContext
class UnitNoticeWhileKeycloakIsDownIT {

    static final URI KEYCLOAK = URI.create(Optional.ofNullable(System.getenv("ZT_KEYCLOAK_URL")).orElse("http://127.0.0.1:8180/auth"));
    static final SwitchableProxy DIRECTORY = new SwitchableProxy(KEYCLOAK.getHost(), KEYCLOAK.getPort(), false);
    static final int SMTP_PORT = TestSmsCentre.freePort();
    static final String GROUP = "mailbox-notifications-kc-down-it-" + UUID.randomUUID();
    static final String DISPATCHER = "lin.xue"; // dispatcher, gov-office (owns 县长信箱)
    static final String DISPATCHER_MAIL = "lin.xue@fengxian.example";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static GreenMail mail;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("zhengtong.directory.keycloak-url", () -> "http://127.0.0.1:" + DIRECTORY.port() + KEYCLOAK.getPath());
        NotificationItSupport.consumeAndMail(registry, GROUP, SMTP_PORT);
        registry.add("zhengtong.mailbox.notifications.retry.first-delay", () -> "500ms");
        registry.add("zhengtong.mailbox.notifications.retry.max-delay", () -> "1s");
        registry.add("zhengtong.mailbox.notifications.retry.max-attempts", () -> 100);
        registry.add("zhengtong.mailbox.notifications.sender.poll-interval", () -> "300ms");
    }

    @BeforeAll
    static void startMail() {
        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @AfterAll
    static void stop() {
        mail.stop();
        DIRECTORY.close();
    }

    final RestClient http;
    final KafkaListenerEndpointRegistry listeners;
    final NotificationLog notificationLog;

    UnitNoticeWhileKeycloakIsDownIT(@LocalServerPort int port, @Autowired KafkaListenerEndpointRegistry listeners,
            @Autowired NotificationLog notificationLog) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        this.listeners = listeners;
        this.notificationLog = notificationLog;
    }

    @Test
    void aNewLetterWhileKeycloakIsDownReachesTheDispatcherOnceKeycloakIsBack() throws Exception {
        NotificationItSupport.awaitJoined(listeners, GROUP, PATIENCE);

        Map<String, Object> form = new HashMap<>(Map.of("mailbox", "county-head", "type", "COMPLAINT",
                "subject", "路灯不亮 " + UUID.randomUUID(), "content", "凤州镇东街路灯已坏一周。", "consentToPublish", false,
                "anonymous", true));
        CitizenSubmission citizen = CitizenSubmission.solve(http);
        var receipt = http.post().uri("/api/mailbox/public/letters").headers(citizen::from)
            .contentType(MediaType.APPLICATION_JSON).body(citizen.fill(form)).retrieve().toEntity(Map.class);
        assertThat(receipt.getStatusCode().value()).as("the letter is taken while Keycloak is down").isEqualTo(201);
        String code = (String) receipt.getBody().get("trackingCode");
        Map<String, Object> found = http.get().uri("/api/mailbox/letters?q={code}", code)
            .headers(h -> h.setBearerAuth(KeycloakTokens.accessToken(DISPATCHER))).retrieve().body(Map.class);
        String id = (String) ((List<Map<String, Object>>) found.get("content")).getFirst().get("id");

        // Recorded, looked up again and again, not lost.
        await().atMost(PATIENCE).until(() -> lookup(id).filter(e -> e.status() == Status.PENDING && e.attempts() >= 3).isPresent());
        assertThat(lookup(id).orElseThrow().lastError()).contains("directory");
        assertThat(mailsTo(DISPATCHER_MAIL, code)).isEmpty();

        DIRECTORY.up();

        await().atMost(PATIENCE).until(() -> mailsTo(DISPATCHER_MAIL, code).size() == 1);
        assertThat(mailsTo(DISPATCHER_MAIL, code).getFirst().getSubject()).isEqualTo("【凤县人民政府】新来信待受理");
        await().atMost(PATIENCE).until(() -> lookup(id).filter(e -> e.status() == Status.RESOLVED).isPresent());
        Thread.sleep(2_000); // a second delivery would show up by now
        assertThat(mailsTo(DISPATCHER_MAIL, code)).hasSize(1);
        assertThat(notificationLog.ofLetter(id)).filteredOn(e -> e.recipientRef().equals("gov-office/lin.xue"))
            .extracting(Entry::status).containsExactly(Status.SENT);
    }

    Optional<Entry> lookup(String letterId) {
        return notificationLog.ofLetter(letterId).stream()
            .filter(e -> e.channel() == Channel.EMAIL && e.recipientRef().equals("gov-office")).findFirst();
    }

    static List<MimeMessage> mailsTo(String address, String code) {
        return NotificationItSupport.mailsTo(mail, address).stream()
            .filter(m -> NotificationItSupport.body(m).contains(code)).toList();
    }
}
