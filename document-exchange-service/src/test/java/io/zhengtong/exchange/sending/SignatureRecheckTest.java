package io.zhengtong.exchange.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.exchange.keys.UnitKeyStore;
import io.zhengtong.exchange.outgoing.Drafts;
import io.zhengtong.exchange.outgoing.OutgoingDocument;
import io.zhengtong.exchange.signature.DocumentSignature;
import io.zhengtong.exchange.signature.Revocation;

/**
 * The re-check 签收 runs in its write transaction: a full check done before it only counts while
 * the stored files, metadata and the signer certificate's revocation are what they were.
 */
class SignatureRecheckTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    static final UUID DOCUMENT = UUID.fromString("3f1c2b7e-0000-4000-8000-000000000012");
    static final BigInteger SERIAL = BigInteger.valueOf(4242);

    final OutgoingDocuments documents = mock(OutgoingDocuments.class);
    final UnitKeyStore keys = mock(UnitKeyStore.class, RETURNS_DEEP_STUBS);
    final DocumentFiles files = new DocumentFiles(documents, keys, mock(SignatureChecks.class),
            Clock.fixed(AT, ZoneOffset.UTC));
    final OutgoingDocument document = mock(OutgoingDocument.class);

    SignatureRecheckTest() {
        X509Certificate certificate = mock(X509Certificate.class);
        when(certificate.getSerialNumber()).thenReturn(SERIAL);
        DocumentSignature signature = mock(DocumentSignature.class);
        when(signature.certificate()).thenReturn(certificate);
        when(document.id()).thenReturn(DOCUMENT);
        when(document.signature()).thenReturn(Optional.of(signature));
        when(document.metadata()).thenReturn(Optional.of(mock(DocumentMetadata.class)));
        when(documents.findForRecipient(DOCUMENT)).thenReturn(Optional.of(document));
        when(documents.filesOf(DOCUMENT)).thenReturn(List.of());
        when(keys.platformCa().certificate().getSerialNumber()).thenReturn(BigInteger.ONE);
        when(keys.revocationOf(SERIAL)).thenReturn(Optional.empty());
        when(keys.verifier().verify(any(), any(), any())).thenReturn(Drafts.valid(AT));
    }

    @Test
    void aCheckStaysGoodWhileNothingStoredChanged() {
        when(documents.storedDigests(DOCUMENT)).thenReturn(List.of("state-1", "body-1"));

        DocumentFiles.FullCheck check = files.verifyInFull(DOCUMENT);

        assertThat(check.result().isValid()).isTrue();
        assertThat(files.stillCurrent(document, check)).isTrue();
    }

    @Test
    void aFileAlteredAfterTheCheckMakesTheCheckStale() {
        when(documents.storedDigests(DOCUMENT)).thenReturn(List.of("state-1", "body-1"), List.of("state-1", "body-2"));

        DocumentFiles.FullCheck check = files.verifyInFull(DOCUMENT);

        assertThat(files.stillCurrent(document, check)).isFalse();
    }

    @Test
    void metadataAlteredAfterTheCheckMakesTheCheckStale() {
        when(documents.storedDigests(DOCUMENT)).thenReturn(List.of("state-1", "body-1"), List.of("state-2", "body-1"));

        DocumentFiles.FullCheck check = files.verifyInFull(DOCUMENT);

        assertThat(files.stillCurrent(document, check)).isFalse();
    }

    @Test
    void theSignersCertificateRevokedAfterTheCheckMakesTheCheckStale() {
        when(documents.storedDigests(DOCUMENT)).thenReturn(List.of("state-1", "body-1"));
        DocumentFiles.FullCheck check = files.verifyInFull(DOCUMENT);

        when(keys.revocationOf(SERIAL)).thenReturn(Optional.of(
                new Revocation(SERIAL, AT.plusSeconds(60), Revocation.Reason.KEY_COMPROMISE)));

        assertThat(files.stillCurrent(document, check)).isFalse();
    }
}
