package io.zhengtong.mailbox.supervision;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;

/**
 * Which letters a caller's supervision lists may hold: the same people as {@code Letter.isVisibleTo},
 * so no line leads to a letter the caller may not open. Supervisors (督查) see the whole county; a
 * dispatcher the letters of the mailboxes their unit owns, whoever handles them; a unit's staff and
 * leaders the letters their unit leads; a leader also the letters forwarded to them for instruction.
 * A clerk of one unit never sees another unit's letters.
 *
 * @param everything the supervisor's county-wide view
 * @param mailboxes the mailboxes whose letters the caller sees; never empty ("-" is no mailbox's code,
 *                  it keeps the query's IN list valid)
 * @param leadUnit the unit whose led letters the caller sees, or {@code null}
 * @param leader the leader (username) whose forwarded letters the caller sees, or {@code null}
 */
record SupervisionScope(boolean everything, List<String> mailboxes, String leadUnit, String leader) {

    static final String NO_MAILBOX = "-";

    SupervisionScope {
        mailboxes = orNone(mailboxes);
    }

    /** The codes, or {@link #NO_MAILBOX} alone for none: an empty IN list is not valid SQL. */
    static List<String> orNone(List<String> mailboxCodes) {
        return mailboxCodes.isEmpty() ? List.of(NO_MAILBOX) : List.copyOf(mailboxCodes);
    }

    /**
     * The caller's scope; {@code ownedMailboxes} answers the codes of the mailboxes a unit owns.
     * Refuses a caller with no letter role (403).
     */
    static SupervisionScope of(Actor actor, Function<String, List<String>> ownedMailboxes) {
        if (actor.has(Role.SUPERVISOR)) {
            return new SupervisionScope(true, List.of(), null, null);
        }
        List<String> mailboxes = new ArrayList<>();
        String leadUnit = null;
        String leader = null;
        boolean granted = false;
        if (actor.has(Role.DISPATCHER) && actor.unitCode() != null) {
            mailboxes.addAll(ownedMailboxes.apply(actor.unitCode()));
            granted = true;
        }
        if ((actor.has(Role.STAFF) || actor.has(Role.LEADER)) && actor.unitCode() != null) {
            leadUnit = actor.unitCode();
            granted = true;
        }
        if (actor.has(Role.LEADER) && actor.username() != null) {
            leader = actor.username();
            granted = true;
        }
        if (!granted) {
            throw new DomainRuleViolation(HttpStatus.FORBIDDEN, "supervision-role-not-allowed", "无权查看",
                    "督办列表只对督查员、分办员、领导和各单位工作人员开放。");
        }
        return new SupervisionScope(false, mailboxes, leadUnit, leader);
    }

    /**
     * Checks the unit the caller asked to narrow the list to. Supervisors and dispatchers may name
     * any unit (a dispatcher's letters may be handled anywhere: the list stays within their
     * mailboxes); staff and leaders only their own (403 otherwise).
     */
    static String narrowedTo(Actor actor, String unit) {
        if (unit == null || actor.has(Role.SUPERVISOR) || actor.has(Role.DISPATCHER) || actor.belongsTo(unit)) {
            return unit;
        }
        throw new DomainRuleViolation(HttpStatus.FORBIDDEN, "supervision-other-unit", "无权查看",
                "您只能查看本单位的督办信件。");
    }
}
