package io.zhengtong.exchange.crypto;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one BouncyCastle provider instance, passed explicitly to every {@code getInstance}. It is
 * never added to {@code java.security.Security}: other code in the JVM keeps the JDK providers.
 */
public final class BouncyCastle {

    public static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
