package io.zhengtong.exchange.handling;

import static io.zhengtong.exchange.workflow.ExchangeRoles.LEADER;
import static io.zhengtong.exchange.workflow.ExchangeRoles.STAFF;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import io.zhengtong.exchange.audit.AuditAction;
import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.DeliveryStatus;
import io.zhengtong.exchange.workflow.ExchangeRoles;
import io.zhengtong.exchange.workflow.HistoryEntry;
import io.zhengtong.exchange.workflow.IllegalTransition;
import io.zhengtong.exchange.workflow.Remarks;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

/**
 * The receiving unit's handling of a document it signed for (收文办理): 登记 → 拟办 → 批办 (a
 * leader names one or more 承办人) → 承办 (each handler finishes their part) → 办结 → 归档. Each
 * step keeps its actor and opinion in {@link #steps()}; only people of the receiving unit act.
 */
public final class IncomingHandling {

    /**
     * Someone named in 批办 as the realm knows them: the unit they belong to and whether they hold
     * {@code staff} (办文人员); only the unit's staff may be assigned. {@code name} is {@code null}
     * for a username the realm does not know.
     */
    public record Assignee(String username, String name, String unitCode, boolean staff) {

        /** A username the realm does not know. */
        public static Assignee unknown(String username) {
            return new Assignee(username, null, null, false);
        }
    }

    private final UUID id;
    private final UUID documentId;
    private final String unitCode;
    private HandlingStatus status = HandlingStatus.REGISTERED;
    private List<Handler> handlers = List.of();
    private final List<HistoryEntry> steps = new ArrayList<>();
    private final List<HandlingEvent> events = new ArrayList<>();

    private IncomingHandling(UUID id, UUID documentId, String unitCode) {
        this.id = id;
        this.documentId = documentId;
        this.unitCode = unitCode;
    }

    /** 登记: a clerk of the receiving unit registers a copy the unit has signed for. */
    public static IncomingHandling register(UUID id, Delivery delivery, CurrentUser clerk, String note, Instant at) {
        Objects.requireNonNull(id, "id");
        String unit = delivery.key().recipientUnitCode();
        ExchangeRoles.require(clerk, unit, "登记", STAFF);
        if (delivery.status() != DeliveryStatus.SIGNED_FOR) {
            throw DomainRuleViolation.conflict("not-signed-for", "公文尚未签收",
                    "公文当前为“" + delivery.status().label() + "”，签收后才能登记办理。");
        }
        String text = Remarks.optional(note, "note", "登记说明");
        IncomingHandling handling = new IncomingHandling(id, delivery.key().documentId(), unit);
        handling.record(AuditAction.REGISTERED, clerk, at, text);
        handling.events.add(new IncomingDocumentRegistered(id, handling.documentId, unit, clerk.username(), at));
        return handling;
    }

    /** 拟办: a clerk (usually the office) proposes how to handle it, for the leader to decide. */
    public void propose(CurrentUser clerk, String opinion, Instant at) {
        requireStatus("拟办", HandlingStatus.REGISTERED);
        ExchangeRoles.require(clerk, unitCode, "拟办", STAFF);
        String text = Remarks.required(opinion, "opinion", "拟办意见");
        status = HandlingStatus.PROPOSED;
        record(AuditAction.PROPOSED, clerk, at, text);
        events.add(new HandlingProposed(id, documentId, unitCode, clerk.username(), at));
    }

    /**
     * 批办: a leader of the unit decides, with an opinion, and names the handlers: the unit's staff
     * (the people the OA's picker offers), each once. Everyone else named is refused at once, all
     * of them in one answer.
     */
    public void instruct(CurrentUser leader, String opinion, List<Assignee> assignees, Instant at) {
        requireStatus("批办", HandlingStatus.PROPOSED);
        ExchangeRoles.require(leader, unitCode, "批办", LEADER);
        String text = Remarks.required(opinion, "opinion", "批办意见");
        if (assignees == null || assignees.isEmpty()) {
            throw DomainRuleViolation.unprocessable("handlers-required", "请指定承办人", "批办时至少要指定一名承办人。");
        }
        List<String> unsuitable = assignees.stream().map(this::unsuitability).filter(Objects::nonNull).toList();
        if (!unsuitable.isEmpty()) {
            throw new UnsuitableHandlers(unsuitable);
        }
        Set<String> seen = new HashSet<>();
        for (Assignee assignee : assignees) {
            if (!seen.add(assignee.username())) {
                throw DomainRuleViolation.unprocessable("handler-twice", "承办人重复", "“" + assignee.name() + "”被指定了两次。");
            }
        }
        handlers = assignees.stream().map(a -> new Handler(a.username(), a.name(), null, "")).toList();
        status = HandlingStatus.IN_HANDLING;
        record(AuditAction.INSTRUCTED, leader, at,
                text + "（承办：" + String.join("、", assignees.stream().map(Assignee::name).toList()) + "）");
        events.add(new HandlingInstructed(id, documentId, unitCode, leader.username(),
                assignees.stream().map(Assignee::username).toList(), at));
    }

    /** Why {@code assignee} may not handle this unit's document, or {@code null} if they may. */
    private String unsuitability(Assignee assignee) {
        if (assignee.name() == null) {
            return "系统中没有用户“" + (assignee.username() == null ? "" : assignee.username()) + "”";
        }
        if (!unitCode.equals(assignee.unitCode()) || !assignee.staff()) {
            return assignee.name() + "不是本单位的承办人员";
        }
        return null;
    }

    /** 承办: an assigned handler reports their part done, with what they did. */
    public void finishPart(CurrentUser handler, String opinion, Instant at) {
        requireStatus("承办", HandlingStatus.IN_HANDLING);
        ExchangeRoles.require(handler, unitCode, "承办", STAFF);
        int index = indexOf(handler.username());
        if (index < 0) {
            throw new DomainRuleViolation(HttpStatus.FORBIDDEN, "not-a-handler", "无权办理",
                    "该公文未指定" + handler.name() + "承办。");
        }
        if (handlers.get(index).finished()) {
            throw DomainRuleViolation.conflict("part-already-finished", "已办理完毕", handler.name() + "已经办完自己承办的部分。");
        }
        String text = Remarks.required(opinion, "opinion", "承办意见");
        List<Handler> updated = new ArrayList<>(handlers);
        updated.set(index, handlers.get(index).finish(at, text));
        handlers = List.copyOf(updated);
        record(AuditAction.HANDLED, handler, at, text);
        events.add(new HandlingPartFinished(id, documentId, unitCode, handler.username(), allPartsFinished(), at));
    }

    /** 办结: a clerk closes the handling once every handler has finished. */
    public void complete(CurrentUser clerk, String opinion, Instant at) {
        requireStatus("办结", HandlingStatus.IN_HANDLING);
        ExchangeRoles.require(clerk, unitCode, "办结", STAFF);
        if (!allPartsFinished()) {
            throw DomainRuleViolation.conflict("handlers-not-finished", "尚有承办人未办完",
                    "尚有承办人未办完：" + String.join("、", handlers.stream().filter(h -> !h.finished()).map(Handler::name)
                        .toList()) + "。");
        }
        String text = Remarks.required(opinion, "opinion", "办结意见");
        status = HandlingStatus.COMPLETED;
        record(AuditAction.COMPLETED, clerk, at, text);
        events.add(new HandlingCompleted(id, documentId, unitCode, clerk.username(), at));
    }

    /** 归档: a clerk files the completed document. */
    public void archive(CurrentUser clerk, String note, Instant at) {
        requireStatus("归档", HandlingStatus.COMPLETED);
        ExchangeRoles.require(clerk, unitCode, "归档", STAFF);
        String text = Remarks.optional(note, "note", "归档说明");
        status = HandlingStatus.ARCHIVED;
        record(AuditAction.ARCHIVED, clerk, at, text);
        events.add(new IncomingDocumentArchived(id, documentId, unitCode, clerk.username(), at));
    }

    /**
     * The steps {@code user} may take now, as the OA offers them: the same guards as the
     * transitions (status, unit, role, named handler), without the opinion checks.
     */
    public List<HandlingAction> allowedActions(CurrentUser user) {
        if (user == null || !user.belongsTo(unitCode)) {
            return List.of();
        }
        boolean staff = user.hasRole(STAFF);
        List<HandlingAction> allowed = new ArrayList<>();
        switch (status) {
            case REGISTERED -> {
                if (staff) {
                    allowed.add(HandlingAction.PROPOSE);
                }
            }
            case PROPOSED -> {
                if (user.hasRole(LEADER)) {
                    allowed.add(HandlingAction.INSTRUCT);
                }
            }
            case IN_HANDLING -> {
                int index = indexOf(user.username());
                if (staff && index >= 0 && !handlers.get(index).finished()) {
                    allowed.add(HandlingAction.FINISH);
                }
                if (staff && allPartsFinished()) {
                    allowed.add(HandlingAction.COMPLETE);
                }
            }
            case COMPLETED -> {
                if (staff) {
                    allowed.add(HandlingAction.ARCHIVE);
                }
            }
            case ARCHIVED -> {
                // nothing left to do
            }
        }
        return List.copyOf(allowed);
    }

    /** Whether {@code user} may register a copy in {@code status} (before any handling exists). */
    public static boolean mayRegister(CurrentUser user, Delivery delivery) {
        return user != null && user.belongsTo(delivery.key().recipientUnitCode()) && user.hasRole(STAFF)
                && delivery.status() == DeliveryStatus.SIGNED_FOR;
    }

    /** The state as stored; {@link #restore} gives the same handling back. */
    public record Snapshot(UUID id, UUID documentId, String unitCode, HandlingStatus status, List<Handler> handlers,
            List<HistoryEntry> steps) {
    }

    public Snapshot snapshot() {
        return new Snapshot(id, documentId, unitCode, status, handlers, List.copyOf(steps));
    }

    public static IncomingHandling restore(Snapshot stored) {
        IncomingHandling handling = new IncomingHandling(stored.id(), stored.documentId(), stored.unitCode());
        handling.status = stored.status();
        handling.handlers = stored.handlers() == null ? List.of() : List.copyOf(stored.handlers());
        handling.steps.addAll(stored.steps() == null ? List.of() : stored.steps());
        return handling;
    }

    public boolean allPartsFinished() {
        return !handlers.isEmpty() && handlers.stream().allMatch(Handler::finished);
    }

    private int indexOf(String username) {
        for (int i = 0; i < handlers.size(); i++) {
            if (handlers.get(i).username().equals(username)) {
                return i;
            }
        }
        return -1;
    }

    private void requireStatus(String step, HandlingStatus allowed) {
        if (status != allowed) {
            throw new IllegalTransition(step, status.label());
        }
    }

    private void record(AuditAction action, CurrentUser actor, Instant at, String opinion) {
        steps.add(new HistoryEntry(action, actor.username(), actor.name(), unitCode, at, opinion));
    }

    public List<HandlingEvent> pullEvents() {
        List<HandlingEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public UUID id() {
        return id;
    }

    public UUID documentId() {
        return documentId;
    }

    public String unitCode() {
        return unitCode;
    }

    public HandlingStatus status() {
        return status;
    }

    public List<Handler> handlers() {
        return handlers;
    }

    /** Every step with its actor and opinion, in order. */
    public List<HistoryEntry> steps() {
        return List.copyOf(steps);
    }
}
