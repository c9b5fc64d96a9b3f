package io.zhengtong.mailbox.notification.web;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.notification.ReadingNotifications;
import io.zhengtong.mailbox.notification.ReadingNotifications.NotificationLine;
import io.zhengtong.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LetterNotificationsController {

    private final ReadingNotifications reading;

    LetterNotificationsController(ReadingNotifications reading) {
        this.reading = reading;
    }

    @GetMapping("/api/mailbox/letters/{id}/notifications")
    List<NotificationLine> notifications(CurrentUser user, @PathVariable UUID id) {
        return reading.of(Actor.of(user), id);
    }
}
