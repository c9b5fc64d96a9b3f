package io.zhengtong.exchange.delivery;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;

import io.zhengtong.platform.problem.DomainRuleViolation;

/** The inbox tabs: 待签收 (opened or not), 已签收, 已退回, or everything. */
public enum InboxFilter {

    PENDING("待签收", List.of(DeliveryStatus.DELIVERED, DeliveryStatus.READ)),
    SIGNED_FOR("已签收", List.of(DeliveryStatus.SIGNED_FOR)),
    RETURNED("已退回", List.of(DeliveryStatus.RETURNED)),
    ALL("全部", List.of(DeliveryStatus.values()));

    private final String label;
    private final List<DeliveryStatus> statuses;

    InboxFilter(String label, List<DeliveryStatus> statuses) {
        this.label = label;
        this.statuses = statuses;
    }

    public String label() {
        return label;
    }

    /** The delivery statuses the tab lists. */
    public List<DeliveryStatus> statuses() {
        return statuses;
    }

    /**
     * The tab as a user writes it: the name ({@code PENDING}, any case, {@code -} for {@code _}) or
     * the label ({@code 待签收}); blank is {@link #ALL}. Anything else is a bad request (400).
     */
    public static InboxFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        String wanted = text.strip();
        for (InboxFilter filter : values()) {
            if (filter.label.equals(wanted) || filter.name().equals(wanted.toUpperCase(Locale.ROOT).replace('-', '_'))) {
                return filter;
            }
        }
        throw new DomainRuleViolation(HttpStatus.BAD_REQUEST, "unknown-status", "状态不存在",
                "收文状态“" + wanted + "”不存在，只能是 PENDING（待签收）、SIGNED_FOR（已签收）、RETURNED（已退回）或 ALL（全部）。");
    }
}
