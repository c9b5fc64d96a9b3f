package io.zhengtong.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.modulith.events.core.EventPublicationRepository;

class LeanOutboxTest {

    private final EventPublicationRepository table = mock(EventPublicationRepository.class);
    // Deletes run when the test says so, not on the timer.
    private final LeanOutbox outbox = new LeanOutbox(table, ids -> table.deletePublications(ids), Duration.ofHours(1), 3);

    @AfterEach
    void stop() throws Exception {
        outbox.destroy();
    }

    @Test
    void startingToRelayAnEventWritesNothing() {
        outbox.markProcessing(UUID.randomUUID());

        verifyNoInteractions(table);
    }

    @Test
    void acknowledgedEventsAreDeletedTogetherInBatches() {
        List<UUID> sent = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        sent.forEach(id -> outbox.markCompleted(id, Instant.now()));
        verify(table, never()).deletePublications(anyList());

        outbox.deleteCompleted();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<UUID>> batches = ArgumentCaptor.forClass(List.class);
        verify(table, org.mockito.Mockito.timeout(2000).times(2)).deletePublications(batches.capture());
        assertThat(batches.getAllValues()).containsExactly(sent.subList(0, 3), sent.subList(3, 4));
    }

    @Test
    void aDeleteThatFailsIsTriedAgainWithTheSameEvents() {
        UUID sent = UUID.randomUUID();
        outbox.markCompleted(sent, Instant.now());
        doThrow(new DataAccessResourceFailureException("database restarting")).doNothing()
            .when(table).deletePublications(List.of(sent));

        outbox.deleteCompleted();
        outbox.deleteCompleted();

        verify(table, org.mockito.Mockito.times(2)).deletePublications(List.of(sent));
    }

    @Test
    void whatWasAcknowledgedIsDeletedWhenTheServiceStops() throws Exception {
        UUID sent = UUID.randomUUID();
        outbox.markCompleted(sent, Instant.now());

        outbox.destroy();

        verify(table).deletePublications(List.of(sent));
    }
}
