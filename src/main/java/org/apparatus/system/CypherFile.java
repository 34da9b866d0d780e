package org.apparatus.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cypher statements kept as files under the top-level {@code cypher/} folder (packed into
 * the jar at {@code classpath:cypher/}), so they can be read, run in Neo4j Browser and
 * changed without Java.
 */
public final class CypherFile {

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private CypherFile() {
	}

	/**
	 * The statement in {@code cypher/NAME.cypher}, e.g.
	 * {@code load("dataset/merge-agencies")}.
	 */
	public static String load(String name) {
		return CACHE.computeIfAbsent(name, CypherFile::read);
	}

	private static String read(String name) {
		String path = "cypher/" + name + ".cypher";
		try (InputStream in = CypherFile.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing Cypher file " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
