package io.zhengtong.exchange.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The elements of GB/T 9704-2012 that a dispatched document carries and its signature covers
 * (see {@code CanonicalDocument}). Complete by construction: a draft keeps its elements in its
 * own aggregate and builds this at dispatch, when the number has been allocated and the leader
 * has signed off. Text is normalised ({@link Text}); every problem is reported at once.
 *
 * @param classification 密级 (only non-classified exists)
 * @param urgency 紧急程度
 * @param issuer 发文机关
 * @param number 发文字号
 * @param signatories 签发人, in the printed order
 * @param title 标题
 * @param mainRecipients 主送机关, in the printed order
 * @param copyRecipients 抄送机关, in the printed order (may be empty)
 * @param writtenOn 成文日期
 * @param printer 印发机关
 * @param printedOn 印发日期
 * @param disclosure 公开方式
 */
public record DocumentMetadata(Classification classification, Urgency urgency, Organ issuer, DocumentNumber number,
        List<String> signatories, String title, List<Organ> mainRecipients, List<Organ> copyRecipients,
        LocalDate writtenOn, Organ printer, LocalDate printedOn, DisclosureMode disclosure) {

    public static final int MAX_TITLE_LENGTH = 200;

    public DocumentMetadata {
        List<InvalidDocumentMetadata.Problem> problems = new ArrayList<>();
        title = Text.normalise(title);
        signatories = signatories == null ? List.of() : signatories.stream().map(Text::normalise).toList();
        mainRecipients = mainRecipients == null ? List.of() : List.copyOf(mainRecipients);
        copyRecipients = copyRecipients == null ? List.of() : List.copyOf(copyRecipients);

        require(problems, classification, "classification", "请标注密级（非密）。");
        require(problems, urgency, "urgency", "请选择紧急程度（特急、加急或不标注）。");
        require(problems, issuer, "issuer", "发文机关不能为空。");
        require(problems, number, "number", "发文字号不能为空。");
        require(problems, writtenOn, "writtenOn", "成文日期不能为空。");
        require(problems, printer, "printer", "印发机关不能为空。");
        require(problems, printedOn, "printedOn", "印发日期不能为空。");
        require(problems, disclosure, "disclosure", "请选择公开方式：主动公开、依申请公开或不予公开。");
        if (title == null || title.isEmpty()) {
            problems.add(new InvalidDocumentMetadata.Problem("title", "标题不能为空。"));
        } else if (title.codePointCount(0, title.length()) > MAX_TITLE_LENGTH) {
            problems.add(new InvalidDocumentMetadata.Problem("title", "标题不能超过" + MAX_TITLE_LENGTH + "个字。"));
        }
        if (signatories.isEmpty()) {
            problems.add(new InvalidDocumentMetadata.Problem("signatories", "签发人不能为空。"));
        } else if (signatories.stream().anyMatch(name -> name == null || name.isEmpty() || name.length() > 20)) {
            problems.add(new InvalidDocumentMetadata.Problem("signatories", "签发人姓名不能为空，且不超过20个字。"));
        } else if (new HashSet<>(signatories).size() != signatories.size()) {
            problems.add(new InvalidDocumentMetadata.Problem("signatories", "签发人不能重复。"));
        }
        if (mainRecipients.isEmpty()) {
            problems.add(new InvalidDocumentMetadata.Problem("mainRecipients", "主送机关至少要有一个。"));
        }
        checkRecipients(problems, issuer, mainRecipients, copyRecipients);
        if (writtenOn != null && printedOn != null && printedOn.isBefore(writtenOn)) {
            problems.add(new InvalidDocumentMetadata.Problem("printedOn", "印发日期不能早于成文日期。"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentMetadata(problems);
        }
    }

    private static void require(List<InvalidDocumentMetadata.Problem> problems, Object value, String field, String message) {
        if (value == null) {
            problems.add(new InvalidDocumentMetadata.Problem(field, message));
        }
    }

    private static void checkRecipients(List<InvalidDocumentMetadata.Problem> problems, Organ issuer,
            List<Organ> main, List<Organ> copies) {
        Set<String> seen = new HashSet<>();
        for (Organ organ : main) {
            if (!seen.add(Objects.requireNonNull(organ, "主送机关").code())) {
                problems.add(new InvalidDocumentMetadata.Problem("mainRecipients", "主送机关“" + organ.name() + "”重复。"));
            }
        }
        Set<String> copySeen = new HashSet<>();
        for (Organ organ : copies) {
            if (seen.contains(Objects.requireNonNull(organ, "抄送机关").code())) {
                problems.add(new InvalidDocumentMetadata.Problem("copyRecipients", "“" + organ.name() + "”已是主送机关，不能再抄送。"));
            } else if (!copySeen.add(organ.code())) {
                problems.add(new InvalidDocumentMetadata.Problem("copyRecipients", "抄送机关“" + organ.name() + "”重复。"));
            }
        }
        if (issuer != null && (seen.contains(issuer.code()) || copySeen.contains(issuer.code()))) {
            problems.add(new InvalidDocumentMetadata.Problem("mainRecipients", "发文机关不能把公文发给自己。"));
        }
    }

    /** Every unit the document is delivered to: 主送 first, then 抄送, each once. */
    public List<Organ> recipients() {
        List<Organ> all = new ArrayList<>(mainRecipients);
        all.addAll(copyRecipients);
        return List.copyOf(all);
    }

    public boolean isAddressedTo(String unitCode) {
        return recipients().stream().anyMatch(organ -> organ.code().equals(unitCode));
    }
}
