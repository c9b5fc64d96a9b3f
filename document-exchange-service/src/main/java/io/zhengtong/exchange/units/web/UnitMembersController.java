package io.zhengtong.exchange.units.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.exchange.units.PickingHandlers;
import io.zhengtong.exchange.units.PickingHandlers.MemberOption;
import io.zhengtong.platform.security.CurrentUser;

/** The OA people picker's list: a unit's members (e.g. role=staff, the handlers 批办 may name). */
@RestController
class UnitMembersController {

    private final PickingHandlers people;

    UnitMembersController(PickingHandlers people) {
        this.people = people;
    }

    @GetMapping("/api/exchange/units/{unit}/members")
    List<MemberOption> members(CurrentUser user, @PathVariable String unit, @RequestParam(required = false) String role) {
        return people.members(user, unit, role);
    }
}
