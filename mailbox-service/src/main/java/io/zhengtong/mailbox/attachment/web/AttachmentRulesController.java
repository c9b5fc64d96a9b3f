package io.zhengtong.mailbox.attachment.web;

import io.zhengtong.mailbox.attachment.AttachmentRules;
import io.zhengtong.mailbox.attachment.FileType;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The attachment rules as the website needs them for its first, name-based check and the letter
 * form's hint: the very values this service enforces on the content ({@link AttachmentRules}), so
 * the limits are configured in one place. Anonymous (a public path); may be cached a few minutes.
 */
@RestController
class AttachmentRulesController {

    /** One kind of file: its media type, the extensions its files end with (lower case, no dot), its Chinese label. */
    record AllowedType(String mediaType, List<String> extensions, String label) {

        static AllowedType of(FileType type) {
            return new AllowedType(type.mediaType(), type.extensions(), type.label());
        }
    }

    record PublicAttachmentRules(int maxFiles, long maxBytesPerFile, List<AllowedType> types) {

        static PublicAttachmentRules of(AttachmentRules rules) {
            return new PublicAttachmentRules(rules.maxFiles(), rules.maxFileSize().toBytes(),
                    rules.types().stream().map(AllowedType::of).toList());
        }
    }

    private final PublicAttachmentRules rules;

    AttachmentRulesController(AttachmentRules rules) {
        this.rules = PublicAttachmentRules.of(rules);
    }

    @GetMapping("/api/mailbox/public/attachment-rules")
    ResponseEntity<PublicAttachmentRules> rules() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(rules);
    }
}
