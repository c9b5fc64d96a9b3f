package io.zhengtong.mailbox.letter;

import java.time.Instant;

/** A handling unit's open request for more working days. */
public record ExtensionRequest(int workingDays, String reason, String requestedBy, String unitCode,
        Instant requestedAt) {
}
