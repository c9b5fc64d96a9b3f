package io.zhengtong.exchange.outgoing;

import java.util.List;

import io.zhengtong.exchange.document.Classification;
import io.zhengtong.exchange.document.DisclosureMode;
import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.document.Text;
import io.zhengtong.exchange.document.Urgency;

/**
 * What the clerk writes in a draft. The 密级 marking is read at once, so a document marked
 * 秘密/机密/绝密 is refused before it is ever stored ({@code ClassifiedDocumentRefused}, 422).
 * 发文字号, 签发人, 成文日期 and 印发日期 are not here: they come from 签发 and dispatch.
 *
 * @param classificationMarking the 密级 as typed (empty or 非密)
 * @param prefix 发文机关代字 for the number, e.g. 凤政办
 * @param printer 印发机关; {@code null} means the issuing unit itself
 */
public record DraftContent(String classificationMarking, Urgency urgency, String prefix, String title,
        List<Organ> mainRecipients, List<Organ> copyRecipients, Organ printer, DisclosureMode disclosure) {

    public DraftContent {
        classificationMarking = Classification.parse(classificationMarking).label();
        prefix = Text.normalise(prefix);
        title = Text.normalise(title);
        mainRecipients = mainRecipients == null ? List.of() : List.copyOf(mainRecipients);
        copyRecipients = copyRecipients == null ? List.of() : List.copyOf(copyRecipients);
    }

    public Classification classification() {
        return Classification.parse(classificationMarking);
    }
}
