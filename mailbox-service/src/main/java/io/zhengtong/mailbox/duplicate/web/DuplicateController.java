package io.zhengtong.mailbox.duplicate.web;

import io.zhengtong.mailbox.dispatch.HandlingLetters.LetterDetail;
import io.zhengtong.mailbox.duplicate.MergingDuplicates;
import io.zhengtong.mailbox.duplicate.MergingDuplicates.DuplicateCandidate;
import io.zhengtong.mailbox.letter.Actor;
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
import org.springframework.web.bind.annotation.RestController;

/** Duplicate letters: the look-alikes of a letter, and merging one into its original. */
@RestController
@RequestMapping("/api/mailbox/letters")
class DuplicateController {

    private final MergingDuplicates merging;

    DuplicateController(MergingDuplicates merging) {
        this.merging = merging;
    }

    record MergeForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请填写原信件的查询码") String intoTrackingCode,
            @Size(max = 1000, message = "备注不能超过1000个字") String remark) {
    }

    @GetMapping("/{id}/duplicates")
    List<DuplicateCandidate> duplicates(CurrentUser user, @PathVariable UUID id) {
        return merging.candidates(Actor.of(user), id);
    }

    @PostMapping("/{id}/merge")
    LetterDetail merge(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody MergeForm form) {
        return merging.merge(Actor.of(user), id, form.version(), form.intoTrackingCode(), form.remark());
    }
}
