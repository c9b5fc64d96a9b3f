package io.zhengtong.mailbox.attachment;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Tells a file's type from its content, never from its name or the browser's Content-Type (both
 * are the sender's say): PDF, JPEG and PNG by their signatures; DOCX as a ZIP package whose
 * {@code [Content_Types].xml} declares a Word document main part (a macro-enabled {@code .docm}
 * declares another one and is refused). Small on purpose: four types need no detection library.
 */
public final class FileSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final String WORD_MAIN_PART =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    /** Enough for any real {@code [Content_Types].xml}; a larger one is not a plausible Word file. */
    private static final int CONTENT_TYPES_LIMIT = 256 * 1024;
    /** A Word document has a few dozen parts. */
    private static final int ENTRIES_LIMIT = 10_000;

    private FileSniffer() {
    }

    public static Optional<FileType> sniff(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, ZIP) && isWordDocument(content)) {
            return Optional.of(FileType.DOCX);
        }
        return Optional.empty();
    }

    /**
     * Reads the ZIP's central directory (names only, nothing inflated) and then inflates just
     * {@code [Content_Types].xml}, at most {@link #CONTENT_TYPES_LIMIT} bytes of it: a "zip bomb"
     * costs nothing here.
     */
    private static boolean isWordDocument(byte[] content) {
        try {
            ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
            int end = endOfCentralDirectory(zip);
            if (end < 0) {
                return false;
            }
            int entries = Short.toUnsignedInt(zip.getShort(end + 10));
            int at = zip.getInt(end + 16);
            boolean hasDocument = false;
            byte[] contentTypes = null;
            for (int i = 0; i < entries && i < ENTRIES_LIMIT; i++) {
                if (at < 0 || at + 46 > content.length || zip.getInt(at) != 0x02014b50) {
                    return false;
                }
                int method = Short.toUnsignedInt(zip.getShort(at + 10));
                int compressedSize = zip.getInt(at + 20);
                int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(zip.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(zip.getShort(at + 32));
                int localHeader = zip.getInt(at + 42);
                String name = new String(content, at + 46, nameLength, StandardCharsets.UTF_8);
                if (name.equals("word/document.xml")) {
                    hasDocument = true;
                } else if (name.equals("[Content_Types].xml")) {
                    contentTypes = entryContent(zip, content, localHeader, method, compressedSize);
                }
                at += 46 + nameLength + extraLength + commentLength;
            }
            return hasDocument && contentTypes != null
                    && new String(contentTypes, StandardCharsets.UTF_8).contains("\"" + WORD_MAIN_PART + "\"");
        } catch (IndexOutOfBoundsException | IllegalArgumentException | DataFormatException damaged) {
            return false;
        }
    }

    private static int endOfCentralDirectory(ByteBuffer zip) {
        int last = zip.limit() - 22;
        for (int at = last; at >= 0 && at >= last - 65_535; at--) {
            if (zip.getInt(at) == 0x06054b50) {
                return at;
            }
        }
        return -1;
    }

    private static byte[] entryContent(ByteBuffer zip, byte[] content, int localHeader, int method, int compressedSize)
            throws DataFormatException {
        if (zip.getInt(localHeader) != 0x04034b50 || compressedSize < 0) {
            return null;
        }
        int data = localHeader + 30 + Short.toUnsignedInt(zip.getShort(localHeader + 26))
                + Short.toUnsignedInt(zip.getShort(localHeader + 28));
        if (data + compressedSize > content.length) {
            return null;
        }
        if (method == 0) {
            return compressedSize > CONTENT_TYPES_LIMIT ? null : Arrays.copyOfRange(content, data, data + compressedSize);
        }
        if (method != 8) {
            return null;
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(content, data, compressedSize);
            byte[] out = new byte[CONTENT_TYPES_LIMIT];
            int length = 0;
            while (!inflater.finished() && length < out.length) {
                int n = inflater.inflate(out, length, out.length - length);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                length += n;
            }
            return inflater.finished() ? Arrays.copyOf(out, length) : null;
        } finally {
            inflater.end();
        }
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
