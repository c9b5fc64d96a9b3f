package io.zhengtong.exchange.handling.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.zhengtong.exchange.handling.IncomingHandling.Assignee;
import io.zhengtong.exchange.workflow.ExchangeRoles;
import io.zhengtong.platform.directory.UnitMember;
import io.zhengtong.platform.directory.UnitMembers;

/**
 * The handlers a leader names in 批办, as the realm knows them. The unit's staff come from the
 * same list the OA's picker shows ({@code members(unit, staff)}), so what the picker offers is
 * exactly what 批办 accepts; only someone not on it is looked up by username, to name them in the
 * refusal. While Keycloak is unreachable the directory answers 503 {@code directory-unavailable}:
 * nobody is accepted unchecked.
 */
@Component
class NamingHandlers {

    private final UnitMembers members;

    NamingHandlers(UnitMembers members) {
        this.members = members;
    }

    List<Assignee> assignees(String unitCode, List<String> usernames) {
        if (usernames == null || usernames.isEmpty()) {
            return List.of();
        }
        Map<String, UnitMember> staff = members.members(unitCode, ExchangeRoles.STAFF).stream()
            .collect(Collectors.toMap(UnitMember::username, Function.identity(), (a, b) -> a));
        return usernames.stream().map(username -> {
            UnitMember member = username == null ? null : staff.get(username.strip());
            if (member != null) {
                return new Assignee(member.username(), member.name(), unitCode, true);
            }
            return members.member(username)
                .map(m -> new Assignee(m.username(), m.name(), m.unitCode(), false))
                .orElseGet(() -> Assignee.unknown(username));
        }).toList();
    }
}
