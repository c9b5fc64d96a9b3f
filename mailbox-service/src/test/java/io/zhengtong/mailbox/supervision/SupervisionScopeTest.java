package io.zhengtong.mailbox.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SupervisionScopeTest {

    static final Function<String, List<String>> OWNED = unit -> Map.of(
            "party-office", List.of("party-secretary"),
            "education", List.of("education")).getOrDefault(unit, List.of());

    @Test
    void theSupervisorOverseesTheWholeCounty() {
        SupervisionScope scope = SupervisionScope.of(Actor.staff("chen.jing", "陈静", "party-office", Role.SUPERVISOR, Role.STAFF),
                OWNED);

        assertThat(scope.everything()).isTrue();
    }

    @Test
    void theEducationDispatcherSeesTheEducationMailboxAndWhatEducationLeadsButNotTheSecretarysMailbox() {
        SupervisionScope scope = SupervisionScope.of(Actor.staff("he.bin", "何斌", "education", Role.DISPATCHER, Role.STAFF),
                OWNED);

        assertThat(scope.everything()).isFalse();
        assertThat(scope.mailboxes()).containsExactly("education");
        assertThat(scope.leadUnit()).isEqualTo("education");
        assertThat(scope.leader()).isNull();
    }

    @Test
    void aDispatcherWithoutTheStaffRoleSeesOnlyTheirMailboxes() {
        SupervisionScope scope = SupervisionScope.of(Actor.staff("gao.jie", "高洁", "party-office", Role.DISPATCHER), OWNED);

        assertThat(scope.mailboxes()).containsExactly("party-secretary");
        assertThat(scope.leadUnit()).isNull();
    }

    @Test
    void aClerkSeesOnlyWhatTheirUnitLeadsNotTheMailboxTheirUnitOwns() {
        SupervisionScope scope = SupervisionScope.of(Actor.staff("x", "某", "education", Role.STAFF), OWNED);

        assertThat(scope.everything()).isFalse();
        assertThat(scope.mailboxes()).containsExactly(SupervisionScope.NO_MAILBOX);
        assertThat(scope.leadUnit()).isEqualTo("education");
        assertThat(scope.leader()).isNull();
    }

    @Test
    void aLeaderSeesWhatTheirUnitLeadsAndTheLettersForwardedToThem() {
        SupervisionScope scope = SupervisionScope.of(Actor.staff("liu.yang", "刘洋", "gov-office", Role.LEADER, Role.STAFF), OWNED);

        assertThat(scope.leadUnit()).isEqualTo("gov-office");
        assertThat(scope.leader()).isEqualTo("liu.yang");
        assertThat(scope.mailboxes()).containsExactly(SupervisionScope.NO_MAILBOX);
    }

    @Test
    void aCitizenOrAnAccountWithoutALetterRoleIsRefused() {
        assertThatThrownBy(() -> SupervisionScope.of(Actor.citizen(TrackingCode.generate(new java.util.Random(7))), OWNED))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.getMessage()).contains("督办列表"));
        assertThatThrownBy(() -> SupervisionScope.of(new Actor("editor", "编辑", "gov-office", java.util.Set.of(), null), OWNED))
            .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void onlySupervisorsAndDispatchersMayNarrowTheListToAnotherUnit() {
        Actor clerk = Actor.staff("yang.min", "杨敏", "education", Role.STAFF);
        Actor dispatcher = Actor.staff("he.bin", "何斌", "education", Role.DISPATCHER, Role.STAFF);
        Actor supervisor = Actor.staff("chen.jing", "陈静", "party-office", Role.SUPERVISOR);

        assertThat(SupervisionScope.narrowedTo(clerk, "education")).isEqualTo("education");
        assertThat(SupervisionScope.narrowedTo(clerk, null)).isNull();
        assertThatThrownBy(() -> SupervisionScope.narrowedTo(clerk, "housing")).isInstanceOf(DomainRuleViolation.class)
            .hasMessageContaining("本单位");
        assertThat(SupervisionScope.narrowedTo(dispatcher, "housing")).isEqualTo("housing");
        assertThat(SupervisionScope.narrowedTo(supervisor, "housing")).isEqualTo("housing");
    }
}
