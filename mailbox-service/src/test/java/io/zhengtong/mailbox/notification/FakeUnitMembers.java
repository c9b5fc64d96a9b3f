package io.zhengtong.mailbox.notification;

import io.zhengtong.platform.directory.UnitMember;
import io.zhengtong.platform.directory.UnitMembers;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/** The directory's people as the tests set them ({@code unit|role}), counting each question; {@code down}: Keycloak unreachable. */
final class FakeUnitMembers implements UnitMembers {

    final Map<String, List<UnitMember>> people = new HashMap<>();
    /** Each question in order: {@code unit|role} or {@code person:<username>}. */
    final List<String> asked = new ArrayList<>();
    boolean down;

    FakeUnitMembers with(String unitAndRole, UnitMember... members) {
        people.put(unitAndRole, List.of(members));
        return this;
    }

    @Override
    public Optional<UnitMember> member(String username) {
        asked.add("person:" + username);
        failWhileDown();
        return people.values().stream().flatMap(List::stream).filter(m -> m.username().equals(username)).findFirst();
    }

    @Override
    public List<UnitMember> members(String unitCode, String realmRole) {
        asked.add(unitCode + "|" + realmRole);
        failWhileDown();
        return people.getOrDefault(unitCode + "|" + realmRole, List.of());
    }

    private void failWhileDown() {
        if (down) {
            // As KeycloakUnitMembers answers while Keycloak is unreachable.
            throw new DomainRuleViolation(HttpStatus.SERVICE_UNAVAILABLE, "directory-unavailable", "人员目录暂不可用", "暂时无法读取人员名单");
        }
    }
}
