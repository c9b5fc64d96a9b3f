package io.zhengtong.exchange.workflow;

import java.time.Instant;
import java.util.Objects;

import io.zhengtong.exchange.audit.AuditAction;

/**
 * One line of a document's history as the OA shows it; the use case that persists a transition
 * appends the same action to the audit chain ({@code AuditTrail.append}).
 *
 * @param actor username, or {@link #SYSTEM} for automatic steps (automatic reminders)
 * @param actorName display name (e.g. 刘洋), {@code 系统} for automatic steps
 * @param unitCode the unit the step was done in
 * @param remark the opinion, reason or note (may be empty, never null)
 */
public record HistoryEntry(AuditAction action, String actor, String actorName, String unitCode, Instant at,
        String remark) {

    public static final String SYSTEM = "system";

    public HistoryEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        remark = remark == null ? "" : remark;
    }
}
