package io.zhengtong.exchange.reminding.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.exchange.receiving.TrackingView;
import io.zhengtong.exchange.reminding.RemindingRecipients;
import io.zhengtong.platform.security.CurrentUser;

/** 人工催办 by the sending unit, from its tracking board. */
@RestController
class RemindersController {

    /** {@code recipients}: unit codes, null or empty for every copy still pending; {@code message}: optional. */
    record ReminderRequest(List<String> recipients, String message) {
    }

    private final RemindingRecipients reminding;

    RemindersController(RemindingRecipients reminding) {
        this.reminding = reminding;
    }

    @PostMapping("/api/exchange/outgoing/{id}/reminders")
    TrackingView remind(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) ReminderRequest request) {
        return reminding.remind(user, id, request == null ? null : request.recipients(),
                request == null ? null : request.message());
    }
}
