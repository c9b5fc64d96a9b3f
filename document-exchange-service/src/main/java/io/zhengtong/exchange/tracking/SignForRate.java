package io.zhengtong.exchange.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 签收率: copies signed for out of all copies delivered. A returned copy counts as not signed
 * for (it did not arrive in a usable state); the county's published 98% is measured this way.
 */
public record SignForRate(int signedFor, int delivered) {

    public SignForRate {
        if (signedFor < 0 || delivered < 0 || signedFor > delivered) {
            throw new IllegalArgumentException("impossible sign-for rate " + signedFor + "/" + delivered);
        }
    }

    /** Percent with one decimal, rounded half up; 0 when nothing was delivered. */
    public BigDecimal percent() {
        if (delivered == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(signedFor * 100L).divide(BigDecimal.valueOf(delivered), 1, RoundingMode.HALF_UP);
    }

    /** As the board shows it, e.g. “2/3（66.7%）”. */
    public String label() {
        return signedFor + "/" + delivered + "（" + percent().toPlainString() + "%）";
    }
}
