package org.apparatus.scenario;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scenario files come from planners' machines and over GraphQL: a hostile one is refused
 * with a clear problem, before it can cost memory or time, and never builds Java objects.
 * (Parsing happens before anything touches the store, so the store stays as it was.)
 */
class HostileScenarioFileTests {

	@Test
	void javaTypesAndGlobalTagsAreRefused() {
		assertProblem("""
				name: p
				changes:
				  - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x/"]]]]
				""", "Global tag is not allowed");
	}

	@Test
	void aliasBombsAreRefused() {
		StringBuilder bomb = new StringBuilder("name: p\na: &a [x, x, x, x, x, x, x, x, x]\n");
		for (char c = 'b'; c <= 'z'; c++) {
			char previous = (char) (c - 1);
			bomb.append(c)
				.append(": &")
				.append(c)
				.append(" [*")
				.append(previous)
				.append(", *")
				.append(previous)
				.append(", *")
				.append(previous)
				.append("]\n");
		}
		bomb.append("changes:\n  - dissolve: { agency: A }\n");
		assertProblem(bomb.toString(), "Number of aliases for non-scalar nodes exceeds the specified max");
	}

	@Test
	void deepNestingIsRefused() {
		assertProblem("name: p\nchanges: " + "[".repeat(100) + "]".repeat(100) + "\n", "Nesting Depth exceeded");
	}

	@Test
	void aFileTooLargeIsRefusedBeforeItIsParsed() {
		String longScalar = "name: p\ndescription: \"" + "x".repeat(ScenarioYaml.MAX_CHARACTERS) + "\"\n";
		assertThatThrownBy(() -> ScenarioYaml.read(longScalar)).isInstanceOfSatisfying(InvalidScenarioException.class,
				ex -> assertThat(ex.problems()).extracting(ScenarioProblem::toString)
					.singleElement()
					.asString()
					.isEqualTo("file: too large (" + longScalar.length()
							+ " characters): a scenario file has at most 1000000 characters"));
	}

	@Test
	void aKeyGivenTwiceIsAProblemNotALastOneWins() {
		assertProblem("""
				name: p
				name: q
				changes:
				  - dissolve: { agency: A }
				""", "found duplicate key name");
	}

	private static void assertProblem(String yaml, String message) {
		assertThatThrownBy(() -> ScenarioYaml.read(yaml)).isInstanceOfSatisfying(InvalidScenarioException.class,
				ex -> assertThat(ex.problems()).extracting(ScenarioProblem::toString)
					.singleElement()
					.asString()
					.contains("not valid YAML")
					.contains(message));
	}

}
