package io.zhengtong.exchange.document;

import java.time.LocalDate;
import java.util.List;

/** A typical county document to vary in tests. */
public final class Documents {

    public static final Organ GOV_OFFICE = new Organ("gov-office", "凤县人民政府办公室");
    public static final Organ CULTURE_TOURISM = new Organ("culture-tourism", "凤县文化和旅游局");
    public static final Organ EDUCATION = new Organ("education", "凤县教育局");
    public static final Organ FINANCE = new Organ("finance", "凤县财政局");

    private Documents() {
    }

    public static DocumentMetadata notice() {
        return notice("关于做好2026年春季森林防火工作的通知");
    }

    public static DocumentMetadata notice(String title) {
        return new DocumentMetadata(Classification.NON_CLASSIFIED, Urgency.URGENT, GOV_OFFICE,
                DocumentNumber.parse("凤政办〔2026〕12号"), List.of("王强"), title, List.of(CULTURE_TOURISM, EDUCATION),
                List.of(FINANCE), LocalDate.of(2026, 3, 2), GOV_OFFICE, LocalDate.of(2026, 3, 3), DisclosureMode.PROACTIVE);
    }

    /** The notice with some elements replaced. */
    public static DocumentMetadata with(DocumentMetadata d, Organ issuer, String title, List<Organ> main) {
        return new DocumentMetadata(d.classification(), d.urgency(), issuer, d.number(), d.signatories(), title, main,
                d.copyRecipients(), d.writtenOn(), d.printer(), d.printedOn(), d.disclosure());
    }
}
