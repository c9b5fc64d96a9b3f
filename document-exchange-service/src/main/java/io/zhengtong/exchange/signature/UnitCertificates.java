package io.zhengtong.exchange.signature;

import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Reads a unit certificate's subject: {@code C=CN, O=<platform>, OU=<unit code>, CN=<unit name>}.
 */
public final class UnitCertificates {

    private UnitCertificates() {
    }

    public static String unitCode(X509Certificate certificate) {
        return attribute(certificate, BCStyle.OU);
    }

    public static String unitName(X509Certificate certificate) {
        return attribute(certificate, BCStyle.CN);
    }

    /** The subject as a clerk reads it, e.g. {@code CN=凤县人民政府办公室,OU=gov-office,O=...,C=CN}. */
    public static String subject(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).toString();
    }

    public static String issuer(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()).toString();
    }

    private static String attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
        RDN[] rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(type);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
