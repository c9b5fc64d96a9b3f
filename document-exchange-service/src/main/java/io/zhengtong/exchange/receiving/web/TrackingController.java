package io.zhengtong.exchange.receiving.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.exchange.receiving.OutgoingTracking;
import io.zhengtong.exchange.receiving.TrackingView;
import io.zhengtong.platform.security.CurrentUser;

/** The sender's tracking board of an outgoing document (发文跟踪). */
@RestController
class TrackingController {

    private final OutgoingTracking tracking;

    TrackingController(OutgoingTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/api/exchange/outgoing/{id}/tracking")
    TrackingView board(CurrentUser user, @PathVariable UUID id) {
        return tracking.board(user, id);
    }
}
