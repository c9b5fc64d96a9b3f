package io.zhengtong.exchange.outgoing;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;

import io.zhengtong.platform.problem.DomainRuleViolation;

/** Where an outgoing document (发文) stands inside the sending unit. */
public enum OutgoingStatus {

    DRAFTING("拟稿"),
    CHECKING("待核稿"),
    AWAITING_SIGN_OFF("待签发"),
    SIGNED_OFF("已签发待分发"),
    DISPATCHED("已分发");

    private final String label;

    OutgoingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A list filter as a user writes it: the name ({@code DISPATCHED}, any case, {@code -} for
     * {@code _}) or the label ({@code 已分发}); blank means every status. Anything else is a bad
     * request (400), not an empty list.
     */
    public static Optional<OutgoingStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        for (OutgoingStatus status : values()) {
            if (status.label.equals(wanted) || status.name().equals(wanted.toUpperCase(Locale.ROOT).replace('-', '_'))) {
                return Optional.of(status);
            }
        }
        throw new DomainRuleViolation(HttpStatus.BAD_REQUEST, "unknown-status", "状态不存在",
                "发文状态“" + wanted + "”不存在，只能是 DRAFTING（拟稿）、CHECKING（待核稿）、AWAITING_SIGN_OFF（待签发）、"
                        + "SIGNED_OFF（已签发待分发）或 DISPATCHED（已分发）。");
    }
}
