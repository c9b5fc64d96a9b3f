package io.zhengtong.exchange.handling.application;

import java.time.Instant;
import java.util.List;

import io.zhengtong.exchange.handling.HandlingAction;
import io.zhengtong.exchange.handling.IncomingHandling;
import io.zhengtong.platform.security.CurrentUser;

/**
 * A received document's 收文办理 as the recipient unit sees it: where it stands, every step with
 * its actor and opinion, the handlers (承办人) and what the caller may do now.
 *
 * @param version null before registration (nothing stored yet)
 */
public record HandlingView(String status, String statusLabel, Long version, List<Step> steps, List<HandlerView> handlers,
        List<String> allowedActions) {

    public static final String NOT_REGISTERED = "NOT_REGISTERED";

    public record Step(String action, String actionLabel, String actor, String actorName, Instant at, String opinion) {
    }

    public record HandlerView(String username, String name, boolean finished, String opinion, Instant finishedAt) {
    }

    public static HandlingView notRegistered(boolean mayRegister) {
        return new HandlingView(NOT_REGISTERED, "未登记", null, List.of(), List.of(),
                mayRegister ? List.of(HandlingAction.REGISTER.path()) : List.of());
    }

    public static HandlingView of(IncomingHandling handling, long version, CurrentUser caller) {
        return new HandlingView(handling.status().name(), handling.status().label(), version,
                handling.steps().stream().map(s -> new Step(s.action().name(), s.action().label(), s.actor(),
                        s.actorName(), s.at(), s.remark())).toList(),
                handling.handlers().stream().map(h -> new HandlerView(h.username(), h.name(), h.finished(),
                        h.opinion(), h.finishedAt())).toList(),
                handling.allowedActions(caller).stream().map(HandlingAction::path).toList());
    }
}
