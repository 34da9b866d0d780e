package org.apparatus.api;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic checks the password on every request; remembering good checks must never let
 * a wrong password in.
 */
class RememberedPasswordsTests {

	private final PasswordEncoder passwords = new RememberedPasswords(
			PasswordEncoderFactories.createDelegatingPasswordEncoder());

	private final String hash = this.passwords.encode("s3cret");

	@Test
	void bcryptPasswordsMatchAgainAndAgain() {
		assertThat(this.hash).startsWith("{bcrypt}");
		assertThat(this.passwords.matches("s3cret", this.hash)).isTrue();
		assertThat(this.passwords.matches("s3cret", this.hash)).isTrue();
	}

	@Test
	void aWrongPasswordIsRefusedAfterTheRightOneWasRemembered() {
		assertThat(this.passwords.matches("s3cret", this.hash)).isTrue();
		assertThat(this.passwords.matches("s3cret!", this.hash)).isFalse();
		assertThat(this.passwords.matches("", this.hash)).isFalse();
	}

	@Test
	void theRightPasswordForAnotherHashIsRefused() {
		assertThat(this.passwords.matches("s3cret", this.hash)).isTrue();
		assertThat(this.passwords.matches("s3cret", "{noop}other")).isFalse();
	}

	@Test
	void storedPasswordsAreNeverRewritten() {
		assertThat(this.passwords.upgradeEncoding("{noop}viewer")).isFalse();
	}

}
