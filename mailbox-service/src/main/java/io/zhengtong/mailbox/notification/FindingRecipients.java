package io.zhengtong.mailbox.notification;

import io.zhengtong.mailbox.notification.NotificationChannel.Unavailable;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.UnitMember;
import io.zhengtong.platform.directory.UnitMembers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads from the organisation directory (Keycloak, {@link UnitMembers}) whom a {@link Lookup}
 * means and their address on a channel: the e-mail of the account, the phone number of its
 * {@code phoneNumber} attribute. Keycloak unreachable is {@link Unavailable}, so the notice waits
 * and is looked up again with the notice's backoff, never dropped.
 *
 * <p>The sender asks through one {@link Pass} per sending run: a due-soon run announces hundreds
 * of letters of a few units at once, and their lookups then ask the directory once per unit and
 * role (and once per person), not once per notice.
 */
@Component
class FindingRecipients {

    /** One person to tell, and their address on the channel asked for. */
    record Person(String username, String address) {
    }

    private final Optional<UnitMembers> members;
    private final Optional<OrganisationDirectory> directory;

    FindingRecipients(Optional<UnitMembers> members, Optional<OrganisationDirectory> directory) {
        this.members = members;
        this.directory = directory;
    }

    /** Whether there is a directory to ask (without one, only configured unit addresses are told). */
    boolean available() {
        return members.isPresent();
    }

    /** A fresh view of the directory for one sending run. */
    Pass pass() {
        return new Pass();
    }

    /** The people the lookup means who have an address on the channel, each once; empty: nobody to tell. */
    List<Person> find(Lookup lookup, Channel channel) throws Unavailable {
        return pass().find(lookup, channel);
    }

    /**
     * The directory as one sending run sees it: each unit and role, each person and the unit list
     * are asked at most once; once the directory was unavailable it stays so for the run (no
     * further call waits for the same timeout).
     */
    final class Pass {

        private final Map<String, List<UnitMember>> unitsAndRoles = new HashMap<>();
        private final Map<String, Optional<UnitMember>> people = new HashMap<>();
        private boolean unitsChecked;
        private String unavailable;

        /** The people the lookup means who have an address on the channel, each once; empty: nobody to tell. */
        List<Person> find(Lookup lookup, Channel channel) throws Unavailable {
            if (members.isEmpty()) {
                return List.of();
            }
            if (unavailable != null) {
                throw new Unavailable(unavailable, null);
            }
            Map<String, UnitMember> found = new LinkedHashMap<>();
            try {
                if (lookup.isPerson()) {
                    people.computeIfAbsent(lookup.username(), username -> members.get().member(username))
                        .ifPresent(member -> found.put(member.username(), member));
                } else {
                    requireUnitsRead();
                    for (String role : lookup.roles()) {
                        unitsAndRoles.computeIfAbsent(lookup.unitCode() + "|" + role,
                                key -> members.get().members(lookup.unitCode(), role))
                            .forEach(member -> found.putIfAbsent(member.username(), member));
                    }
                }
            } catch (Unavailable notYet) {
                unavailable = notYet.getMessage();
                throw notYet;
            } catch (RuntimeException unreachable) {
                // KeycloakUnitMembers answers 503 directory-unavailable; anything else from the client is the same to us.
                unavailable = "the organisation directory is unavailable: " + unreachable.getMessage();
                throw new Unavailable(unavailable, unreachable);
            }
            List<Person> reachable = new ArrayList<>();
            for (UnitMember member : found.values()) {
                String address = channel == Channel.EMAIL ? member.email() : member.phone();
                if (address != null && !address.isBlank()) {
                    reachable.add(new Person(member.username(), address.strip()));
                }
            }
            return reachable;
        }

        private void requireUnitsRead() throws Unavailable {
            if (!unitsChecked) {
                if (directory.map(OrganisationDirectory::units).map(List::isEmpty).orElse(false)) {
                    // The directory answers an empty county while Keycloak was never reached: not "nobody".
                    throw new Unavailable("the organisation directory has read no units yet", null);
                }
                unitsChecked = true;
            }
        }
    }
}
