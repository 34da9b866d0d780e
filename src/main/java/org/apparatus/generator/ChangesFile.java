package org.apparatus.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apparatus.system.SpreadsheetText;

/**
 * Writes the generated change events into {@value #FILE}, as export writes them: the
 * header, then the events ordered by date and code; UTF-8, RFC 4180, LF line ends; cells
 * that a spreadsheet would read as a formula escaped as export escapes them.
 */
final class ChangesFile {

	static final String FILE = "changes.csv";

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private ChangesFile() {
	}

	static void write(Path folder, List<ChangeEventRow> events) {
		try (var printer = new CSVPrinter(Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8),
				FORMAT)) {
			printer.printRecord(ChangeEventRow.COLUMNS);
			for (ChangeEventRow event : events.stream()
				.sorted(Comparator.comparing(ChangeEventRow::date).thenComparing(ChangeEventRow::code))
				.toList()) {
				printer.printRecord(event.cells().stream().map(SpreadsheetText::toCsv).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
