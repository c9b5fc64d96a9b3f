package io.zhengtong.mailbox.publication.web;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.publication.LetterPublications;
import io.zhengtong.mailbox.publication.LetterPublications.PublicationView;
import io.zhengtong.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 选登 for the mailbox's dispatcher: preview the public text, publish, take down. */
@RestController
@RequestMapping("/api/mailbox/letters/{id}")
class PublicationController {

    private final LetterPublications publications;

    PublicationController(LetterPublications publications) {
        this.publications = publications;
    }

    record PublishForm(@NotNull(message = "请提供信件版本号") Long version) {
    }

    record UnpublishForm(@NotNull(message = "请提供信件版本号") Long version,
            @NotBlank(message = "请填写撤下的理由") @Size(max = 1000, message = "理由不能超过1000个字") String reason) {
    }

    /** Whether the letter is published or may be, and its public text (as published, or as it would be). */
    @GetMapping("/publication")
    PublicationView publication(CurrentUser user, @PathVariable UUID id) {
        return publications.view(Actor.of(user), id);
    }

    @PostMapping("/publish")
    PublicationView publish(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody PublishForm form) {
        return publications.publish(Actor.of(user), id, form.version());
    }

    @PostMapping("/unpublish")
    PublicationView unpublish(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody UnpublishForm form) {
        return publications.unpublish(Actor.of(user), id, form.version(), form.reason());
    }
}
