package io.zhengtong.exchange.handling.application;

import java.util.Optional;

/** Who works in a unit: the leader names handlers (承办人) by username, the OA shows their names. */
public interface UnitMembers {

    /** A person of the realm: username, display name (e.g. 张伟) and unit code (null if none). */
    record Member(String username, String name, String unitCode) {
    }

    /** The person with this username, if the realm knows them. */
    Optional<Member> member(String username);
}
