package io.zhengtong.gateway.session;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CookieCipherTest {

	private static final String KEY = "a-shared-session-key-for-tests";

	private final CookieCipher cipher = CookieCipher.fromSecret(KEY);

	@Test
	void aSealedValueOpensToTheSamePlaintext() {
		String sealed = this.cipher.seal("ZT_SESSION", "张伟的登录".getBytes(StandardCharsets.UTF_8));

		assertThat(this.cipher.open("ZT_SESSION", sealed)).hasValueSatisfying(
				(plain) -> assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("张伟的登录"));
	}

	@Test
	void sealingTheSameValueTwiceGivesDifferentCookies() {
		byte[] plain = "same".getBytes(StandardCharsets.UTF_8);

		assertThat(this.cipher.seal("ZT_SESSION", plain)).isNotEqualTo(this.cipher.seal("ZT_SESSION", plain));
	}

	@Test
	void aSealedValueIsCookieSafe() {
		String sealed = this.cipher.seal("ZT_SESSION", new byte[500]);

		assertThat(sealed).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void anyChangedCharacterMakesTheValueUnreadable() {
		String sealed = this.cipher.seal("ZT_SESSION", "payload".getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < sealed.length(); i++) {
			char changed = (sealed.charAt(i) == 'A') ? 'B' : 'A';
			String tampered = sealed.substring(0, i) + changed + sealed.substring(i + 1);

			assertThat(this.cipher.open("ZT_SESSION", tampered)).as("changed at %d", i).isEmpty();
		}
	}

	@Test
	void aTruncatedOrGarbageValueIsUnreadable() {
		String sealed = this.cipher.seal("ZT_SESSION", "payload".getBytes(StandardCharsets.UTF_8));

		assertThat(this.cipher.open("ZT_SESSION", sealed.substring(0, sealed.length() - 1))).isEmpty();
		assertThat(this.cipher.open("ZT_SESSION", "")).isEmpty();
		assertThat(this.cipher.open("ZT_SESSION", "not base64 at all!")).isEmpty();
	}

	@Test
	void aValueSealedForOneCookieDoesNotOpenAsAnother() {
		String tokens = this.cipher.seal("ZT_TOKENS", "payload".getBytes(StandardCharsets.UTF_8));

		assertThat(this.cipher.open("ZT_SESSION", tokens)).isEmpty();
	}

	@Test
	void anotherReplicaWithTheSameKeyOpensTheValue() {
		CookieCipher otherReplica = CookieCipher.fromSecret(KEY);
		String sealed = this.cipher.seal("ZT_SESSION", "payload".getBytes(StandardCharsets.UTF_8));

		assertThat(otherReplica.open("ZT_SESSION", sealed)).isPresent();
	}

	@Test
	void aGatewayWithAnotherKeyCannotOpenTheValue() {
		String sealed = this.cipher.seal("ZT_SESSION", "payload".getBytes(StandardCharsets.UTF_8));

		assertThat(CookieCipher.fromSecret("a-different-key-entirely").open("ZT_SESSION", sealed)).isEmpty();
		assertThat(CookieCipher.withRandomKey().open("ZT_SESSION", sealed)).isEmpty();
	}

	@Test
	void aShortKeyIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CookieCipher.fromSecret("too-short"));
	}

}
