package org.apparatus.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers which password matched which stored hash, so that a stateless HTTP Basic
 * client does not pay a bcrypt (or scrypt, argon2) check on each of its requests: those
 * hashes are slow on purpose, about 50 ms of CPU each, more than a planner query. Only
 * successful checks are remembered, as a SHA-256 of password and hash (never the password
 * itself), for a bounded number of recent pairs; a changed password or hash simply
 * misses.
 */
final class RememberedPasswords implements PasswordEncoder {

	private static final int REMEMBERED = 256;

	private final PasswordEncoder delegate;

	private final Map<String, Boolean> matched = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > REMEMBERED;
		}
	});

	RememberedPasswords(PasswordEncoder delegate) {
		this.delegate = delegate;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		String key = digest(rawPassword, encodedPassword);
		if (this.matched.containsKey(key)) {
			return true;
		}
		boolean matches = this.delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			this.matched.put(key, Boolean.TRUE);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return false;
	}

	private static String digest(CharSequence rawPassword, String encodedPassword) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
