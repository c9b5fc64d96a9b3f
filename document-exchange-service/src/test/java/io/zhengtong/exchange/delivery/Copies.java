package io.zhengtong.exchange.delivery;

import static io.zhengtong.exchange.document.Documents.CULTURE_TOURISM;
import static io.zhengtong.exchange.document.Documents.GOV_OFFICE;
import static io.zhengtong.exchange.workflow.People.ZHU_HONG;

import java.time.Instant;
import java.util.UUID;

import io.zhengtong.exchange.document.CopyNumber;
import io.zhengtong.exchange.document.DocumentNumber;
import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.exchange.outgoing.Drafts;
import io.zhengtong.exchange.outgoing.RecipientKind;

/** Copies of gov-office's notice as recipients hold them. */
public final class Copies {

    public static final UUID DOCUMENT = UUID.fromString("3f1c2b7e-0000-4000-8000-000000000012");
    public static final String DIGEST = "9f2a";

    private Copies() {
    }

    public static DeliveryNotice notice(Organ recipient, int copy, Urgency urgency) {
        return new DeliveryNotice(DOCUMENT, GOV_OFFICE, recipient, copy == 1 ? RecipientKind.MAIN : RecipientKind.COPY,
                new CopyNumber(copy), DocumentNumber.parse("凤政办〔2026〕12号"), "关于做好2026年春季森林防火工作的通知",
                urgency, DIGEST);
    }

    public static DeliveryNotice toCultureTourism() {
        return notice(CULTURE_TOURISM, 1, Urgency.URGENT);
    }

    /** The culture bureau's copy brought to {@code status} by its clerk 朱红, events drained. */
    public static Delivery in(DeliveryStatus status, Instant deliveredAt) {
        Delivery delivery = Delivery.deliver(toCultureTourism(), deliveredAt);
        switch (status) {
            case DELIVERED -> { }
            case READ -> delivery.open(ZHU_HONG, deliveredAt.plusSeconds(60));
            case SIGNED_FOR -> delivery.signFor(ZHU_HONG, Drafts.valid(deliveredAt), deliveredAt.plusSeconds(120));
            case RETURNED -> delivery.returnToSender(ZHU_HONG, "非我局职责范围", deliveredAt.plusSeconds(120));
        }
        delivery.pullEvents();
        return delivery;
    }
}
