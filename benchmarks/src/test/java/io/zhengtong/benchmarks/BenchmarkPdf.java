package io.zhengtong.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A well-formed one-page PDF of an exact size, as the body of the benchmark document. The bulk is
 * an unreferenced stream of seeded random bytes: incompressible like a scanned original, and the
 * same bytes in every run.
 */
final class BenchmarkPdf {

    private static final long SEED = 20261122L;

    private BenchmarkPdf() {
    }

    static byte[] ofSize(int bytes) {
        byte[] pdf = build(0);
        if (pdf.length > bytes) {
            throw new IllegalArgumentException("a PDF needs at least " + pdf.length + " bytes");
        }
        // The filler's /Length has more digits once it is larger: two rounds settle the size.
        int filler = bytes - pdf.length;
        pdf = build(filler);
        filler += bytes - pdf.length;
        pdf = build(filler);
        if (pdf.length != bytes) {
            throw new IllegalStateException("built " + pdf.length + " bytes instead of " + bytes);
        }
        return pdf;
    }

    private static byte[] build(int fillerBytes) {
        byte[] filler = new byte[fillerBytes];
        new Random(SEED).nextBytes(filler);
        String text = "BT /F1 18 Tf 72 760 Td (Zhengtong document exchange benchmark) Tj ET";
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>"));
        objects.add(stream(ascii(text)));
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        objects.add(stream(filler));

        ByteArrayOutputStream out = new ByteArrayOutputStream(fillerBytes + 1024);
        out.writeBytes(ascii("%PDF-1.7\n"));
        // A comment of bytes above 127: tells transfer tools the file is binary (PDF 32000 7.5.2).
        out.writeBytes(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(ascii((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(ascii("\nendobj\n"));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
            .append(xref).append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return out.toByteArray();
    }

    private static byte[] stream(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 64);
        out.writeBytes(ascii("<< /Length " + content.length + " >>\nstream\n"));
        out.writeBytes(content);
        out.writeBytes(ascii("\nendstream"));
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
