package io.zhengtong.mailbox.people;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.UnitMembers;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What the OA's pickers offer a clerk handling letters: the county's units (lead and assisting
 * units) and a unit's members by role (the leader a letter is forwarded to), both read from the
 * platform's directory, which Keycloak feeds. Staff only: the lists name civil servants.
 */
@Service
public class PickingPeople {

    /** One unit a letter may be handed to; {@code name} is its full name. */
    public record UnitOption(String code, String name, String shortName, String type, String parentCode) {
    }

    /** One person to pick; {@code name} is the display name (刘洋). */
    public record MemberOption(String username, String name, String unitCode) {
    }

    private final OrganisationDirectory directory;
    private final UnitMembers members;

    public PickingPeople(OrganisationDirectory directory, UnitMembers members) {
        this.directory = directory;
        this.members = members;
    }

    /** Every unit in tree order but the county itself, which handles no letter. */
    public List<UnitOption> units(Actor actor) {
        requireStaff(actor);
        return directory.units().stream().filter(unit -> unit.parentCode() != null)
            .map(unit -> new UnitOption(unit.code(), unit.fullName(), unit.shortName(), unit.type(), unit.parentCode()))
            .toList();
    }

    /** The unit's members holding the letter role {@code role} ({@code null}: all members). */
    public List<MemberOption> members(Actor actor, String unitCode, String role) {
        requireStaff(actor);
        Role wanted = null;
        if (role != null && !role.isBlank()) {
            wanted = Role.ofRealmRole(role.strip()).filter(r -> r != Role.CITIZEN).orElseThrow(() -> new DomainRuleViolation(
                    HttpStatus.BAD_REQUEST, "member-role-unknown", "角色有误", "角色应为" + staffRoles() + "之一。"));
        }
        if (directory.unit(unitCode).isEmpty()) {
            throw DomainRuleViolation.notFound("unit-not-found", "单位目录中没有单位「" + unitCode + "」。");
        }
        return members.members(unitCode, wanted == null ? null : wanted.realmRole()).stream()
            .map(m -> new MemberOption(m.username(), m.name(), m.unitCode())).toList();
    }

    private static void requireStaff(Actor actor) {
        if (Arrays.stream(Role.values()).noneMatch(r -> r != Role.CITIZEN && actor.has(r))) {
            throw new DomainRuleViolation(HttpStatus.FORBIDDEN, "people-role-not-allowed", "无权查看",
                    "单位和人员名单只对信件办理人员开放。");
        }
    }

    private static String staffRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.CITIZEN).map(Role::realmRole)
            .collect(Collectors.joining("、"));
    }
}
