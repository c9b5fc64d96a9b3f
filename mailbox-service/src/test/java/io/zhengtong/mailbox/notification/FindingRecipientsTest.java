package io.zhengtong.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import io.zhengtong.platform.directory.UnitMember;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One sending run asks the directory once per unit and role, and once per person, however many notices it looks up. */
class FindingRecipientsTest {

    static final UnitMember LIN_XUE = new UnitMember("lin.xue", "林雪", "gov-office", "lin.xue@fengxian.example", "13909160105");
    static final UnitMember LIU_YANG = new UnitMember("liu.yang", "刘洋", "gov-office", "liu.yang@fengxian.example", null);
    static final UnitMember ZHANG_WEI = new UnitMember("zhang.wei", "张伟", "gov-office", "zhang.wei@fengxian.example", null);

    final FakeUnitMembers members = new FakeUnitMembers()
        .with("gov-office|dispatcher", LIN_XUE)
        .with("gov-office|staff", LIN_XUE, LIU_YANG, ZHANG_WEI)
        .with("gov-office|leader", LIU_YANG);
    final List<String> asked = members.asked;
    int unitListsRead;

    final OrganisationDirectory directory = () -> {
        unitListsRead++;
        return List.of(new Unit("gov-office", "凤县人民政府办公室", "凤政办", "government-office", null, 1));
    };
    final FindingRecipients recipients = new FindingRecipients(Optional.of(members), Optional.of(directory));

    @Test
    void hundredsOfNoticesToOneUnitsStaffAndLeadersAskTheDirectoryOncePerRoleInARun() throws Exception {
        FindingRecipients.Pass run = recipients.pass();
        Lookup handlers = Lookup.unit("gov-office", List.of("staff", "leader"));

        for (int notice = 0; notice < 300; notice++) {
            assertThat(run.find(handlers, Channel.EMAIL)).extracting(FindingRecipients.Person::username)
                .containsExactly("lin.xue", "liu.yang", "zhang.wei");
            assertThat(run.find(handlers, Channel.SMS)).containsExactly(new FindingRecipients.Person("lin.xue", "13909160105"));
        }

        assertThat(asked).containsExactly("gov-office|staff", "gov-office|leader");
        assertThat(unitListsRead).isEqualTo(1);
    }

    @Test
    void aRoleAlreadyAskedForAnotherLookupIsNotAskedAgainAndAPersonIsAskedOnce() throws Exception {
        FindingRecipients.Pass run = recipients.pass();

        run.find(Lookup.unit("gov-office", List.of("staff", "leader")), Channel.EMAIL);
        run.find(Lookup.unit("gov-office", List.of("dispatcher", "leader")), Channel.EMAIL);
        run.find(Lookup.person("liu.yang"), Channel.EMAIL);
        run.find(Lookup.person("liu.yang"), Channel.SMS);

        assertThat(asked).containsExactly("gov-office|staff", "gov-office|leader", "gov-office|dispatcher", "person:liu.yang");
    }

    @Test
    void theNextRunAsksAgainSoSomeoneGivenARoleMeanwhileIsFound() throws Exception {
        Lookup dispatchers = Lookup.unit("gov-office", List.of("dispatcher"));
        recipients.pass().find(dispatchers, Channel.EMAIL);
        recipients.pass().find(dispatchers, Channel.EMAIL);

        assertThat(asked).containsExactly("gov-office|dispatcher", "gov-office|dispatcher");
    }

    @Test
    void onceKeycloakFailedInARunTheRestOfTheRunWaitsWithoutAskingAgain() {
        members.down = true;
        FindingRecipients.Pass run = recipients.pass();
        Lookup dispatchers = Lookup.unit("gov-office", List.of("dispatcher"));

        assertThatThrownBy(() -> run.find(dispatchers, Channel.EMAIL)).isInstanceOf(NotificationChannel.Unavailable.class)
            .hasMessageContaining("directory is unavailable");
        assertThatThrownBy(() -> run.find(Lookup.person("liu.yang"), Channel.SMS))
            .isInstanceOf(NotificationChannel.Unavailable.class).hasMessageContaining("directory is unavailable");

        assertThat(asked).containsExactly("gov-office|dispatcher");
    }

    @Test
    void withoutADirectoryNobodyIsFoundAndNothingIsAsked() throws Exception {
        FindingRecipients none = new FindingRecipients(Optional.empty(), Optional.empty());

        assertThat(none.pass().find(Lookup.unit("gov-office", List.of("dispatcher")), Channel.EMAIL)).isEmpty();
        assertThat(none.available()).isFalse();
    }
}
