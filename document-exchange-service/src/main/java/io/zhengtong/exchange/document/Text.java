package io.zhengtong.exchange.document;

import java.text.Normalizer;

/**
 * The one normalisation every text element goes through before it is stored, compared or
 * signed: Unicode NFC, every run of whitespace (including the ideographic space U+3000 and line
 * breaks) collapsed to one ASCII space, trimmed. Two spellings a clerk cannot tell apart must
 * not give two signatures.
 */
public final class Text {

    private Text() {
    }

    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (Character.isISOControl(cp)) {
                continue; // invisible control characters carry no meaning on paper
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    static boolean isBlank(String value) {
        return value == null || normalise(value).isEmpty();
    }
}
