package io.zhengtong.exchange.units;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import io.zhengtong.exchange.workflow.ExchangeRoles;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.UnitMembers;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

/**
 * What the OA's people picker offers a clerk of a unit, e.g. the handlers (承办人) a leader names
 * in 批办: the unit's members, optionally by role, read from the platform's directory (Keycloak).
 * A unit's staff list is its own business: another unit's clerk is told "not found", exactly as
 * for a unit that does not exist, so the answer does not even confirm the unit.
 */
@Service
public class PickingHandlers {

    /** One person to pick; {@code name} is the display name (张伟). */
    public record MemberOption(String username, String name) {
    }

    private final OrganisationDirectory directory;
    private final UnitMembers members;

    public PickingHandlers(OrganisationDirectory directory, UnitMembers members) {
        this.directory = directory;
        this.members = members;
    }

    /** The members of {@code unitCode} holding {@code role} (blank: every member), in pinyin order. */
    public List<MemberOption> members(CurrentUser user, String unitCode, String role) {
        boolean allowed = user != null && (user.belongsTo(unitCode) || user.hasRole(ExchangeRoles.PLATFORM_ADMIN));
        if (!allowed || directory.unit(unitCode).isEmpty()) {
            throw DomainRuleViolation.notFound("unit-members-not-found", "找不到单位「" + unitCode + "」的人员名单。");
        }
        String wanted = role == null || role.isBlank() ? null : role.strip();
        if (wanted != null && !ExchangeRoles.all().contains(wanted)) {
            throw new DomainRuleViolation(HttpStatus.BAD_REQUEST, "member-role-unknown", "角色有误",
                    "角色应为" + String.join("、", ExchangeRoles.all()) + "之一。");
        }
        return members.members(unitCode, wanted).stream().map(m -> new MemberOption(m.username(), m.name())).toList();
    }
}
