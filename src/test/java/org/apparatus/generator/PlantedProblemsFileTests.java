package org.apparatus.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer key is a CSV file a person may open in a spreadsheet: a cell that would read
 * as a formula is written as text, and read back unchanged.
 */
class PlantedProblemsFileTests {

	@Test
	void aFormulaLikeNoteIsWrittenAsTextAndReadBackUnchanged(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("planted-problems.csv");
		var problem = new PlantedProblem("DUPLICATE", List.of("P01"), List.of("A", "B"), List.of("F"),
				"=HYPERLINK(\"http://example.org\")");
		try (var key = new PlantedProblemsFile(file)) {
			key.write(problem);
		}
		assertThat(Files.readString(file)).contains("\"'=HYPERLINK(\"\"http://example.org\"\")\"");
		assertThat(PlantedProblemsFile.read(file)).containsExactly(problem);
	}

}
