package io.zhengtong.gateway.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.Provider;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.net.ssl.CertPathTrustManagerParameters;
import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.TrustManagerFactorySpi;
import javax.net.ssl.X509ExtendedTrustManager;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges the client certificates of the HTTPS listener: the standard PKIX trust manager of the
 * trust store, except that a chain refused <em>only</em> because its leaf certificate is outside
 * its validity period (expired, or not yet valid) is let through the handshake, so that the
 * gateway can tell the user so in words ({@code CertificateValidityFilter} answers every request
 * on such a connection with 403 and never routes it).
 * <p>
 * "Only" is decided by checking the chain again, with the same standard PKIX trust manager (same
 * trust anchors, same TLS client checks of key usage and extended key usage, same algorithm
 * constraints, revocation off as in the standard one), at a moment inside the leaf's validity
 * period. A certificate from another CA, a bad signature or a certificate not meant for TLS
 * clients still fails the handshake. A chain whose leaf is valid today but some other certificate
 * is not (an expired intermediate CA) is refused as well: the filter only looks at the leaf, so
 * every chain let through here must have a leaf outside its validity.
 */
final class ValidityTolerantTrustManager extends X509ExtendedTrustManager {

	private static final Logger log = LoggerFactory.getLogger(ValidityTolerantTrustManager.class);

	private static final String PKIX = "PKIX";

	private static final long ONE_SECOND = 1000;

	private final Set<TrustAnchor> trustAnchors;

	private final X509ExtendedTrustManager standard;

	ValidityTolerantTrustManager(KeyStore trustStore) {
		try {
			this.trustAnchors = Set.copyOf(new PKIXBuilderParameters(trustStore, null).getTrustAnchors());
			TrustManagerFactory factory = TrustManagerFactory.getInstance(PKIX);
			factory.init(trustStore);
			this.standard = single(factory);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot use the trust store for client certificates", ex);
		}
	}

	/** A trust manager factory handing out one of these (what Reactor Netty's SSL context builder takes). */
	static TrustManagerFactory factory(KeyStore trustStore) {
		return new Factory(new ValidityTolerantTrustManager(trustStore));
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		checkClient(chain, (manager) -> manager.checkClientTrusted(chain, authType, engine));
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		checkClient(chain, (manager) -> manager.checkClientTrusted(chain, authType, socket));
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		checkClient(chain, (manager) -> manager.checkClientTrusted(chain, authType));
	}

	private void checkClient(X509Certificate[] chain, Check check) throws CertificateException {
		try {
			check.with(this.standard);
		}
		catch (CertificateException refusal) {
			X509ExtendedTrustManager insideValidity = atMomentInsideValidity(chain, refusal);
			try {
				check.with(insideValidity);
			}
			catch (CertificateException stillRefused) {
				stillRefused.addSuppressed(refusal);
				throw stillRefused;
			}
			accepted(chain);
		}
	}

	/** The gateway is never the client on this listener: server certificates get the standard check. */
	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		this.standard.checkServerTrusted(chain, authType, engine);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		this.standard.checkServerTrusted(chain, authType, socket);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		this.standard.checkServerTrusted(chain, authType);
	}

	/** The CAs the server names in its certificate request (browsers offer only certificates they issued). */
	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return this.standard.getAcceptedIssuers();
	}

	/**
	 * The standard trust manager checking at a moment inside the leaf's validity period, if the
	 * chain was refused because of a validity period and the leaf is outside its own today.
	 * @throws CertificateException {@code refusal} for any other refusal
	 */
	private X509ExtendedTrustManager atMomentInsideValidity(X509Certificate @Nullable [] chain,
			CertificateException refusal) throws CertificateException {
		if (chain == null || chain.length == 0 || !isValidityFailure(refusal)) {
			throw refusal;
		}
		Date moment = momentInsideValidity(chain[0], new Date());
		if (moment == null) {
			throw refusal;
		}
		try {
			PKIXBuilderParameters parameters = new PKIXBuilderParameters(this.trustAnchors, null);
			parameters.setRevocationEnabled(false);
			parameters.setDate(moment);
			TrustManagerFactory factory = TrustManagerFactory.getInstance(PKIX);
			factory.init(new CertPathTrustManagerParameters(parameters));
			return single(factory);
		}
		catch (GeneralSecurityException ex) {
			refusal.addSuppressed(ex);
			throw refusal;
		}
	}

	/**
	 * A moment inside the leaf's validity period (a second before its end, or a second after its
	 * start), or null if the leaf is valid at {@code now} (then something else in the chain is
	 * out of date, which is not the user's certificate).
	 */
	static @Nullable Date momentInsideValidity(X509Certificate leaf, Date now) {
		long notBefore = leaf.getNotBefore().getTime();
		long notAfter = leaf.getNotAfter().getTime();
		if (now.getTime() > notAfter) {
			return new Date(Math.max(notBefore, notAfter - ONE_SECOND));
		}
		if (now.getTime() < notBefore) {
			return new Date(Math.min(notAfter, notBefore + ONE_SECOND));
		}
		return null;
	}

	/** Whether the refusal (or one of its causes) is about a validity period. */
	static boolean isValidityFailure(Throwable refusal) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = refusal; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof CertificateExpiredException || cause instanceof CertificateNotYetValidException) {
				return true;
			}
			if (cause instanceof CertPathValidatorException invalid
					&& (invalid.getReason() == BasicReason.EXPIRED || invalid.getReason() == BasicReason.NOT_YET_VALID)) {
				return true;
			}
		}
		return false;
	}

	private static void accepted(X509Certificate[] chain) {
		if (log.isDebugEnabled()) {
			log.debug("TLS handshake accepted with a client certificate outside its validity period "
					+ "(the request will be refused): subject {}, serial {}, valid {} to {}",
					chain[0].getSubjectX500Principal(), chain[0].getSerialNumber().toString(16),
					chain[0].getNotBefore().toInstant(), chain[0].getNotAfter().toInstant());
		}
	}

	private static X509ExtendedTrustManager single(TrustManagerFactory factory) throws KeyStoreException {
		for (TrustManager manager : factory.getTrustManagers()) {
			if (manager instanceof X509ExtendedTrustManager x509) {
				return x509;
			}
		}
		throw new KeyStoreException("No X.509 trust manager in " + factory.getAlgorithm());
	}

	@FunctionalInterface
	private interface Check {

		void with(X509ExtendedTrustManager manager) throws CertificateException;

	}

	private static final class Factory extends TrustManagerFactory {

		private static final Provider PROVIDER = new Provider("ZhengtongValidityTolerant", "1.0",
				"Client certificates outside their validity period get through the TLS handshake") {
		};

		Factory(ValidityTolerantTrustManager manager) {
			super(new TrustManagerFactorySpi() {

				@Override
				protected void engineInit(@Nullable KeyStore keyStore) {
				}

				@Override
				protected void engineInit(@Nullable ManagerFactoryParameters parameters) {
				}

				@Override
				protected TrustManager[] engineGetTrustManagers() {
					return new TrustManager[] { manager };
				}

			}, PROVIDER, PKIX);
		}

	}

}
