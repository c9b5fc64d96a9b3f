package io.zhengtong.exchange.receiving;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.zhengtong.exchange.delivery.SignForReceipt;

/**
 * A sign-for receipt as the recipient and the sender see it: who and when, the exact signed text
 * (canonical JSON, {@code zhengtong.exchange.receipt.v1}), the receiving unit's signature in Base64,
 * its certificate's subject, and whether that signature verifies now.
 */
public record ReceiptView(String signedForBy, String signedForByName, Instant signedForAt, String copyNumber,
        String canonicalForm, String signature, String certificateSubject, boolean signatureValid) {

    static ReceiptView of(SignForReceipt receipt, byte[] signature, byte[] certificate, boolean valid) {
        return new ReceiptView(receipt.signedForBy(), receipt.signedForByName(), receipt.signedForAt(),
                receipt.copyNumber().formatted(), new String(receipt.canonicalForm(), StandardCharsets.UTF_8),
                signature == null ? null : Base64.getEncoder().encodeToString(signature),
                certificate == null ? null : ReceiptSignatures.subjectOf(certificate), valid);
    }
}
