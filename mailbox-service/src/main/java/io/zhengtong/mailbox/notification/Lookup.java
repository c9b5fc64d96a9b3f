package io.zhengtong.mailbox.notification;

import java.util.Arrays;
import java.util.List;

/**
 * Whom a notice is for when no address is configured: a unit's people holding one of the roles,
 * or one person (the leader a letter was forwarded to), read from the organisation directory when
 * the notice is due ({@link FindingRecipients}). Stored as text in {@code letter_notification.lookup}:
 * {@code unit:<code>:<role>,<role>} or {@code person:<username>}.
 */
record Lookup(String unitCode, List<String> roles, String username) {

    /** The roles of the mailbox's dispatchers (专人送阅): they accept new letters. */
    static final List<String> DISPATCHERS = List.of("dispatcher");

    /** The roles that may handle a letter in its lead unit (sign for, reply) or write an assisting opinion. */
    static final List<String> HANDLERS = List.of("staff", "leader");

    private static final int MAX_REF = 64;

    static Lookup unit(String unitCode, List<String> roles) {
        return new Lookup(unitCode, List.copyOf(roles), null);
    }

    static Lookup person(String username) {
        return new Lookup(null, List.of(), username);
    }

    static Lookup parse(String text) {
        if (text.startsWith("person:")) {
            return person(text.substring("person:".length()));
        }
        String[] parts = text.split(":", 3);
        if (parts.length != 3 || !parts[0].equals("unit")) {
            throw new IllegalArgumentException("Not a recipient lookup: " + text);
        }
        return unit(parts[1], Arrays.stream(parts[2].split(",")).filter(role -> !role.isBlank()).toList());
    }

    boolean isPerson() {
        return username != null;
    }

    /** As stored. */
    String spec() {
        return isPerson() ? "person:" + username : "unit:" + unitCode + ":" + String.join(",", roles);
    }

    /** What the log shows instead of an address until the directory has answered. */
    static String describe(String spec) {
        Lookup lookup = parse(spec);
        return "通讯录：" + (lookup.isPerson() ? lookup.username() : lookup.unitCode() + "（" + String.join("、", lookup.roles()) + "）");
    }

    /** The recipient of one person found: {@code housing/zhao.lei}, {@code leader/liu.yang}. */
    static String personRef(String ref, String username) {
        String personal = ref + "/" + username;
        return personal.length() <= MAX_REF ? personal : personal.substring(0, MAX_REF);
    }

    @Override
    public String toString() {
        return spec();
    }
}
