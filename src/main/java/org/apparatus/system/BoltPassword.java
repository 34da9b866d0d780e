package org.apparatus.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The password of the embedded Bolt connector's user {@value #USER}. Without one, any
 * process on the machine could read, change or delete the knowledge base over Bolt,
 * around the API's users, roles and limits. It is {@code apparatus.bolt-password} when
 * set; else the one kept in the store directory ({@value #FILE}, readable by its owner
 * only), generated on the first start; the application itself connects with it, and a
 * command with {@code --uri} to a {@code serve} on this machine reads it from there.
 */
public final class BoltPassword {

	/** The Neo4j user the application and its tools connect as. */
	public static final String USER = "neo4j";

	/** The file in the store directory that keeps the generated password. */
	public static final String FILE = "bolt-password";

	private BoltPassword() {
	}

	/** Where the password of the store in {@code store} is kept. */
	public static Path file(Path store) {
		return store.toAbsolutePath().normalize().resolve(FILE);
	}

	/** The password kept for the store in {@code store}, if it has one. */
	public static Optional<String> kept(Path store) {
		Path file = file(store);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the Bolt password in " + file, ex);
		}
	}

	/**
	 * The password to use for the store: the configured one, else the kept one, else a
	 * new one, kept in the store directory with owner-only permissions.
	 */
	static String of(ApparatusProperties properties) {
		@Nullable String configured = properties.boltPassword();
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		return kept(properties.store()).orElseGet(() -> generate(file(properties.store())));
	}

	private static String generate(Path file) {
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		try {
			Files.createDirectories(file.getParent());
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the Bolt password in " + file, ex);
		}
		return password;
	}

}
