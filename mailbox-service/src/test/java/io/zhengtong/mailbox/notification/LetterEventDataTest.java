package io.zhengtong.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The consumer reads the withdrawn-from-leader event in its older shape (no leader) and in its current one. */
class LetterEventDataTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String FACTS = """
            {"letterId":"f3c1a7de-0000-4000-8000-000000000001","mailbox":"county-head","mailboxUnit":"gov-office",
             "letterType":"COMPLAINT","status":"ACCEPTED","submittedAt":"2026-11-20T01:00:00Z","dueDate":"2026-12-01",
             "extensionDays":0,"leadUnit":null,"assistingUnits":[],"designatedLeader":null,"writerReachable":true}""";

    @Test
    void aWithdrawalPublishedBeforeTheEventNamedTheLeaderIsReadWithoutOne() {
        LetterEventData data = JSON.readValue("""
                {"eventId":"0b0c5e36-9d8e-4a57-9a52-000000000001","aggregateId":"f3c1a7de-0000-4000-8000-000000000001",
                 "occurredAt":"2026-11-22T02:00:00Z","letter":%s,
                 "by":{"username":"lin.xue","unitCode":"gov-office","role":"DISPATCHER"}}""".formatted(FACTS), LetterEventData.class);

        assertThat(data.letter().status()).isEqualTo("ACCEPTED");
        assertThat(data.actingUnit()).isEqualTo("gov-office");
        assertThat(data.leader()).isNull();
        assertThat(data.leaderName()).isNull();
        assertThat(data.reason()).isNull();
    }

    @Test
    void aWithdrawalNamesTheLeaderItWasTakenBackFromAndTheReason() {
        LetterEventData data = JSON.readValue("""
                {"eventId":"0b0c5e36-9d8e-4a57-9a52-000000000002","aggregateId":"f3c1a7de-0000-4000-8000-000000000001",
                 "occurredAt":"2026-11-22T02:00:00Z","letter":%s,
                 "by":{"username":"lin.xue","unitCode":"gov-office","role":"DISPATCHER"},
                 "leader":"liu.yang","leaderName":"刘洋","reason":"刘副县长下乡调研"}""".formatted(FACTS), LetterEventData.class);

        assertThat(data.leader()).isEqualTo("liu.yang");
        assertThat(data.leaderName()).isEqualTo("刘洋");
        assertThat(data.reason()).isEqualTo("刘副县长下乡调研");
    }
}
