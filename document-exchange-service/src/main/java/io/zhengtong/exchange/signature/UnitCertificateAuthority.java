package io.zhengtong.exchange.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import io.zhengtong.exchange.crypto.BouncyCastle;

/**
 * The platform's certificate authority for unit signing keys: a self-signed root (SM2 or EC
 * P-256) that issues one certificate per unit, subject {@code C=CN, O=<platform>, OU=<unit code>,
 * CN=<unit name>}, and keeps a revocation list. Everything is generated at run time, for tests
 * and for the local launcher; no key or certificate is ever committed. A production county would
 * put its real CA behind the same {@link RevocationStatus} and certificate.
 */
public final class UnitCertificateAuthority implements RevocationStatus {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String organisation;
    private final SignatureAlgorithm algorithm;
    private final KeyPair keyPair;
    private final X509Certificate certificate;
    private final Map<BigInteger, Revocation> revocations = new ConcurrentHashMap<>();

    private UnitCertificateAuthority(String organisation, SignatureAlgorithm algorithm, KeyPair keyPair,
            X509Certificate certificate) {
        this.organisation = organisation;
        this.algorithm = algorithm;
        this.keyPair = keyPair;
        this.certificate = certificate;
    }

    /** A new root CA, e.g. {@code create("凤县政通平台", SM2_SM3, now, Duration.ofDays(3650))}. */
    public static UnitCertificateAuthority create(String organisation, SignatureAlgorithm algorithm, Instant notBefore,
            Duration validity) {
        KeyPair keyPair = algorithm.generateKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.O, organisation).addRDN(BCStyle.CN, organisation + " 公文签名根证书").build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serialNumber(),
                    Date.from(notBefore), Date.from(notBefore.plus(validity)), subject, keyPair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            return new UnitCertificateAuthority(organisation, algorithm, keyPair, sign(builder, algorithm, keyPair));
        } catch (GeneralSecurityException | org.bouncycastle.cert.CertIOException e) {
            throw new IllegalStateException("could not create the CA", e);
        }
    }

    /**
     * The CA as it was stored (key store of the service): the same root certificate and key, so
     * certificates issued before a restart still verify. The revocation list starts empty.
     */
    public static UnitCertificateAuthority restore(String organisation, SignatureAlgorithm algorithm, KeyPair keyPair,
            X509Certificate certificate) {
        return new UnitCertificateAuthority(organisation, algorithm, keyPair, certificate);
    }

    /** The CA's private key, only to be stored wrapped by the service's key store. */
    public java.security.PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    /** Issues a fresh key and certificate to a unit, valid from {@code notBefore} to {@code notAfter}. */
    public UnitCredentials issue(String unitCode, String unitName, Instant notBefore, Instant notAfter) {
        KeyPair unitKeys = algorithm.generateKeyPair();
        return new UnitCredentials(unitKeys.getPrivate(),
                certify(unitCode, unitName, unitKeys.getPublic(), notBefore, notAfter), algorithm);
    }

    /** Certifies a public key the unit generated itself (e.g. on its own USB key). */
    public X509Certificate certify(String unitCode, String unitName, PublicKey unitKey, Instant notBefore,
            Instant notAfter) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.O, organisation).addRDN(BCStyle.OU, unitCode).addRDN(BCStyle.CN, unitName).build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serialNumber(),
                    Date.from(notBefore), Date.from(notAfter), subject, unitKey)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(certificate))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(unitKey));
            return sign(builder, algorithm, keyPair);
        } catch (GeneralSecurityException | org.bouncycastle.cert.CertIOException e) {
            throw new IllegalStateException("could not issue a certificate to " + unitCode, e);
        }
    }

    /** Puts a certificate on the revocation list (idempotent: the first revocation stands). */
    public void revoke(X509Certificate unitCertificate, Instant revokedAt, Revocation.Reason reason) {
        revocations.putIfAbsent(unitCertificate.getSerialNumber(),
                new Revocation(unitCertificate.getSerialNumber(), revokedAt, reason));
    }

    @Override
    public Optional<Revocation> revocationOf(BigInteger serialNumber) {
        return Optional.ofNullable(revocations.get(serialNumber));
    }

    /** The root certificate verifiers trust. */
    public X509Certificate certificate() {
        return certificate;
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** A verifier that trusts this CA and its revocation list. */
    public SignatureVerifier verifier(java.time.Clock clock) {
        return new SignatureVerifier(certificate, this, clock);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, SignatureAlgorithm algorithm, KeyPair issuer)
            throws GeneralSecurityException {
        try {
            var signer = new JcaContentSignerBuilder(algorithm.jcaName()).setProvider(BouncyCastle.PROVIDER)
                .build(issuer.getPrivate());
            return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
                .getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static BigInteger serialNumber() {
        return new BigInteger(126, RANDOM).setBit(126); // positive, 127 bits, unpredictable
    }
}
