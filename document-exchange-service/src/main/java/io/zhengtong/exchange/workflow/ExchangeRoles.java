package io.zhengtong.exchange.workflow;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;

import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

/**
 * The realm roles the exchange's workflows use, and the one check every transition makes: the
 * caller has one of the roles AND belongs to the unit that owns the step. The realm knows
 * citizen, staff, editor, reviewer, dispatcher, leader, supervisor, unit-admin and platform-admin;
 * the exchange uses only {@link #STAFF} (文书/办文人员), {@link #REVIEWER} (核稿: office head) and
 * {@link #LEADER} (签发, 批办). No role reaches into another unit, platform-admin included.
 */
public final class ExchangeRoles {

    /** Every unit member who handles documents: drafts, dispatches, signs for, registers, handles, archives. */
    public static final String STAFF = "staff";
    /** Checks drafts (核稿), e.g. the office head. */
    public static final String REVIEWER = "reviewer";
    /** Signs documents off (签发) and instructs incoming ones (批办). */
    public static final String LEADER = "leader";
    /** Administers the platform (unit certificates); no workflow step, but may read any unit's member list. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    private ExchangeRoles() {
    }

    /**
     * Refuses (403) a caller who lacks every one of {@code roles} or is not a member of {@code unitCode}.
     *
     * @param step what the caller tries to do, in Chinese (e.g. “核稿”), for the message
     */
    public static void require(CurrentUser actor, String unitCode, String step, String... roles) {
        if (actor == null) {
            throw new DomainRuleViolation(HttpStatus.FORBIDDEN, "actor-required", "无权办理", step + "需要登录的办理人。");
        }
        if (!actor.belongsTo(unitCode)) {
            throw new DomainRuleViolation(HttpStatus.FORBIDDEN, "wrong-unit", "无权办理",
                    "只有本单位人员才能" + step + "，" + displayName(actor) + "不属于该单位。");
        }
        if (Arrays.stream(roles).noneMatch(actor::hasRole)) {
            throw new DomainRuleViolation(HttpStatus.FORBIDDEN, "wrong-role", "无权办理",
                    step + "需要" + labels(roles) + "角色，" + displayName(actor) + "没有。");
        }
    }

    static String labels(String... roles) {
        return String.join("或", Arrays.stream(roles).map(ExchangeRoles::label).toList());
    }

    /** The role as a clerk calls it. */
    public static String label(String role) {
        return switch (role) {
            case STAFF -> "办文人员";
            case REVIEWER -> "核稿人";
            case LEADER -> "领导";
            default -> role;
        };
    }

    public static List<String> all() {
        return List.of(STAFF, REVIEWER, LEADER);
    }

    private static String displayName(CurrentUser actor) {
        return actor.name() == null || actor.name().isBlank() ? actor.username() : actor.name();
    }
}
