package org.apparatus.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules.md is where planners read what a rule means: every rule file has its section
 * there, with its severity in the summary table, and the document describes no rule that
 * does not exist.
 */
class RuleDocumentationTests {

	private static final Path RULES = Path.of("cypher/rules");

	private static final Path DOCUMENT = Path.of("docs/rules.md");

	@Test
	void everyRuleFileIsDocumentedAndEveryDocumentedRuleExists() throws IOException {
		List<Rule> rules = rules();
		assertThat(sections()).containsExactlyInAnyOrderElementsOf(rules.stream().map(Rule::id).toList());
	}

	@Test
	void theSummaryTableGivesEachRuleItsSeverity() throws IOException {
		String document = Files.readString(DOCUMENT);
		for (Rule rule : rules()) {
			assertThat(document).as(rule.id())
				.containsPattern("\\| \\[" + rule.id() + "\\]\\(#" + rule.id().toLowerCase() + "\\) \\| "
						+ rule.severity() + " \\|");
		}
	}

	private static List<Rule> rules() throws IOException {
		try (Stream<Path> files = Files.list(RULES)) {
			return files.filter(file -> file.toString().endsWith(".cypher"))
				.map(file -> RuleFileParser.parse(file.toString(), file.getFileName().toString().replace(".cypher", ""),
						read(file)))
				.toList();
		}
	}

	private static List<String> sections() throws IOException {
		Matcher headings = Pattern.compile("(?m)^### ([A-Z_]+)\\s*$").matcher(Files.readString(DOCUMENT));
		return headings.results().map(match -> match.group(1)).toList();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
