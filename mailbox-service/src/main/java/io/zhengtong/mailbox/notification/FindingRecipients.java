package io.zhengtong.mailbox.notification;

import io.zhengtong.mailbox.notification.NotificationChannel.Unavailable;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.UnitMember;
import io.zhengtong.platform.directory.UnitMembers;
import java.util.ArrayList;
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

    /** The people the lookup means who have an address on the channel, each once; empty: nobody to tell. */
    List<Person> find(Lookup lookup, Channel channel) throws Unavailable {
        if (members.isEmpty()) {
            return List.of();
        }
        try {
            Map<String, UnitMember> found = new LinkedHashMap<>();
            if (lookup.isPerson()) {
                members.get().member(lookup.username()).ifPresent(member -> found.put(member.username(), member));
            } else {
                if (directory.map(OrganisationDirectory::units).map(List::isEmpty).orElse(false)) {
                    // The directory answers an empty county while Keycloak was never reached: not "nobody".
                    throw new Unavailable("the organisation directory has read no units yet", null);
                }
                for (String role : lookup.roles()) {
                    members.get().members(lookup.unitCode(), role).forEach(member -> found.putIfAbsent(member.username(), member));
                }
            }
            List<Person> people = new ArrayList<>();
            for (UnitMember member : found.values()) {
                String address = channel == Channel.EMAIL ? member.email() : member.phone();
                if (address != null && !address.isBlank()) {
                    people.add(new Person(member.username(), address.strip()));
                }
            }
            return people;
        } catch (RuntimeException unreachable) {
            // KeycloakUnitMembers answers 503 directory-unavailable; anything else from the client is the same to us.
            throw new Unavailable("the organisation directory is unavailable: " + unreachable.getMessage(), unreachable);
        }
    }
}
