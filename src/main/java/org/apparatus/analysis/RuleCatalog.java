package org.apparatus.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every analysis rule: the files of {@code cypher/rules/} packed into the jar, then those
 * of {@code apparatus.analysis.rules-dir} if set. A file with a valid header is a rule,
 * without any Java change; a malformed one stops the application at start-up with the
 * file and line at fault.
 */
@Component
public class RuleCatalog {

	private final Map<String, Rule> rules;

	@Autowired
	RuleCatalog(AnalysisProperties properties) {
		this(properties.rulesDir());
	}

	/** The built-in rules and those of a folder (null for none). */
	public RuleCatalog(@Nullable Path extraDirectory) {
		List<Rule> found = new ArrayList<>(builtIn());
		if (extraDirectory != null) {
			found.addAll(fromDirectory(extraDirectory));
		}
		Map<String, Rule> byId = new LinkedHashMap<>();
		found.sort(Comparator.comparing(Rule::severity).thenComparing(Rule::id));
		for (Rule rule : found) {
			Rule before = byId.putIfAbsent(rule.id(), rule);
			if (before != null) {
				throw new InvalidRuleException(
						rule.source() + ":1: rule " + rule.id() + " is already defined by " + before.source());
			}
		}
		this.rules = byId;
	}

	/** All rules, by severity then id. */
	public List<Rule> rules() {
		return List.copyOf(this.rules.values());
	}

	public Optional<Rule> rule(String id) {
		return Optional.ofNullable(this.rules.get(id));
	}

	private static List<Rule> builtIn() {
		try {
			List<Rule> rules = new ArrayList<>();
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/rules/*.cypher")) {
				String name = resource.getFilename();
				// The first of a name on the class path wins, as for classes (a test
				// class path may hold two copies).
				if (name == null || !seen.add(name)) {
					continue;
				}
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				rules.add(RuleFileParser.parse("cypher/rules/" + name, name.replace(".cypher", ""), text));
			}
			return rules;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Rule> fromDirectory(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new InvalidRuleException(directory + ": apparatus.analysis.rules-dir is not a folder");
		}
		try (Stream<Path> files = Files.list(directory)) {
			List<Rule> rules = new ArrayList<>();
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".cypher")).sorted().toList()) {
				String name = file.getFileName().toString();
				rules.add(RuleFileParser.parse(file.toString(), name.replace(".cypher", ""),
						Files.readString(file, StandardCharsets.UTF_8)));
			}
			return rules;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
