package io.zhengtong.exchange.sending;

import io.zhengtong.exchange.signature.FileRole;

/** A stored file's description (its content stays encrypted in the table). */
public record StoredFile(int position, FileRole role, String name, String mediaType, long size) {
}
