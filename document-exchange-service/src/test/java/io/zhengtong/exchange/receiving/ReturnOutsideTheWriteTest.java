package io.zhengtong.exchange.receiving;

import static io.zhengtong.exchange.workflow.People.ZHU_HONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import io.zhengtong.exchange.delivery.Copies;
import io.zhengtong.exchange.delivery.DeliveryStatus;
import io.zhengtong.exchange.document.Documents;
import io.zhengtong.exchange.outgoing.Drafts;
import io.zhengtong.exchange.signature.SignatureVerification;
import io.zhengtong.platform.problem.DomainRuleViolation;

/**
 * 退回 writes in a short transaction on the locked copy; the signature check it shows (which may
 * decrypt every file) runs only after that transaction committed, never inside it.
 */
class ReturnOutsideTheWriteTest extends ReceivingWithStandIns {

    static final UUID DELIVERY = UUID.fromString("7a1c2b7e-0000-4000-8000-000000000002");

    ReturnOutsideTheWriteTest() {
        when(document.id()).thenReturn(Copies.DOCUMENT);
        when(document.metadata()).thenReturn(Optional.of(Documents.notice()));
        when(documents.filesOf(Copies.DOCUMENT)).thenReturn(List.of());
        when(changes.save(any(), any(), anyInt())).thenAnswer(a -> {
            Deliveries.Stored loaded = a.getArgument(0);
            return new Deliveries.Stored(loaded.id(), a.getArgument(1), loaded.version() + 1, null, null);
        });
    }

    void copyIn(DeliveryStatus status) {
        Deliveries.Stored stored = new Deliveries.Stored(DELIVERY, Copies.in(status, AT), 0, null, null);
        when(deliveries.findForRecipient(DELIVERY, "culture-tourism")).thenReturn(Optional.of(stored));
        when(deliveries.lockForRecipient(DELIVERY, "culture-tourism")).thenReturn(Optional.of(stored));
    }

    @Test
    void theReturnIsRecordedOnTheLockedCopyAndItsSignatureCheckRunsOnlyAfterTheCommit() {
        copyIn(DeliveryStatus.READ);
        SignatureVerification invalid = Drafts.invalid(SignatureVerification.Failure.FILE_ALTERED, AT);
        when(files.check(document)).thenReturn(invalid);

        IncomingDocumentView view = receiving.returnToSender(ZHU_HONG, DELIVERY, 0L, "非本局职责");

        assertThat(view.status()).isEqualTo("RETURNED");
        assertThat(view.returnReason()).isEqualTo("非本局职责");
        assertThat(view.signature()).isEqualTo(invalid);
        InOrder order = inOrder(deliveries, changes, transactionManager, files);
        order.verify(deliveries).lockForRecipient(DELIVERY, "culture-tourism");
        order.verify(changes).save(any(), any(), anyInt());
        order.verify(transactionManager).commit(transaction);
        order.verify(files).check(document);
        verify(files, never()).verify(any());
        verify(files, never()).verifyInFull(any());
    }

    @Test
    void aCopyAlreadySignedForCannotBeReturnedAndNoSignatureIsCheckedForIt() {
        copyIn(DeliveryStatus.SIGNED_FOR);

        DomainRuleViolation refused = catchThrowableOfType(DomainRuleViolation.class,
                () -> receiving.returnToSender(ZHU_HONG, DELIVERY, null, "非本局职责"));

        assertThat(refused.status().value()).isEqualTo(409);
        verify(transactionManager).rollback(transaction);
        verify(changes, never()).save(any(), any(), anyInt());
        verify(files, never()).check(any());
    }
}
