package org.apparatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules depend on each other in one direction only: the command line on everything below it,
 * data sets on the registry, the registry on the system module, and nothing on the command line.
 */
class ModuleBoundaryTests {

	static final Map<String, Set<String>> ALLOWED = Map.of(
			"system", Set.of(),
			"registry", Set.of("api", "system"),
			"dataset", Set.of("registry", "system"),
			"generator", Set.of("dataset", "registry"),
			"analysis", Set.of("api", "registry", "system"),
			"api", Set.of(),
			"scenario", Set.of("analysis", "api", "registry", "system"),
			"report", Set.of("analysis", "api", "registry", "scenario", "system"),
			"cli", Set.of("analysis", "dataset", "generator", "registry", "report", "scenario", "system"));

	static final Pattern REFERENCE = Pattern.compile("org\\.apparatus\\.([a-z]+)\\.");

	@Test
	void everyModuleUsesOnlyTheModulesBelowIt() throws IOException {
		Path main = Path.of("src/main/java/org/apparatus");
		List<String> violations = new ArrayList<>();
		try (Stream<Path> modules = Files.list(main)) {
			for (Path module : modules.filter(Files::isDirectory).toList()) {
				String name = module.getFileName().toString();
				assertThat(ALLOWED).as("every module has a rule: " + name).containsKey(name);
				try (Stream<Path> sources = Files.walk(module)) {
					for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
						Matcher m = REFERENCE.matcher(Files.readString(source));
						while (m.find()) {
							String used = m.group(1);
							if (!used.equals(name) && !ALLOWED.get(name).contains(used)) {
								violations.add(main.relativize(source) + " uses " + used);
							}
						}
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}

}
