package io.zhengtong.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchmarkPdfTest {

    private static final int TWO_MB = 2 * 1024 * 1024;

    @Test
    void theBenchmarkBodyIsExactlyTwoMegabytesAndAcceptedAsAPdf() {
        byte[] pdf = BenchmarkPdf.ofSize(TWO_MB);

        assertEquals(TWO_MB, pdf.length);
        // The exchange accepts a body only when its bytes start like a PDF.
        assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(pdf, 5));
        assertTrue(latin1(pdf).endsWith("%%EOF\n"));
    }

    @Test
    void everyCrossReferencePointsAtItsObject() {
        String pdf = latin1(BenchmarkPdf.ofSize(100_000));

        Matcher startxref = Pattern.compile("startxref\n(\\d+)\n").matcher(pdf);
        assertTrue(startxref.find());
        int xref = Integer.parseInt(startxref.group(1));
        assertTrue(pdf.startsWith("xref\n0 7\n", xref));
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n \n").matcher(pdf.substring(xref));
        for (int object = 1; object <= 6; object++) {
            assertTrue(entries.find());
            assertTrue(pdf.startsWith(object + " 0 obj\n", Integer.parseInt(entries.group(1))), "object " + object);
        }
    }

    @Test
    void everyRunSendsTheSameBytes() {
        assertArrayEquals(BenchmarkPdf.ofSize(50_000), BenchmarkPdf.ofSize(50_000));
    }

    @Test
    void aSizeTooSmallForAPdfIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BenchmarkPdf.ofSize(100));
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
