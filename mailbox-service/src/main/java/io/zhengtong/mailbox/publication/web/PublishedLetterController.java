package io.zhengtong.mailbox.publication.web;

import io.zhengtong.mailbox.publication.LetterPublications;
import io.zhengtong.mailbox.publication.PublishedLetter;
import io.zhengtong.platform.paging.PageOf;
import io.zhengtong.platform.paging.PageQuery;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The published letters (选登) for everyone: only the masked public text. */
@RestController
@RequestMapping("/api/mailbox/public/published")
class PublishedLetterController {

    private final LetterPublications publications;

    PublishedLetterController(LetterPublications publications) {
        this.publications = publications;
    }

    @GetMapping
    PageOf<PublishedLetter> list(@Valid PageQuery paging) {
        return publications.published(paging);
    }

    @GetMapping("/{id}")
    PublishedLetter letter(@PathVariable UUID id) {
        return publications.published(id);
    }
}
