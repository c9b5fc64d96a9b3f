package io.zhengtong.exchange.receiving;

import static io.zhengtong.exchange.workflow.People.ZHU_HONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zhengtong.exchange.delivery.Copies;
import io.zhengtong.exchange.delivery.DeliveryStatus;
import io.zhengtong.exchange.outgoing.Drafts;
import io.zhengtong.exchange.sending.DocumentFiles;
import io.zhengtong.exchange.signature.SignatureVerification;
import io.zhengtong.platform.problem.DomainRuleViolation;

/**
 * 签收 verifies the signature before its write transaction: a document altered after that check
 * (between the check and the write) must still be refused, never signed for on the stale result.
 */
class SignForRecheckTest extends ReceivingWithStandIns {

    static final UUID DELIVERY = UUID.fromString("7a1c2b7e-0000-4000-8000-000000000001");

    SignForRecheckTest() {
        Deliveries.Stored stored = new Deliveries.Stored(DELIVERY, Copies.in(DeliveryStatus.DELIVERED, AT), 0, null, null);
        when(deliveries.findForRecipient(DELIVERY, "culture-tourism")).thenReturn(Optional.of(stored));
        when(deliveries.lockForRecipient(DELIVERY, "culture-tourism")).thenReturn(Optional.of(stored));
    }

    @Test
    void aFileAlteredAfterTheCheckIsCheckedAgainAndTheSignForIsRefusedAsInvalid() {
        SignatureVerification valid = Drafts.valid(AT);
        DocumentFiles.FullCheck beforeTheChange = new DocumentFiles.FullCheck(valid, "fingerprint-before");
        DocumentFiles.FullCheck afterTheChange = new DocumentFiles.FullCheck(
                Drafts.invalid(SignatureVerification.Failure.FILE_ALTERED, AT), "fingerprint-after");
        when(files.verifyInFull(Copies.DOCUMENT)).thenReturn(beforeTheChange, afterTheChange);
        // the file changes once the first check is done: the write transaction sees another fingerprint
        when(files.stillCurrent(document, beforeTheChange)).thenReturn(false);
        when(files.stillCurrent(document, afterTheChange)).thenReturn(true);

        DomainRuleViolation refused = catchThrowableOfType(DomainRuleViolation.class,
                () -> receiving.signFor(ZHU_HONG, DELIVERY, null));

        assertThat(refused.code()).isEqualTo("invalid-signature");
        verify(files, times(2)).verifyInFull(Copies.DOCUMENT);
        verify(changes, never()).save(any(), any(), anyInt());
        verify(receipts, never()).sign(any());
        verify(deliveries, never()).storeReceiptSignature(any(), any(), any());
    }

    @Test
    void aDocumentThatKeepsChangingDuringEveryCheckIsAConflictAndNothingIsSignedFor() {
        DocumentFiles.FullCheck check = new DocumentFiles.FullCheck(Drafts.valid(AT), "fingerprint-before");
        when(files.verifyInFull(Copies.DOCUMENT)).thenReturn(check);
        when(files.stillCurrent(document, check)).thenReturn(false);

        DomainRuleViolation refused = catchThrowableOfType(DomainRuleViolation.class,
                () -> receiving.signFor(ZHU_HONG, DELIVERY, null));

        assertThat(refused.code()).isEqualTo("document-changing");
        assertThat(refused.status().value()).isEqualTo(409);
        verify(changes, never()).save(any(), any(), anyInt());
        verify(receipts, never()).sign(any());
    }
}
