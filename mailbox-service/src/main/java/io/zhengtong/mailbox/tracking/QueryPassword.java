package io.zhengtong.mailbox.tracking;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The password printed on the citizen's receipt next to the tracking code. Ten characters from the
 * tracking code's alphabet (no look-alikes, about 49.5 bits), shown once at submission and then
 * kept only as a keyed hash ({@link QueryPasswordHasher}). Typed input is normalised like the
 * tracking code: case, spaces and hyphens do not matter.
 */
public record QueryPassword(String value) {

    public static final int LENGTH = 10;

    public QueryPassword {
        Objects.requireNonNull(value, "value");
    }

    public static QueryPassword generate(RandomGenerator random) {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(TrackingCode.ALPHABET.charAt(random.nextInt(TrackingCode.ALPHABET.length())));
        }
        return new QueryPassword(password.toString());
    }

    /** The password as typed, normalised: upper case, without spaces and hyphens. */
    public static QueryPassword typed(String typed) {
        StringBuilder normal = new StringBuilder();
        if (typed != null) {
            for (char c : typed.toCharArray()) {
                if (c != '-' && c != '－' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    normal.append(Character.toUpperCase(c));
                }
            }
        }
        return new QueryPassword(normal.toString());
    }

    /** For the receipt: two groups of five, e.g. {@code K7M3Q-9PDX2}. */
    public String grouped() {
        return value.length() == LENGTH ? value.substring(0, 5) + "-" + value.substring(5) : value;
    }

    @Override
    public String toString() {
        // Never in logs by accident.
        return "QueryPassword[******]";
    }
}
