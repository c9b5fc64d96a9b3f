package io.zhengtong.exchange.receiving;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhengtong.exchange.delivery.Copies;
import io.zhengtong.exchange.outgoing.OutgoingDocument;
import io.zhengtong.exchange.sending.DocumentFiles;
import io.zhengtong.exchange.sending.OutgoingDocuments;

/**
 * The culture bureau's receiving use cases over stand-ins for the stores, the files and the
 * transaction manager: for tests of what happens inside and outside the write transactions.
 */
abstract class ReceivingWithStandIns {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    final Deliveries deliveries = mock(Deliveries.class);
    final OutgoingDocuments documents = mock(OutgoingDocuments.class);
    final DocumentFiles files = mock(DocumentFiles.class);
    final ReceiptSignatures receipts = mock(ReceiptSignatures.class);
    final DeliveryChanges changes = mock(DeliveryChanges.class);
    final PlatformTransactionManager transactionManager = mock(PlatformTransactionManager.class);
    final OutgoingDocument document = mock(OutgoingDocument.class);
    final TransactionStatus transaction = new SimpleTransactionStatus();

    final ReceivingDocuments receiving = new ReceivingDocuments(deliveries, documents, files, receipts, changes,
            Clock.fixed(AT.plusSeconds(600), ZoneOffset.UTC), new TransactionTemplate(transactionManager));

    ReceivingWithStandIns() {
        when(documents.findForRecipient(Copies.DOCUMENT)).thenReturn(Optional.of(document));
        when(transactionManager.getTransaction(any())).thenReturn(transaction);
    }
}
