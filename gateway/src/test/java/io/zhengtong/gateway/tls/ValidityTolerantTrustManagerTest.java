package io.zhengtong.gateway.tls;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Date;

import io.zhengtong.gateway.support.TestPki;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HTTPS listener's trust decision on client certificates, with the test PKI: only the validity
 * period of the user's own certificate is overlooked, nothing else.
 */
class ValidityTolerantTrustManagerTest {

	private final ValidityTolerantTrustManager trustManager = new ValidityTolerantTrustManager(
			TestPki.keyStore("truststore"));

	@Test
	void aValidCertificateFromOurCaIsAccepted() {
		assertThatNoException().isThrownBy(() -> check(TestPki.chain("alice")));
	}

	@Test
	void anExpiredCertificateFromOurCaIsAcceptedSoThatTheUserCanBeToldWhy() {
		X509Certificate[] chain = TestPki.chain("expired");
		assertThatThrownBy(chain[0]::checkValidity).isInstanceOf(CertificateExpiredException.class);

		assertThatNoException().isThrownBy(() -> check(chain));
	}

	@Test
	void anExpiredCertificateIsAcceptedAlsoWithoutItsCaInTheChain() {
		assertThatNoException().isThrownBy(() -> check(TestPki.certificate("expired")));
	}

	@Test
	void aCertificateFromOurCaThatIsNotValidYetIsAccepted() {
		X509Certificate[] chain = TestPki.chain("not-yet-valid");
		assertThatThrownBy(chain[0]::checkValidity).isInstanceOf(CertificateNotYetValidException.class);

		assertThatNoException().isThrownBy(() -> check(chain));
	}

	@Test
	void aValidCertificateFromAnotherCaWithTheSameNameIsRefused() {
		assertThatThrownBy(() -> check(TestPki.chain("other-ca"))).isInstanceOf(CertificateException.class);
	}

	@Test
	void anExpiredCertificateFromAnotherCaIsRefused() {
		assertThatThrownBy(() -> check(TestPki.chain("other-ca-expired"))).isInstanceOf(CertificateException.class);
		assertThatThrownBy(() -> check(TestPki.certificate("other-ca-expired")))
			.isInstanceOf(CertificateException.class);
	}

	@Test
	void aCertificateOfOurCaThatWasTamperedWithIsRefused() {
		X509Certificate[] chain = TestPki.chain("alice");
		chain[0] = tampered(chain[0], "alice", "alicf");

		assertThatThrownBy(() -> check(chain)).isInstanceOf(CertificateException.class);
	}

	@Test
	void anExpiredCertificateOfOurCaThatWasTamperedWithIsRefused() {
		X509Certificate[] chain = TestPki.chain("expired");
		chain[0] = tampered(chain[0], "zhang.wei", "zhang.wex");

		assertThatThrownBy(() -> check(chain)).isInstanceOf(CertificateException.class)
			.hasStackTraceContaining("Signature");
	}

	@Test
	void aCertificateOfOurCaNotMeantForTlsClientsIsRefused() {
		assertThatThrownBy(() -> check(TestPki.chain("server"))).isInstanceOf(CertificateException.class);
	}

	@Test
	void anExpiredCertificateOfOurCaNotMeantForTlsClientsIsRefusedToo() {
		assertThatThrownBy(() -> check(TestPki.chain("expired-wrong-usage"))).isInstanceOf(CertificateException.class)
			.hasMessageContaining("Extended key usage");
	}

	@Test
	void onlyALeafOutsideItsValidityIsEverCheckedAtAnotherMoment() {
		X509Certificate expired = TestPki.certificate("expired");
		X509Certificate notYetValid = TestPki.certificate("not-yet-valid");
		Date now = new Date();

		assertThat(ValidityTolerantTrustManager.momentInsideValidity(TestPki.certificate("alice"), now)).isNull();
		assertThat(ValidityTolerantTrustManager.momentInsideValidity(expired, now))
			.isEqualTo(new Date(expired.getNotAfter().getTime() - 1000));
		assertThat(ValidityTolerantTrustManager.momentInsideValidity(notYetValid, now))
			.isEqualTo(new Date(notYetValid.getNotBefore().getTime() + 1000));
	}

	@Test
	void theCertificateRequestStillNamesOnlyOurCa() {
		assertThat(this.trustManager.getAcceptedIssuers()).extracting(X509Certificate::getSubjectX500Principal)
			.extracting(Object::toString)
			.containsExactly("CN=Gateway Test CA");
	}

	private void check(X509Certificate... chain) throws CertificateException {
		this.trustManager.checkClientTrusted(chain, "RSA");
	}

	/** The certificate with {@code from} changed to {@code to} in its signed part: the signature no longer fits. */
	private static X509Certificate tampered(X509Certificate certificate, String from, String to) {
		try {
			byte[] der = certificate.getEncoded();
			byte[] search = from.getBytes(StandardCharsets.US_ASCII);
			int at = indexOf(der, search);
			assertThat(at).as("%s in the certificate", from).isNotNegative();
			System.arraycopy(to.getBytes(StandardCharsets.US_ASCII), 0, der, at, search.length);
			X509Certificate changed = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(der));
			assertThat(changed.getSubjectX500Principal().getName()).isEqualTo("CN=" + to);
			return changed;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int indexOf(byte[] data, byte[] search) {
		for (int i = 0; i + search.length <= data.length; i++) {
			if (Arrays.equals(data, i, i + search.length, search, 0, search.length)) {
				return i;
			}
		}
		return -1;
	}

}
