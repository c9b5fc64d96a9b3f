package io.zhengtong.mailbox.letter;

import java.util.Optional;

/** The roles that act on a letter, with the realm role each comes from. */
public enum Role {

    CITIZEN("citizen", "来信人"),
    DISPATCHER("dispatcher", "分办员"),
    LEADER("leader", "领导"),
    STAFF("staff", "承办人"),
    SUPERVISOR("supervisor", "督查员");

    private final String realmRole;
    private final String label;

    Role(String realmRole, String label) {
        this.realmRole = realmRole;
        this.label = label;
    }

    public String realmRole() {
        return realmRole;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> ofRealmRole(String realmRole) {
        for (Role role : values()) {
            if (role.realmRole.equals(realmRole)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
