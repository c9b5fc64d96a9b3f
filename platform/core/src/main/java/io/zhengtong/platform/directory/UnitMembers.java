package io.zhengtong.platform.directory;

import java.util.List;
import java.util.Optional;

/**
 * Who works where, read from the one source of truth (Keycloak users and groups): a leader names
 * handlers (承办人) by username, a dispatcher picks the leader to forward a letter to. Answers are
 * cached briefly; while Keycloak is unreachable the lookups answer 503 (problem
 * {@code directory-unavailable}) rather than guess. Members carry their e-mail and phone number
 * (when the realm has them), so a notification can reach a unit's people.
 */
public interface UnitMembers {

    /** The person with this username, if the realm knows them. */
    Optional<UnitMember> member(String username);

    /**
     * The enabled members of the unit holding the realm role ({@code null}: every member), in
     * pinyin order of their names; empty for a unit the directory does not know.
     */
    List<UnitMember> members(String unitCode, String realmRole);
}
