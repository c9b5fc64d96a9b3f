package io.zhengtong.mailbox.people.web;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.people.PickingPeople;
import io.zhengtong.mailbox.people.PickingPeople.MemberOption;
import io.zhengtong.mailbox.people.PickingPeople.UnitOption;
import io.zhengtong.platform.security.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The OA pickers' lists: units to hand a letter to, and a unit's leaders (or other staff) to forward it to. */
@RestController
class PeopleController {

    private final PickingPeople people;

    PeopleController(PickingPeople people) {
        this.people = people;
    }

    @GetMapping("/api/mailbox/units")
    List<UnitOption> units(CurrentUser user) {
        return people.units(Actor.of(user));
    }

    @GetMapping("/api/mailbox/units/{unit}/members")
    List<MemberOption> members(CurrentUser user, @PathVariable String unit, @RequestParam(required = false) String role) {
        return people.members(Actor.of(user), unit, role);
    }
}
