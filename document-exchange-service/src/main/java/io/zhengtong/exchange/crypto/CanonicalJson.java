package io.zhengtong.exchange.crypto;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The byte form that is hashed and signed: the subset of JSON (RFC 8785, JCS) whose values are
 * only strings, arrays and objects. Object keys are sorted (by code point), nothing is written
 * between tokens, strings are Unicode NFC and escape only {@code "}, {@code \} and U+0000..U+001F
 * (as {@code \}{@code u00xx}, lower-case hex); every other character is written as itself and
 * the whole is encoded as UTF-8. Numbers, booleans and null do not exist: callers write them as
 * strings, so there is one spelling of every value. Because every string is quoted and escaped,
 * no value can be mistaken for the boundary between two fields.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** Values: {@link String}, {@link List} of values, {@link Map} from String to values. */
    public static byte[] encode(Map<String, ?> object) {
        StringBuilder out = new StringBuilder(512);
        write(out, object);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String encodeToString(Map<String, ?> object) {
        return new String(encode(object), StandardCharsets.UTF_8);
    }

    private static void write(StringBuilder out, Object value) {
        switch (value) {
            case String text -> writeString(out, text);
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(out, list.get(i));
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                TreeMap<String, Object> sorted = new TreeMap<>(CanonicalJson::compare);
                map.forEach((key, item) -> sorted.put(Normalizer.normalize((String) key, Normalizer.Form.NFC), item));
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    writeString(out, entry.getKey());
                    out.append(':');
                    write(out, entry.getValue());
                }
                out.append('}');
            }
            case null -> throw new IllegalArgumentException("canonical form has no null: write an empty string");
            default -> throw new IllegalArgumentException("canonical form has only strings, arrays and objects, not "
                    + value.getClass().getSimpleName());
        }
    }

    private static void writeString(StringBuilder out, String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
