package io.zhengtong.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zhengtong.mailbox.notification.NotificationLog.Entry;
import io.zhengtong.mailbox.notification.NotificationLog.Status;
import io.zhengtong.mailbox.supervision.DueSoonReminders;
import io.zhengtong.mailbox.testsupport.CitizenSubmission;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.directory.UnitMember;
import io.zhengtong.platform.directory.UnitMembers;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.KeycloakTokens;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * Notifications end to end, with a real SMTP server (GreenMail) and a real SMPP server (jsmpp)
 * started here: a citizen writes through HTTP, the event leaves through the outbox and Kafka, and
 * the notification consumer records the notices, and the scheduled sender sends the e-mail and the SMS. The consumer runs only in this test's
 * context (own consumer group, reading from the moment it started), closed afterwards.
 */
@IntegrationTest
@DirtiesContext
class NotificationsIT {

    static final String DISPATCHER = "wang.fang"; // dispatcher, petition (owns 信访局信箱)
    static final String HOUSING_CLERK = "zhao.lei"; // staff, housing
    static final String PETITION_DUTY_MAIL = "xfj-duty@example.gov.cn";
    static final String HOUSING_DUTY_MAIL = "zjj-duty@example.gov.cn";
    static final String HOUSING_DUTY_PHONE = "13900000002";
    static final String COUNTY_HEAD_DISPATCHER = "lin.xue"; // dispatcher, gov-office (owns 县长信箱)
    static final String LIN_XUE_MAIL = "lin.xue@fengxian.example"; // their e-mail in the realm
    static final String LIU_YANG_MAIL = "liu.yang@fengxian.example"; // leader, gov-office
    static final String EDUCATION_CLERK = "yang.min"; // staff, education
    static final String EDUCATION_CLERK_MAIL = "yang.min@fengxian.example";

    static final int SMTP_PORT = TestSmsCentre.freePort();
    static final int SMPP_PORT = TestSmsCentre.freePort();
    static final String GROUP = "mailbox-notifications-it-" + UUID.randomUUID();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final int MAX_ATTEMPTS = 20;

    static GreenMail mail;
    static TestSmsCentre smsCentre;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        NotificationItSupport.consumeAndMail(registry, GROUP, SMTP_PORT);
        registry.add("zhengtong.mailbox.notifications.mail-from", () -> "noreply@fengxian.example.gov.cn");
        registry.add("zhengtong.mailbox.notifications.sms.host", () -> "127.0.0.1");
        registry.add("zhengtong.mailbox.notifications.sms.port", () -> SMPP_PORT);
        registry.add("zhengtong.mailbox.notifications.sms.system-id", () -> "zhengtong");
        registry.add("zhengtong.mailbox.notifications.sms.password", () -> "secret");
        registry.add("zhengtong.mailbox.notifications.sms.source-address", () -> "10690917");
        registry.add("zhengtong.mailbox.notifications.units.petition.email", () -> PETITION_DUTY_MAIL);
        registry.add("zhengtong.mailbox.notifications.units.housing.email", () -> HOUSING_DUTY_MAIL);
        registry.add("zhengtong.mailbox.notifications.units.housing.phone", () -> HOUSING_DUTY_PHONE);
        // Try a down server again after 0.5 s, 1 s, then every 2 s, up to 20 attempts (about 35 s), so
        // the outage test's notice is still pending when the server is back.
        registry.add("zhengtong.mailbox.notifications.retry.first-delay", () -> "500ms");
        registry.add("zhengtong.mailbox.notifications.retry.max-delay", () -> "2s");
        registry.add("zhengtong.mailbox.notifications.retry.max-attempts", () -> MAX_ATTEMPTS);
        registry.add("zhengtong.mailbox.notifications.sender.poll-interval", () -> "300ms");
    }

    @BeforeAll
    static void startServers() {
        mail = startMail();
        smsCentre = new TestSmsCentre(SMPP_PORT);
    }

    @AfterAll
    static void stopServers() {
        mail.stop();
        smsCentre.close();
    }

    static GreenMail startMail() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @LocalServerPort
    int port;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    NotificationLog notificationLog;

    @Autowired
    SendingDueNotices sender;

    @Autowired
    DueSoonReminders dueSoon;

    @Autowired
    List<NotificationChannel> channels;

    @Autowired
    NotificationProperties properties;

    @Autowired
    FindingRecipients recipients;

    @Autowired
    UnitMembers unitMembers;

    @Autowired
    Clock clock;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    RestClient http;

    @BeforeEach
    void connect() throws InterruptedException {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        NotificationItSupport.awaitJoined(listeners, GROUP, PATIENCE);
    }

    /** A test that stopped the mail server and failed before restarting it must not fail the others too. */
    @AfterEach
    void mailServerBackUp() {
        if (!mail.isRunning()) {
            mail = startMail();
        }
    }

    @Test
    void aSubmittedLetterBringsTheWriterAnEmailAndAnSmsWithTheTrackingCode() throws Exception {
        String phone = randomMobile();
        String email = "writer-" + UUID.randomUUID() + "@example.com";

        String code = write(phone, email, false);

        await().atMost(PATIENCE).until(() -> smsCentre.to(phone).size() == 1 && mailsTo(email).size() == 1);
        TestSmsCentre.Sms sms = smsCentre.to(phone).get(0);
        assertThat(sms.text()).isEqualTo("【凤县人民政府】您写给信访局信箱的来信已收到，查询码" + code + "，请凭查询码和密码查看办理进度。");
        assertThat(sms.from()).isEqualTo("10690917");
        MimeMessage message = mailsTo(email).get(0);
        assertThat(message.getSubject()).isEqualTo("【凤县人民政府】您的来信已收到");
        assertThat(message.getFrom()[0].toString()).contains("noreply@fengxian.example.gov.cn");
        assertThat(body(message)).contains(code, "请凭查询码和密码查看办理进度");

        // The petition bureau's duty mailbox hears of a new letter, without the writer's data.
        await().atMost(PATIENCE).until(() -> mailsTo(PETITION_DUTY_MAIL).stream().anyMatch(m -> body(m).contains(code)));
        MimeMessage toUnit = mailsTo(PETITION_DUTY_MAIL).stream().filter(m -> body(m).contains(code)).findFirst().orElseThrow();
        assertThat(toUnit.getSubject()).isEqualTo("【凤县人民政府】新来信待受理");
        assertThat(body(toUnit)).contains("信访局信箱收到新来信（投诉").doesNotContain(phone, email, "王五", "路灯");

        // Each notice is recorded, with the address masked.
        String id = letterId(code);
        await().atMost(PATIENCE).until(() -> notificationLog.ofLetter(id).size() == 3
                && notificationLog.ofLetter(id).stream().allMatch(e -> e.status() == Status.SENT));
        assertThat(notificationLog.ofLetter(id))
            .extracting(Entry::audience, Entry::channel, Entry::recipientMasked, Entry::template, Entry::status, Entry::attempts)
            .containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(Audience.CITIZEN, Channel.SMS, phone.substring(0, 3) + "****" + phone.substring(7),
                            Template.RECEIVED, Status.SENT, 1),
                    org.assertj.core.groups.Tuple.tuple(Audience.CITIZEN, Channel.EMAIL, "w***@example.com", Template.RECEIVED, Status.SENT, 1),
                    org.assertj.core.groups.Tuple.tuple(Audience.UNIT, Channel.EMAIL, "x***@example.gov.cn", Template.NEW_LETTER, Status.SENT, 1));

        // The OA shows the same, to those who may see the letter.
        List<Map<String, Object>> lines = http.get().uri("/api/mailbox/letters/{id}/notifications", id)
            .headers(h -> h.setBearerAuth(token(DISPATCHER))).retrieve().body(List.class);
        assertThat(lines).extracting(l -> l.get("channel"), l -> l.get("recipient"), l -> l.get("status")).contains(
                org.assertj.core.groups.Tuple.tuple("EMAIL", "w***@example.com", "SENT"));
        assertThat(lines.toString()).doesNotContain(phone, email);
        assertThat(http.get().uri("/api/mailbox/letters/{id}/notifications", id)
            .headers(h -> h.setBearerAuth(token("yang.min"))).retrieve().toBodilessEntity().getStatusCode().value())
            .as("another unit's clerk").isEqualTo(404);
    }

    @Test
    void anAnonymousLetterNotifiesOnlyTheUnit() {
        String code = write(null, null, true);
        String id = letterId(code);

        await().atMost(PATIENCE).until(() -> mailsTo(PETITION_DUTY_MAIL).stream().anyMatch(m -> body(m).contains(code)));
        assertThat(notificationLog.ofLetter(id)).extracting(Entry::audience).containsOnly(Audience.UNIT);
    }

    @Test
    void eachPartitionOfTheLetterEventsHasAConsumerOfItsOwnAndLettersWrittenTogetherAreAllNotified() {
        ConcurrentMessageListenerContainer<?, ?> consumer = (ConcurrentMessageListenerContainer<?, ?>) listeners
            .getListenerContainers().stream().filter(container -> GROUP.equals(container.getGroupId())).findFirst()
            .orElseThrow();
        await().atMost(PATIENCE).until(() -> consumer.getContainers().stream()
            .allMatch(one -> one.getAssignedPartitions() != null && one.getAssignedPartitions().size() == 1));
        assertThat(consumer.getContainers()).hasSize(3);

        List<String> phones = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            String phone = randomMobile();
            phones.add(phone);
            codes.put(phone, write(phone, null, false));
        }

        await().atMost(PATIENCE).until(() -> phones.stream().allMatch(phone -> smsCentre.to(phone).size() == 1));
        for (String phone : phones) {
            assertThat(smsCentre.to(phone).get(0).text()).contains(codes.get(phone));
        }
    }

    @Test
    void whileTheMailServerIsDownLaterLettersAreStillHandledAndThePendingEmailGoesOutExactlyOnceWhenItIsBack()
            throws Exception {
        String phone = randomMobile();
        String email = "writer-" + UUID.randomUUID() + "@example.com";
        mail.stop();

        String code = write(phone, email, false);
        String id = letterId(code);

        // The SMS does not wait for the mail server; the e-mail waits and is tried again.
        await().atMost(PATIENCE).until(() -> smsCentre.to(phone).size() == 1);
        await().atMost(PATIENCE).until(() -> citizenMail(id).filter(e -> e.status() == Status.PENDING && e.attempts() >= 2)
            .isPresent());

        // Another citizen's letter is not held up behind it: its notices are recorded and its SMS sent.
        String laterPhone = randomMobile();
        String laterEmail = "writer-" + UUID.randomUUID() + "@example.com";
        String laterId = letterId(write(laterPhone, laterEmail, false));
        await().atMost(PATIENCE).until(() -> smsCentre.to(laterPhone).size() == 1 && citizenMail(laterId).isPresent());
        assertThat(citizenMail(id)).get().extracting(Entry::status).as("the first letter's e-mail").isEqualTo(Status.PENDING);

        mail = startMail();

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() == 1 && mailsTo(laterEmail).size() == 1);
        await().atMost(PATIENCE).until(() -> notificationLog.ofLetter(id).stream().allMatch(e -> e.status() == Status.SENT));
        Thread.sleep(3_000); // long enough for a second delivery to show up, if there were one
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(mailsTo(laterEmail)).hasSize(1);
        assertThat(body(mailsTo(email).get(0))).contains(code);
        assertThat(mailsTo(PETITION_DUTY_MAIL).stream().filter(m -> body(m).contains(code))).hasSize(1);
        assertThat(smsCentre.to(phone)).hasSize(1);
        Entry citizenMail = citizenMail(id).orElseThrow();
        assertThat(citizenMail.attempts()).isGreaterThanOrEqualTo(3);
        assertThat(citizenMail.sentAt()).isNotNull();
        assertThat(citizenMail.lastError()).isNull();
    }

    @Test
    void anEmailWhoseServerStaysDownForEveryAttemptIsMarkedFailedWithTheErrorAndCountedForOperators() throws Exception {
        String email = "writer-" + UUID.randomUUID() + "@example.com";
        double failedBefore = failedGauge();
        mail.stop();

        String id = letterId(write(randomMobile(), email, false));
        await().atMost(PATIENCE).until(() -> citizenMail(id).filter(e -> e.attempts() >= 1).isPresent());
        // Skip the first 18 pauses: the outage is as long as the configured attempts allow.
        jdbc.update("update letter_notification set attempts = ? where letter_id = ? and status = 'PENDING'", MAX_ATTEMPTS - 2,
                id);

        await().atMost(PATIENCE).until(() -> citizenMail(id).filter(e -> e.status() == Status.FAILED).isPresent());
        Entry failed = citizenMail(id).orElseThrow();
        assertThat(failed.attempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(failed.lastError()).contains("mail server is unavailable");
        assertThat(failed.sentAt()).isNull();
        assertThat(failedGauge()).isGreaterThan(failedBefore);

        mail = startMail();
        Thread.sleep(3_000); // a FAILED notice is not tried again
        assertThat(mailsTo(email)).isEmpty();
        assertThat(citizenMail(id)).get().extracting(Entry::status).isEqualTo(Status.FAILED);
    }

    @Test
    void twoSendersRunningAtOnceSendEachNoticeOnlyOnce() throws Exception {
        // A second instance's sender, on the same table (the context's own one keeps running too).
        SendingDueNotices otherInstance = new SendingDueNotices(notificationLog, channels, properties, clock,
                new SimpleMeterRegistry(), recipients);
        String letter = UUID.randomUUID().toString();
        List<String> addresses = new ArrayList<>();
        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < 30; i++) {
                String address = "twice-" + i + "-" + UUID.randomUUID() + "@example.com";
                addresses.add(address);
                notificationLog.record(UUID.randomUUID().toString(), letter, Occasion.SUBMITTED,
                        new Notice(Audience.CITIZEN, "citizen", Channel.EMAIL, address, Template.RECEIVED, "【凤县人民政府】您的来信已收到",
                                "您好！"),
                        Status.PENDING, null, clock.instant());
            }
        });

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int run = 0; run < 6; run++) {
                runs.add(instances.submit(otherInstance::sendDue));
                runs.add(instances.submit(sender::sendDue));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }

        await().atMost(PATIENCE).until(() -> notificationLog.ofLetter(letter).stream().allMatch(e -> e.status() == Status.SENT));
        Thread.sleep(1_000);
        for (String address : addresses) {
            assertThat(mailsTo(address)).as(address).hasSize(1);
        }
        assertThat(notificationLog.ofLetter(letter)).extracting(Entry::attempts).containsOnly(1);
    }

    @Test
    void theHandlingUnitHearsOfTheAssignmentAndTheWriterOfTheHandoverAndOfTheReleasedReply() {
        String phone = randomMobile();
        String code = write(phone, null, false);
        String id = letterId(code);

        Map<String, Object> letter = get(DISPATCHER, id);
        letter = act(DISPATCHER, id, "accept", with(letter));
        letter = act(DISPATCHER, id, "assign", with(letter, "leadUnit", "housing"));
        await().atMost(PATIENCE).until(() -> smsCentre.to(HOUSING_DUTY_PHONE).stream().anyMatch(s -> s.text().contains(code)));
        assertThat(smsCentre.to(HOUSING_DUTY_PHONE).stream().filter(s -> s.text().contains(code)).findFirst().orElseThrow().text())
            .contains("信访局信箱来信（投诉，查询码" + code + "）已交贵单位主办");
        await().atMost(PATIENCE).until(() -> mailsTo(HOUSING_DUTY_MAIL).stream().anyMatch(m -> body(m).contains(code)));
        await().atMost(PATIENCE).until(() -> smsCentre.to(phone).stream().anyMatch(s -> s.text().contains("已交由")));

        letter = act(HOUSING_CLERK, id, "sign-for", with(letter));
        letter = act(HOUSING_CLERK, id, "reply", with(letter, "text", "您好，已安排维修。"));
        // A draft under review is not yet the citizen's: no notice until the reply is released.
        assertThat(smsCentre.to(phone).stream().filter(s -> s.text().contains("答复，请凭"))).isEmpty();
        act(DISPATCHER, id, "reply-approve", with(get(DISPATCHER, id), "remark", "同意"));

        await().atMost(PATIENCE).until(() -> smsCentre.to(phone).stream().anyMatch(s -> s.text().contains("答复，请凭查询码和密码查看")));
        assertThat(smsCentre.to(phone)).extracting(TestSmsCentre.Sms::text).hasSize(3)
            .allSatisfy(text -> assertThat(text).contains(code));
        assertThat(notificationLog.ofLetter(id)).filteredOn(e -> e.audience() == Audience.CITIZEN)
            .extracting(Entry::template).containsExactly(Template.RECEIVED, Template.HANDED_OVER, Template.ANSWERED);
    }

    @Test
    void theHandlingUnitIsRemindedOnceBeforeTheDueDateBySmsAndEmail() {
        String code = write(randomMobile(), null, false);
        String id = letterId(code);
        Map<String, Object> letter = act(DISPATCHER, id, "accept", with(get(DISPATCHER, id)));
        act(DISPATCHER, id, "assign", with(letter, "leadUnit", "housing"));
        LocalDate due = LocalDate.parse((String) get(DISPATCHER, id).get("dueDate"));
        String dueText = due.getMonthValue() + "月" + due.getDayOfMonth() + "日";

        Instant onTheDueDate = due.atTime(9, 0).atZone(WorkingDayCalendar.ZONE).toInstant();
        // Letters other tests left open fall due by then too and are announced in the same run: their
        // units' notices are looked up together (one question per unit and role), not one by one.
        dueSoon.remindAt(onTheDueDate);
        dueSoon.remindAt(onTheDueDate);

        await().atMost(PATIENCE).until(() -> smsCentre.to(HOUSING_DUTY_PHONE).stream()
            .anyMatch(s -> s.text().contains(code) && s.text().contains("到期")));
        assertThat(smsCentre.to(HOUSING_DUTY_PHONE).stream().filter(s -> s.text().contains(code) && s.text().contains("到期"))
            .toList()).singleElement().satisfies(sms -> assertThat(sms.text())
                .isEqualTo("【凤县人民政府】贵单位办理的来信（查询码" + code + "）将于" + dueText + "到期，请抓紧办理，按时答复。"));
        await().atMost(PATIENCE).until(() -> mailsTo(HOUSING_DUTY_MAIL).stream()
            .anyMatch(m -> body(m).contains(code) && body(m).contains("到期")));
        assertThat(notificationLog.ofLetter(id)).filteredOn(e -> e.template() == Template.DUE_SOON)
            .extracting(Entry::recipientRef, Entry::channel)
            .containsExactlyInAnyOrder(tuple("housing", Channel.SMS), tuple("housing", Channel.EMAIL));
    }

    @Test
    void aRejectedLettersWriterIsToldTheReasonBySmsAndEmail() throws Exception {
        String phone = randomMobile();
        String email = "rejected-" + UUID.randomUUID() + "@example.com";
        String code = write(phone, email, false);
        String id = letterId(code);

        act(DISPATCHER, id, "reject", with(get(DISPATCHER, id), "reason", "来信反映的是民事纠纷，请通过人民调解或诉讼途径解决。"));

        await().atMost(PATIENCE).until(() -> smsCentre.to(phone).stream().anyMatch(s -> s.text().contains("不予受理")));
        assertThat(smsCentre.to(phone).stream().filter(s -> s.text().contains("不予受理")).findFirst().orElseThrow().text())
            .isEqualTo("【凤县人民政府】您的来信（查询码" + code + "）不予受理，理由：来信反映的是民事纠纷，请通过人民调解或诉讼途径解决。");
        await().atMost(PATIENCE).until(() -> mailsTo(email).stream().anyMatch(m -> body(m).contains("不予受理")));
        MimeMessage message = mailsTo(email).stream().filter(m -> body(m).contains("不予受理")).findFirst().orElseThrow();
        assertThat(message.getSubject()).isEqualTo("【凤县人民政府】您的来信不予受理");
        assertThat(body(message)).contains("查询码" + code, "理由：来信反映的是民事纠纷，请通过人民调解或诉讼途径解决。");
        assertThat(notificationLog.ofLetter(id)).filteredOn(e -> e.audience() == Audience.CITIZEN)
            .extracting(Entry::occasion, Entry::template).contains(
                    org.assertj.core.groups.Tuple.tuple("REJECTED", Template.REJECTED));
    }

    @Test
    void theWriterOfAMergedLetterHearsOfTheMergeAndAgainWhenTheLetterItWasMergedWithIsAnswered() {
        String duplicatePhone = randomMobile();
        String duplicateEmail = "merged-" + UUID.randomUUID() + "@example.com";
        // The original is anonymous: its reply tells its writer nothing, but the merged letter's writer hears of it.
        String original = write(null, null, true);
        String duplicate = write(duplicatePhone, duplicateEmail, false);
        String originalId = letterId(original);
        String duplicateId = letterId(duplicate);

        act(DISPATCHER, duplicateId, "merge", with(get(DISPATCHER, duplicateId), "intoTrackingCode", original));
        await().atMost(PATIENCE).until(() -> smsCentre.to(duplicatePhone).stream().anyMatch(s -> s.text().contains("合并办理")));
        assertThat(smsCentre.to(duplicatePhone).stream().filter(s -> s.text().contains("合并办理")).findFirst().orElseThrow().text())
            .isEqualTo("【凤县人民政府】您的来信（查询码" + duplicate + "）与同一事项的其他来信合并办理，请凭查询码和密码查看办理进度和答复。");
        await().atMost(PATIENCE).until(() -> mailsTo(duplicateEmail).stream().anyMatch(m -> body(m).contains("合并办理")));

        Map<String, Object> letter = act(DISPATCHER, originalId, "accept", with(get(DISPATCHER, originalId)));
        letter = act(DISPATCHER, originalId, "assign", with(letter, "leadUnit", "housing"));
        letter = act(HOUSING_CLERK, originalId, "sign-for", with(letter));
        act(HOUSING_CLERK, originalId, "reply", with(letter, "text", "您好，已安排维修。"));
        act(DISPATCHER, originalId, "reply-approve", with(get(DISPATCHER, originalId), "remark", "同意"));

        await().atMost(PATIENCE).until(() -> smsCentre.to(duplicatePhone).stream().anyMatch(s -> s.text().contains("合并办理的事项")));
        assertThat(smsCentre.to(duplicatePhone).stream().filter(s -> s.text().contains("合并办理的事项")).findFirst().orElseThrow()
            .text()).startsWith("【凤县人民政府】您的来信（查询码" + duplicate + "）合并办理的事项已于").endsWith("答复，请凭查询码和密码查看。");
        await().atMost(PATIENCE).until(() -> mailsTo(duplicateEmail).stream().anyMatch(m -> body(m).contains("合并办理的事项")));
        // The writer never hears the other letter's code.
        assertThat(smsCentre.to(duplicatePhone)).extracting(TestSmsCentre.Sms::text).noneMatch(t -> t.contains(original));
        // Each notice is in the log of the letter its writer wrote.
        await().atMost(PATIENCE).until(() -> notificationLog.ofLetter(duplicateId).stream()
            .filter(e -> e.template() == Template.MERGED_ANSWERED).allMatch(e -> e.status() == Status.SENT)
                && notificationLog.ofLetter(duplicateId).stream().filter(e -> e.template() == Template.MERGED_ANSWERED).count() == 2);
        assertThat(notificationLog.ofLetter(duplicateId)).filteredOn(e -> e.channel() == Channel.SMS)
            .extracting(Entry::template).containsExactly(Template.RECEIVED, Template.MERGED, Template.MERGED_ANSWERED);
        assertThat(notificationLog.ofLetter(originalId)).extracting(Entry::audience).doesNotContain(Audience.CITIZEN);
    }

    // --- unit people and leaders from the directory (no zhengtong.mailbox.notifications.units for gov-office, education)

    @Test
    void aNewLetterInTheCountyHeadsMailboxReachesItsDispatcherByEmailWithNoUnitConfigured() throws Exception {
        String code = write("county-head", null, null, true);
        String id = letterId(COUNTY_HEAD_DISPATCHER, code);

        await().atMost(PATIENCE).until(() -> mailsTo(LIN_XUE_MAIL).stream().anyMatch(m -> body(m).contains(code)));
        MimeMessage toDispatcher = mailsTo(LIN_XUE_MAIL).stream().filter(m -> body(m).contains(code)).findFirst().orElseThrow();
        assertThat(toDispatcher.getSubject()).isEqualTo("【凤县人民政府】新来信待受理");
        assertThat(body(toDispatcher)).contains("县长信箱收到新来信（投诉，查询码" + code + "）");
        // Only the mailbox's dispatchers: the office's leader and editor are not told of a new letter.
        assertThat(mailsTo(LIU_YANG_MAIL).stream().filter(m -> body(m).contains(code))).isEmpty();

        // The lookups are logged as such. An SMS reaches lin.xue at the realm's phoneNumber; a realm
        // imported before the demo users had numbers has none, and that is said (NOBODY).
        String phone = unitMembers.member(COUNTY_HEAD_DISPATCHER).map(UnitMember::phone).orElse(null);
        await().atMost(PATIENCE).until(() -> notificationLog.ofLetter(id).stream()
            .filter(e -> e.recipientRef().equals("gov-office/lin.xue") && e.status() == Status.SENT).count() == (phone == null ? 1 : 2));
        if (phone != null) {
            await().atMost(PATIENCE).until(() -> smsCentre.to(phone).stream().anyMatch(s -> s.text().contains(code)));
            assertThat(notificationLog.ofLetter(id))
                .extracting(Entry::audience, Entry::channel, Entry::recipientRef, Entry::recipientMasked, Entry::status)
                .containsExactlyInAnyOrder(
                        tuple(Audience.UNIT, Channel.SMS, "gov-office", "通讯录：gov-office（dispatcher）", Status.RESOLVED),
                        tuple(Audience.UNIT, Channel.EMAIL, "gov-office", "通讯录：gov-office（dispatcher）", Status.RESOLVED),
                        tuple(Audience.UNIT, Channel.SMS, "gov-office/lin.xue", phone.substring(0, 3) + "****" + phone.substring(7),
                                Status.SENT),
                        tuple(Audience.UNIT, Channel.EMAIL, "gov-office/lin.xue", "l***@fengxian.example", Status.SENT));
            return;
        }
        assertThat(notificationLog.ofLetter(id))
            .extracting(Entry::audience, Entry::channel, Entry::recipientRef, Entry::recipientMasked, Entry::status)
            .containsExactlyInAnyOrder(
                    tuple(Audience.UNIT, Channel.SMS, "gov-office", "通讯录：gov-office（dispatcher）", Status.NOBODY),
                    tuple(Audience.UNIT, Channel.EMAIL, "gov-office", "通讯录：gov-office（dispatcher）", Status.RESOLVED),
                    tuple(Audience.UNIT, Channel.EMAIL, "gov-office/lin.xue", "l***@fengxian.example", Status.SENT));
        assertThat(notificationLog.ofLetter(id)).filteredOn(e -> e.status() == Status.NOBODY).singleElement()
            .extracting(Entry::lastError).isEqualTo("nobody in unit gov-office with role dispatcher has a phone number");
    }

    @Test
    void theLeaderHearsOfALetterForwardedToThemAndThatItWasTakenBackWithTheReason() throws Exception {
        String code = write("county-head", randomMobile(), null, false);
        String id = letterId(COUNTY_HEAD_DISPATCHER, code);
        Map<String, Object> letter = act(COUNTY_HEAD_DISPATCHER, id, "accept", with(get(COUNTY_HEAD_DISPATCHER, id)));
        letter = act(COUNTY_HEAD_DISPATCHER, id, "forward", with(letter, "leader", "liu.yang"));

        await().atMost(PATIENCE).until(() -> mailsTo(LIU_YANG_MAIL).stream().anyMatch(m -> body(m).contains(code)));
        MimeMessage forwarded = mailsTo(LIU_YANG_MAIL).stream().filter(m -> body(m).contains(code)).findFirst().orElseThrow();
        assertThat(forwarded.getSubject()).isEqualTo("【凤县人民政府】来信呈送批办");
        assertThat(body(forwarded)).contains("县长信箱来信（投诉，查询码" + code + "）已呈送您批办");

        act(COUNTY_HEAD_DISPATCHER, id, "withdraw-from-leader", with(letter, "reason", "刘副县长下乡调研，改呈其他领导批办。"));

        await().atMost(PATIENCE).until(() -> mailsTo(LIU_YANG_MAIL).stream().anyMatch(m -> body(m).contains("已撤回")));
        MimeMessage withdrawn = mailsTo(LIU_YANG_MAIL).stream().filter(m -> body(m).contains("已撤回")).findFirst().orElseThrow();
        assertThat(withdrawn.getSubject()).isEqualTo("【凤县人民政府】来信已撤回批办");
        assertThat(body(withdrawn)).contains("呈送您批办的县长信箱来信（查询码" + code + "）已撤回，无需再批办，理由：刘副县长下乡调研，改呈其他领导批办。");
        // By e-mail; by SMS too once the realm gives liu.yang a phone number.
        await().atMost(PATIENCE).until(() -> notificationLog.ofLetter(id).stream()
            .filter(e -> e.recipientRef().equals("leader/liu.yang") && e.channel() == Channel.EMAIL).count() == 2);
        assertThat(notificationLog.ofLetter(id))
            .filteredOn(e -> e.recipientRef().equals("leader/liu.yang") && e.channel() == Channel.EMAIL)
            .extracting(Entry::audience, Entry::template).containsExactly(
                    tuple(Audience.LEADER, Template.FORWARDED_TO_LEADER), tuple(Audience.LEADER, Template.WITHDRAWN_FROM_LEADER));
    }

    @Test
    void theAssistingUnitsPeopleHearOfTheAssignmentAndTheLeadUnitHearsWhenTheyRecordTheirOpinion() throws Exception {
        String code = write(randomMobile(), null, false);
        String id = letterId(code);
        Map<String, Object> letter = act(DISPATCHER, id, "accept", with(get(DISPATCHER, id)));
        letter = act(DISPATCHER, id, "assign", with(letter, "leadUnit", "housing", "assistingUnits", List.of("education")));

        // Education has no configured address: its staff and leaders hear of it from the directory.
        await().atMost(PATIENCE).until(() -> mailsTo(EDUCATION_CLERK_MAIL).stream().anyMatch(m -> body(m).contains(code)));
        assertThat(body(mailsTo(EDUCATION_CLERK_MAIL).stream().filter(m -> body(m).contains(code)).findFirst().orElseThrow()))
            .contains("请贵单位协办");

        letter = act(HOUSING_CLERK, id, "sign-for", with(letter));
        act(EDUCATION_CLERK, id, "assisting-opinion", with(get(EDUCATION_CLERK, id), "text", "该路段路灯由教育局代管的校园外围段除外。"));

        // Housing's configured duty mailbox replaces the directory for housing.
        await().atMost(PATIENCE).until(() -> mailsTo(HOUSING_DUTY_MAIL).stream()
            .anyMatch(m -> body(m).contains(code) && body(m).contains("协办意见")));
        MimeMessage opinion = mailsTo(HOUSING_DUTY_MAIL).stream()
            .filter(m -> body(m).contains(code) && body(m).contains("协办意见")).findFirst().orElseThrow();
        assertThat(opinion.getSubject()).isEqualTo("【凤县人民政府】协办意见已提交");
        assertThat(body(opinion)).contains("凤县教育局已就贵单位主办的来信（查询码" + code + "）提交协办意见，请登录办公系统查看。")
            .doesNotContain("校园外围段");
        await().atMost(PATIENCE).until(() -> smsCentre.to(HOUSING_DUTY_PHONE).stream()
            .anyMatch(s -> s.text().contains(code) && s.text().contains("协办意见")));
    }

    // --- helpers -----------------------------------------------------------------------------

    Optional<Entry> citizenMail(String letterId) {
        return notificationLog.ofLetter(letterId).stream()
            .filter(e -> e.channel() == Channel.EMAIL && e.audience() == Audience.CITIZEN).findFirst();
    }

    double failedGauge() {
        return meters.get("zhengtong.mailbox.notifications.queued").tag("status", "failed").gauge().value();
    }

    String write(String phone, String email, boolean anonymous) {
        return write("petition", phone, email, anonymous);
    }

    String write(String mailbox, String phone, String email, boolean anonymous) {
        Map<String, Object> form = new HashMap<>();
        form.put("mailbox", mailbox);
        form.put("type", "COMPLAINT");
        form.put("subject", "路灯不亮 " + UUID.randomUUID());
        form.put("content", "凤州镇东街路灯已坏一周。");
        form.put("contactName", anonymous ? null : "王五");
        form.put("contactPhone", phone);
        form.put("contactEmail", email);
        form.put("consentToPublish", false);
        form.put("anonymous", anonymous);
        CitizenSubmission citizen = CitizenSubmission.solve(http);
        var receipt = http.post().uri("/api/mailbox/public/letters").headers(citizen::from)
            .contentType(MediaType.APPLICATION_JSON).body(citizen.fill(form)).retrieve().toEntity(Map.class);
        assertThat(receipt.getStatusCode().value()).as(String.valueOf(receipt.getBody())).isEqualTo(201);
        return (String) receipt.getBody().get("trackingCode");
    }

    String letterId(String code) {
        return letterId(DISPATCHER, code);
    }

    String letterId(String dispatcher, String code) {
        Map<String, Object> found = http.get().uri("/api/mailbox/letters?q={code}", code)
            .headers(h -> h.setBearerAuth(token(dispatcher))).retrieve().body(Map.class);
        return (String) ((List<Map<String, Object>>) found.get("content")).getFirst().get("id");
    }

    Map<String, Object> get(String user, String id) {
        return http.get().uri("/api/mailbox/letters/{id}", id).headers(h -> h.setBearerAuth(token(user))).retrieve()
            .body(Map.class);
    }

    Map<String, Object> act(String user, String id, String step, Map<String, Object> body) {
        var answer = http.post().uri("/api/mailbox/letters/{id}/" + step, id).headers(h -> h.setBearerAuth(token(user)))
            .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
        assertThat(answer.getStatusCode().value()).as(user + " " + step + ": " + answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    static Map<String, Object> with(Map<String, Object> detail, Object... fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", detail.get("version"));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    static String token(String user) {
        return TOKENS.computeIfAbsent(user, KeycloakTokens::accessToken);
    }

    static String randomMobile() {
        return "1380" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    static List<MimeMessage> mailsTo(String address) {
        return NotificationItSupport.mailsTo(mail, address);
    }

    static String body(MimeMessage message) {
        return NotificationItSupport.body(message);
    }
}
