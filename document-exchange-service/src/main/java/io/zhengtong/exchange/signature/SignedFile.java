package io.zhengtong.exchange.signature;

import io.zhengtong.exchange.crypto.HashAlgorithm;

/** What a signature says about one file: its role, name, size in bytes and hash (lower-case hex). */
public record SignedFile(FileRole role, String name, long size, String digest) {

    public static SignedFile of(DocumentFile file, HashAlgorithm hash) {
        return new SignedFile(file.role(), file.name(), file.content().length, hash.hex(file.content()));
    }
}
