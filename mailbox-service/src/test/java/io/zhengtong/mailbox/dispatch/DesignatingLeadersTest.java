package io.zhengtong.mailbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengtong.platform.directory.UnitMember;
import io.zhengtong.platform.directory.UnitMembers;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Who a letter may be forwarded to: a realm account on its unit's list of leaders, nobody else. */
class DesignatingLeadersTest {

    static final UnitMember LIU_YANG = new UnitMember("liu.yang", "刘洋", "gov-office");
    static final UnitMember ZHU_HONG = new UnitMember("zhu.hong", "朱红", "gov-office");
    static final UnitMember NO_UNIT = new UnitMember("wang.xiaoming", "王小明", null);

    /** The realm: 刘洋 leads gov-office, 朱红 is staff there; 王小明 is a citizen without a unit. */
    static final UnitMembers REALM = new UnitMembers() {
        final Map<String, UnitMember> people = Map.of("liu.yang", LIU_YANG, "zhu.hong", ZHU_HONG, "wang.xiaoming", NO_UNIT);

        @Override
        public Optional<UnitMember> member(String username) {
            return Optional.ofNullable(people.get(username));
        }

        @Override
        public List<UnitMember> members(String unitCode, String realmRole) {
            return "gov-office".equals(unitCode) && "leader".equals(realmRole) ? List.of(LIU_YANG) : List.of();
        }
    };

    final DesignatingLeaders leaders = new DesignatingLeaders(REALM);

    @Test
    void aLeaderOnTheirUnitsListIsDesignatedWithTheDirectorysName() {
        assertThat(leaders.leader(" liu.yang ")).isEqualTo(LIU_YANG);
    }

    @Test
    void aMistypedAccountIsRefusedAtTheLeaderField() {
        UnsuitableLeader refusal = catchThrowableOfType(UnsuitableLeader.class, () -> leaders.leader("liu.yangg"));

        assertThat(refusal.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refusal.code()).isEqualTo("letter-leader-unknown");
        assertThat(refusal.fieldErrors()).containsExactly(
                new FieldError("leader", "人员目录中没有账号「liu.yangg」，请从领导名单中选择。"));
    }

    @Test
    void aStaffMemberWithoutTheLeaderRoleIsRefusedByName() {
        UnsuitableLeader refusal = catchThrowableOfType(UnsuitableLeader.class, () -> leaders.leader("zhu.hong"));

        assertThat(refusal.code()).isEqualTo("letter-leader-not-leader");
        assertThat(refusal.fieldErrors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("leader");
            assertThat(e.message()).startsWith("朱红（zhu.hong）没有领导角色");
        });
    }

    @Test
    void someoneOfNoUnitIsNoLeader() {
        UnsuitableLeader refusal = catchThrowableOfType(UnsuitableLeader.class, () -> leaders.leader("wang.xiaoming"));

        assertThat(refusal.code()).isEqualTo("letter-leader-not-leader");
    }

    @Test
    void noAccountAtAllAsksToPickALeader() {
        for (String blank : new String[] {null, "", "  "}) {
            UnsuitableLeader refusal = catchThrowableOfType(UnsuitableLeader.class, () -> leaders.leader(blank));
            assertThat(refusal.code()).isEqualTo("letter-leader-required");
            assertThat(refusal.fieldErrors()).extracting(FieldError::field).containsExactly("leader");
        }
    }

    @Test
    void whileTheDirectoryIsUnreachableNobodyIsAcceptedUnchecked() {
        DomainRuleViolation unavailable = new DomainRuleViolation(HttpStatus.SERVICE_UNAVAILABLE, "directory-unavailable",
                "人员目录暂不可用", "暂时无法读取人员名单，请稍后再试。");
        UnitMembers down = new UnitMembers() {
            @Override
            public Optional<UnitMember> member(String username) {
                throw unavailable;
            }

            @Override
            public List<UnitMember> members(String unitCode, String realmRole) {
                throw unavailable;
            }
        };

        DomainRuleViolation refusal = catchThrowableOfType(DomainRuleViolation.class,
                () -> new DesignatingLeaders(down).leader("liu.yang"));

        assertThat(refusal.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refusal.code()).isEqualTo("directory-unavailable");
    }
}
