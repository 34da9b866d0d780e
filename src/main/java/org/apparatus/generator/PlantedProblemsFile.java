package org.apparatus.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apparatus.system.SpreadsheetText;

/**
 * The generator's answer key, {@code planted-problems.csv}: one row per planted problem,
 * codes separated by {@code ;}. Import ignores the file; analysis tests and benchmarks
 * read it back.
 */
public final class PlantedProblemsFile implements AutoCloseable {

	private static final List<String> COLUMNS = List.of("rule", "unit_codes", "agency_codes", "function_codes", "note");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final CSVPrinter printer;

	PlantedProblemsFile(Path file) {
		try {
			this.printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), FORMAT);
			this.printer.printRecord(COLUMNS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void write(PlantedProblem problem) {
		try {
			// Escaped as export escapes cells, so a spreadsheet shows them as text.
			this.printer.printRecord(Stream
				.of(problem.rule(), String.join(";", problem.unitCodes()), String.join(";", problem.agencyCodes()),
						String.join(";", problem.functionCodes()), problem.note())
				.map(SpreadsheetText::toCsv)
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads an answer key written by the generator. */
	public static List<PlantedProblem> read(Path file) {
		List<PlantedProblem> problems = new ArrayList<>();
		try (var parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
			for (CSVRecord r : parser) {
				problems.add(new PlantedProblem(cell(r, "rule"), split(cell(r, "unit_codes")),
						split(cell(r, "agency_codes")), split(cell(r, "function_codes")), cell(r, "note")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return problems;
	}

	private static String cell(CSVRecord record, String column) {
		return SpreadsheetText.fromCsv(record.get(column));
	}

	private static List<String> split(String cell) {
		return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(";"));
	}

	@Override
	public void close() {
		try {
			this.printer.close(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
