package io.zhengtong.platform.directory;

import java.util.List;
import java.util.Optional;

/** The county's units, read from the one source of truth (Keycloak groups), cached. */
public interface OrganisationDirectory {

    /** Every unit, in tree order (parents before children, siblings by sort order). */
    List<Unit> units();

    default Optional<Unit> unit(String code) {
        return units().stream().filter(unit -> unit.code().equals(code)).findFirst();
    }
}
