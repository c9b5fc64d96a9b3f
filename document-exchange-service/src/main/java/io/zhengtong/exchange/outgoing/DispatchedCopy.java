package io.zhengtong.exchange.outgoing;

import io.zhengtong.exchange.document.CopyNumber;
import io.zhengtong.exchange.document.Organ;

/** One recipient of a dispatched document with its 份号 (numbered 000001.. in printed order, 主送 first). */
public record DispatchedCopy(Organ recipient, RecipientKind kind, CopyNumber copyNumber) {
}
