package io.zhengtong.exchange.handling.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.zhengtong.exchange.handling.IncomingHandling.Assignee;
import io.zhengtong.platform.directory.UnitMember;
import io.zhengtong.platform.directory.UnitMembers;

class NamingHandlersTest {

    static final UnitMember ZHANG_WEI = new UnitMember("zhang.wei", "张伟", "gov-office");
    static final UnitMember FAN_JIANGUO = new UnitMember("fan.jianguo", "范建国", "gov-office");
    static final UnitMember ZHAO_LEI = new UnitMember("zhao.lei", "赵磊", "housing");

    /** The realm as the directory reads it: gov-office's staff is 张伟 only; 范建国 drives, 赵磊 is housing's. */
    static final class Realm implements UnitMembers {
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<UnitMember> member(String username) {
            asked.add("member " + username);
            return List.of(ZHANG_WEI, FAN_JIANGUO, ZHAO_LEI).stream().filter(m -> m.username().equals(username)).findFirst();
        }

        @Override
        public List<UnitMember> members(String unitCode, String realmRole) {
            asked.add("members " + unitCode + " " + realmRole);
            return unitCode.equals("gov-office") && "staff".equals(realmRole) ? List.of(ZHANG_WEI) : List.of();
        }
    }

    @Test
    void theUnitsStaffAreTakenFromThePickersListAndNobodyElseIsLookedUp() {
        Realm realm = new Realm();

        assertThat(new NamingHandlers(realm).assignees("gov-office", List.of("zhang.wei")))
            .containsExactly(new Assignee("zhang.wei", "张伟", "gov-office", true));
        assertThat(realm.asked).containsExactly("members gov-office staff");
    }

    @Test
    void aMemberWithoutStaffAForeignUnitsStaffAndAStrangerComeBackAsTheyAreForTheRuleToRefuse() {
        List<Assignee> named = new NamingHandlers(new Realm()).assignees("gov-office",
                List.of("fan.jianguo", "zhao.lei", "no.such.person"));

        assertThat(named).containsExactly(new Assignee("fan.jianguo", "范建国", "gov-office", false),
                new Assignee("zhao.lei", "赵磊", "housing", false), Assignee.unknown("no.such.person"));
    }
}
