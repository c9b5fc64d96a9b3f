package io.zhengtong.exchange.signature;

import java.util.Objects;

import io.zhengtong.exchange.document.Text;

/** A file of a document as it is now (decrypted), to be signed or checked against its signature. */
public record DocumentFile(FileRole role, String name, byte[] content) {

    public DocumentFile {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        name = Text.normalise(name);
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a document file needs a name");
        }
    }

    public static DocumentFile body(String name, byte[] content) {
        return new DocumentFile(FileRole.BODY, name, content);
    }

    public static DocumentFile attachment(String name, byte[] content) {
        return new DocumentFile(FileRole.ATTACHMENT, name, content);
    }
}
