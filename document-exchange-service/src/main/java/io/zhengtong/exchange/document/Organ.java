package io.zhengtong.exchange.document;

/**
 * An authority named on a document (发文机关, 主送机关, 抄送机关, 印发机关): the unit's code in the
 * organisation directory (e.g. {@code gov-office}) and its full or standard short name as printed.
 */
public record Organ(String code, String name) {

    public Organ {
        code = Text.normalise(code);
        name = Text.normalise(name);
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw InvalidDocumentMetadata.of("code", "机关代码“" + code + "”无效（小写字母、数字和连字符）。");
        }
        if (name == null || name.isEmpty()) {
            throw InvalidDocumentMetadata.of("name", "机关名称不能为空。");
        }
    }
}
