package org.apparatus.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Stable finding ids: the rule id and a hash of the rule's key columns (e.g. function and
 * unit for a DUPLICATE), so the same problem has the same id on every run, after a
 * re-import and in a scenario.
 */
final class FindingId {

	private FindingId() {
	}

	static String of(String rule, List<String> key) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(rule.getBytes(StandardCharsets.UTF_8));
			for (String part : key) {
				digest.update((byte) 0x1f);
				digest.update(part.getBytes(StandardCharsets.UTF_8));
			}
			return rule + "-" + HexFormat.of().formatHex(digest.digest(), 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
