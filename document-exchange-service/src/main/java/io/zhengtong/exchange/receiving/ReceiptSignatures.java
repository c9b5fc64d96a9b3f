package io.zhengtong.exchange.receiving;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import org.springframework.stereotype.Component;

import io.zhengtong.exchange.crypto.BouncyCastle;
import io.zhengtong.exchange.delivery.SignForReceipt;
import io.zhengtong.exchange.keys.UnitKeyStore;
import io.zhengtong.exchange.signature.ReceiptSigner;
import io.zhengtong.exchange.signature.UnitCertificates;
import io.zhengtong.exchange.signature.UnitCredentials;

/**
 * Signs a sign-for receipt (签收回执) with the receiving unit's key and checks such a signature
 * for the sender: the certificate must be the platform CA's, name the recipient unit, and its key
 * must verify the receipt's canonical form.
 */
@Component
public class ReceiptSignatures {

    /** A receipt's signature as stored: value and the signing certificate (DER). */
    public record SignedReceipt(byte[] value, byte[] certificate) {
    }

    private final UnitKeyStore keys;

    ReceiptSignatures(UnitKeyStore keys) {
        this.keys = keys;
    }

    public SignedReceipt sign(SignForReceipt receipt) {
        UnitCredentials credentials = keys.credentialsOf(receipt.recipient().code());
        try {
            return new SignedReceipt(ReceiptSigner.sign(receipt.canonicalForm(), credentials),
                    credentials.certificate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a unit certificate does not encode", e);
        }
    }

    /** Whether the stored signature is the recipient unit's, over exactly this receipt. */
    public boolean verify(SignForReceipt receipt, byte[] value, byte[] certificateDer) {
        if (value == null || certificateDer == null) {
            return false;
        }
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER)
                .generateCertificate(new ByteArrayInputStream(certificateDer));
            String unit = receipt.recipient().code();
            return ReceiptSigner.verify(receipt.canonicalForm(), value, certificate, unit,
                    keys.credentialsOf(unit).algorithm(), keys.platformCa().certificate());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public static String subjectOf(byte[] certificateDer) {
        try {
            return UnitCertificates.subject((X509Certificate) CertificateFactory.getInstance("X.509",
                    BouncyCastle.PROVIDER).generateCertificate(new ByteArrayInputStream(certificateDer)));
        } catch (GeneralSecurityException e) {
            return "";
        }
    }
}
