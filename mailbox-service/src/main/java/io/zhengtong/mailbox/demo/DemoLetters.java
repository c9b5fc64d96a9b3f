package io.zhengtong.mailbox.demo;

import io.zhengtong.mailbox.letter.LetterType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo county's letters: what the people of 凤县 typically write to the secretary's, the county
 * head's and the departments' mailboxes (the county reports list roads, schools, tourism, water,
 * heating, services), each with the unit that leads it and the reply it gets. Names and numbers
 * are invented. They are data, one line each in {@value #RESOURCE}.
 */
final class DemoLetters {

    static final String RESOURCE = "/demo/letters.tsv";

    static final String HOUSING = "housing";
    static final String EDUCATION = "education";
    static final String TOURISM = "culture-tourism";
    static final String FINANCE = "finance";
    static final String DEVELOPMENT = "development-reform";
    static final String SHUANGSHIPU = "shuangshipu";
    static final String SERVICES = "gov-services";

    /** A column that holds nothing: an anonymous letter's writer, a rejected letter's unit. */
    private static final String NONE = "-";
    private static final int COLUMNS = 8;

    /**
     * One letter as written and answered.
     *
     * @param writer the name signed, {@code null} for an anonymous letter
     * @param unit the unit that leads it, {@code null} for a letter the dispatcher does not accept
     * @param reply the unit's reply, or (no unit) the reason it is not accepted
     */
    record DemoLetter(String mailbox, LetterType type, String subject, String content, String writer, boolean consent,
            String unit, String reply) {

        boolean rejected() {
            return unit == null;
        }
    }

    private DemoLetters() {
    }

    /** Oldest first, as they are spread over the past six months. */
    static List<DemoLetter> all() {
        try (InputStream in = DemoLetters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The letters of the table's lines; {@code #} lines and blank lines are comments. */
    static List<DemoLetter> parse(List<String> lines) {
        List<DemoLetter> letters = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != COLUMNS) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + c.length + " columns, not " + COLUMNS);
            }
            letters.add(new DemoLetter(c[0], LetterType.valueOf(c[1]), c[5], c[6], orNull(c[3]), consent(c[4], i + 1),
                    orNull(c[2]), c[7]));
        }
        return List.copyOf(letters);
    }

    private static String orNull(String column) {
        return column.equals(NONE) ? null : column;
    }

    private static boolean consent(String column, int line) {
        return switch (column) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException(RESOURCE + " line " + line + ": consent is yes or no, not " + column);
        };
    }
}
