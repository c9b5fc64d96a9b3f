package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.HOUSING_CLERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.mailbox.citizen.TrackingLetters;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.Rating;
import io.zhengtong.mailbox.store.StoredLetter;
import io.zhengtong.mailbox.tracking.TrackingCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The citizen's letter page reads the letter without its history (it shows none); rating it reads
 * the whole letter, so the history keeps every line. A letter read without its history is never stored.
 */
class CitizenPageWithoutHistoryIT extends MailboxFixture {

    @Autowired
    io.zhengtong.mailbox.store.Letters stored;

    @Autowired
    TrackingLetters tracking;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theCitizenReadsTheAnswerAndRatesItAndTheHistoryKeepsEveryStep() {
        Map<String, String> letter = answered();

        Map<String, Object> page = api.track(letter.get("code"), letter.get("password")).getBody();
        assertThat(page).containsEntry("status", "ANSWERED").containsEntry("reply", "已疏通。")
            .containsEntry("handlingUnit", "housing").containsEntry("mayRate", true);

        assertThat(tracking.rate(letter.get("code"), letter.get("password"), Rating.SATISFIED, null).status())
            .isEqualTo("CLOSED");
        assertThat(actions(letter.get("id")))
            .containsExactly("SUBMIT", "ACCEPT", "ASSIGN", "SIGN_FOR", "SUBMIT_REPLY", "APPROVE_REPLY", "RATE");
    }

    @Test
    void aLetterReadWithoutItsHistoryIsRefusedWhenStoredAndNothingIsSaved() {
        Map<String, String> letter = answered();
        TrackingCode code = TrackingCode.parse(letter.get("code"));

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            StoredLetter read = stored.readWithoutHistory(code).orElseThrow();
            Letter rated = read.letter();
            rated.rate(Actor.citizen(rated.trackingCode()), Instant.now(), Rating.SATISFIED, null);
            stored.update(rated, read.version());
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("without its history");

        assertThat(api.track(letter.get("code"), letter.get("password")).getBody()).containsEntry("status", "ANSWERED");
        assertThat(actions(letter.get("id"))).hasSize(6).doesNotContain("RATE");
    }

    private Map<String, String> answered() {
        Map<String, String> letter = letters.write("petition", "小区排水不畅", "雨天积水严重。", Letters.freshPhone());
        letters.acceptAndHandOverToHousing(letter.get("id"));
        letters.act(HOUSING_CLERK, letter.get("id"), "reply", "text", "已疏通。");
        letters.act(DISPATCHER, letter.get("id"), "reply-approve");
        return letter;
    }

    @SuppressWarnings("unchecked")
    private List<String> actions(String id) {
        return ((List<Map<String, Object>>) letters.detail(DISPATCHER, id).get("history")).stream()
            .map(line -> (String) line.get("action")).toList();
    }
}
