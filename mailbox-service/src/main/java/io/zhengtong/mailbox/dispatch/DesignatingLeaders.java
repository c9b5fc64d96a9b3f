package io.zhengtong.mailbox.dispatch;

import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.platform.directory.UnitMember;
import io.zhengtong.platform.directory.UnitMembers;
import org.springframework.stereotype.Component;

/**
 * The leader a letter is forwarded to, as the realm knows them: the account must exist and be on
 * its unit's list of leaders, the same list the OA's picker shows ({@code members(unit, leader)}),
 * so what the picker offers is exactly what forwarding accepts, and a hand-typed account is held to
 * the same rule. The display name comes from the directory, never from the client. While Keycloak
 * is unreachable the directory answers 503 {@code directory-unavailable}: nobody is accepted unchecked.
 */
@Component
class DesignatingLeaders {

    private final UnitMembers members;

    DesignatingLeaders(UnitMembers members) {
        this.members = members;
    }

    /** The leader with this account; 422 {@link UnsuitableLeader} if unknown or not a leader. */
    UnitMember leader(String username) {
        if (username == null || username.isBlank()) {
            throw UnsuitableLeader.missing();
        }
        String account = username.strip();
        UnitMember member = members.member(account).orElseThrow(() -> UnsuitableLeader.unknown(account));
        boolean leads = member.unitCode() != null && members.members(member.unitCode(), Role.LEADER.realmRole()).stream()
            .anyMatch(m -> m.username().equals(member.username()));
        if (!leads) {
            throw UnsuitableLeader.notALeader(member.username(), member.name());
        }
        return member;
    }
}
