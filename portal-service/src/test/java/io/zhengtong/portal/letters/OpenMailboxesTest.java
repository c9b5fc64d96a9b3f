package io.zhengtong.portal.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhengtong.portal.letters.MailboxApi.MailboxItem;

class OpenMailboxesTest {

    static final MailboxItem COUNTY_HEAD = new MailboxItem("county-head", "县长信箱", List.of(), null);
    static final MailboxItem EDUCATION = new MailboxItem("education", "县教育局信箱", List.of(), null);

    List<MailboxItem> listed = List.of(COUNTY_HEAD, EDUCATION);
    RuntimeException failure;
    int asked;
    Instant now = Instant.parse("2026-11-23T08:00:00Z");

    final OpenMailboxes mailboxes = new OpenMailboxes(() -> {
        asked++;
        if (failure != null) {
            throw failure;
        }
        return new ArrayList<>(listed);
    }, () -> now, Duration.ofSeconds(60));

    @Test
    void theMailboxPageAndTheLetterFormsWithinAMinuteCostOneCallToTheMailbox() {
        assertThat(mailboxes.list()).containsExactly(COUNTY_HEAD, EDUCATION);
        now = now.plusSeconds(30);
        assertThat(mailboxes.find("education")).contains(EDUCATION);
        now = now.plusSeconds(29);
        assertThat(mailboxes.find("county-head")).contains(COUNTY_HEAD);

        assertThat(asked).isOne();
    }

    @Test
    void aMailboxClosedInTheOaDisappearsFromTheWebsiteWithinAMinute() {
        mailboxes.list();
        listed = List.of(COUNTY_HEAD);

        now = now.plusSeconds(59);
        assertThat(mailboxes.find("education")).as("still the list of a minute ago").isPresent();
        now = now.plusSeconds(1);
        assertThat(mailboxes.find("education")).isEmpty();
        assertThat(mailboxes.list()).containsExactly(COUNTY_HEAD);
        assertThat(asked).isEqualTo(2);
    }

    @Test
    void aFailedCallIsNotKeptTheNextPageAsksAgain() {
        failure = new MailboxUnavailable(new IllegalStateException("connection refused"));

        assertThatThrownBy(mailboxes::list).isSameAs(failure);
        failure = null;

        assertThat(mailboxes.list()).containsExactly(COUNTY_HEAD, EDUCATION);
        assertThat(asked).isEqualTo(2);
    }

    @Test
    void anUnknownCodeIsNoMailbox() {
        assertThat(mailboxes.find("nowhere")).isEmpty();
    }

    @Test
    void theListKeptIsNotChangedByWhoeverGotIt() {
        assertThatThrownBy(() -> mailboxes.list().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
