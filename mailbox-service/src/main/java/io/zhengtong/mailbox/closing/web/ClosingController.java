package io.zhengtong.mailbox.closing.web;

import io.zhengtong.mailbox.closing.ClosingLetters;
import io.zhengtong.mailbox.dispatch.HandlingLetters.LetterDetail;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 办结: closing an answered letter. */
@RestController
class ClosingController {

    private final ClosingLetters closing;

    ClosingController(ClosingLetters closing) {
        this.closing = closing;
    }

    record CloseForm(@NotNull(message = "请提供信件版本号") Long version,
            @Size(max = 1000, message = "备注不能超过1000个字") String remark) {
    }

    @PostMapping("/api/mailbox/letters/{id}/close")
    LetterDetail close(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CloseForm form) {
        return closing.close(Actor.of(user), id, form.version(), form.remark());
    }
}
