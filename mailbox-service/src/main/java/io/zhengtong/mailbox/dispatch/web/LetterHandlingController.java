package io.zhengtong.mailbox.dispatch.web;

import io.zhengtong.mailbox.dispatch.HandlingLetters;
import io.zhengtong.mailbox.dispatch.HandlingLetters.LetterDetail;
import io.zhengtong.mailbox.dispatch.HandlingLetters.LetterSummary;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff's letters: the work list, a letter's detail, and the dispatcher's four first steps. */
@RestController
@RequestMapping("/api/mailbox/letters")
class LetterHandlingController {

    private final HandlingLetters handling;

    LetterHandlingController(HandlingLetters handling) {
        this.handling = handling;
    }

    record AcceptForm(@NotNull(message = "请提供信件版本号") Long version, LetterType type) {
    }

    record RejectForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请填写不予受理的理由") @Size(max = 1000, message = "理由不能超过1000个字") String reason) {
    }

    record ForwardForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请选择批办领导") String leader, String leaderName,
            @Size(max = 1000, message = "备注不能超过1000个字") String remark) {
    }

    record AssignForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请选择主办单位") String leadUnit, List<String> assistingUnits,
            @Size(max = 1000, message = "备注不能超过1000个字") String remark) {
    }

    @GetMapping
    List<LetterSummary> list(CurrentUser user, @RequestParam(required = false) LetterStatus status) {
        return handling.list(Actor.of(user), status);
    }

    @GetMapping("/{id}")
    LetterDetail detail(CurrentUser user, @PathVariable UUID id) {
        return handling.detail(Actor.of(user), id);
    }

    @PostMapping("/{id}/accept")
    LetterDetail accept(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody AcceptForm form) {
        return handling.accept(Actor.of(user), id, form.version(), form.type());
    }

    @PostMapping("/{id}/reject")
    LetterDetail reject(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody RejectForm form) {
        return handling.reject(Actor.of(user), id, form.version(), form.reason());
    }

    @PostMapping("/{id}/forward")
    LetterDetail forward(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ForwardForm form) {
        return handling.forward(Actor.of(user), id, form.version(), form.leader(), form.leaderName(), form.remark());
    }

    @PostMapping("/{id}/assign")
    LetterDetail assign(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody AssignForm form) {
        return handling.assign(Actor.of(user), id, form.version(), form.leadUnit(), form.assistingUnits(), form.remark());
    }
}
