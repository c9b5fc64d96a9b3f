package io.zhengtong.mailbox.supervision.web;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.supervision.SupervisionLists;
import io.zhengtong.mailbox.supervision.SupervisionLists.SupervisedLetter;
import io.zhengtong.mailbox.supervision.SupervisionLists.View;
import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 跟踪督察: the due-soon and overdue lists. */
@RestController
class SupervisionController {

    private final SupervisionLists lists;

    SupervisionController(SupervisionLists lists) {
        this.lists = lists;
    }

    @GetMapping("/api/mailbox/supervision/letters")
    PageOf<SupervisedLetter> letters(CurrentUser user, @RequestParam(required = false) String view,
            @RequestParam(required = false) String unit, @Valid PageQuery paging) {
        return lists.list(Actor.of(user), View.parse(view), unit, paging);
    }
}
