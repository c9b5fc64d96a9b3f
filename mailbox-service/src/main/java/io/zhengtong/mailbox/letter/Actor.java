package io.zhengtong.mailbox.letter;

import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.security.CurrentUser;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who asks for a transition. Staff come from their token (roles and unit); a citizen is whoever
 * proved to hold a letter's tracking code and query password (checked before the aggregate is
 * asked), so the tracking code plays the part the unit plays for staff.
 *
 * @param username the account, {@code null} for a citizen who is not logged in
 * @param unitCode the staff member's unit, {@code null} for citizens
 * @param trackingCode the letter a citizen proved access to, {@code null} for staff
 */
public record Actor(String username, String name, String unitCode, Set<Role> roles, TrackingCode trackingCode) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor staff(String username, String name, String unitCode, Role... roles) {
        Objects.requireNonNull(unitCode, "unitCode");
        return new Actor(username, name, unitCode, Set.of(roles), null);
    }

    /** A citizen who proved access to the letter with this tracking code (and its password). */
    public static Actor citizen(TrackingCode trackingCode) {
        return new Actor(null, "来信人", null, Set.of(Role.CITIZEN), Objects.requireNonNull(trackingCode));
    }

    /** A citizen writing a letter, logged in ({@code username}) or anonymous ({@code null}). */
    public static Actor writer(String username, String name) {
        return new Actor(username, name == null ? "来信人" : name, null, Set.of(Role.CITIZEN), null);
    }

    /** A staff member from the platform's view of the token; realm roles that are not letter roles are ignored. */
    public static Actor of(CurrentUser user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        user.roles().forEach(r -> Role.ofRealmRole(r).ifPresent(roles::add));
        return new Actor(user.username(), user.name(), user.unitCode(), roles, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String unit) {
        return unitCode != null && unitCode.equals(unit);
    }
}
