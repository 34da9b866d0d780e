package org.apparatus.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apparatus.system.SpreadsheetText;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSV files of a data set (RFC 4180, UTF-8, header row, optional byte-order
 * mark as spreadsheets write it; the apostrophe export puts before a formula-like text
 * dropped, {@link SpreadsheetText#fromCsv}). Unknown extra columns are ignored, a missing
 * optional column reads as empty cells; a missing required column, bad UTF-8 or broken
 * quoting is a problem of the file, reported with its line.
 */
final class CsvTableReader {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	/** The longest text a cell may hold: far above any real name, title or note. */
	static final int MAX_CELL = 4000;

	private CsvTableReader() {
	}

	record Tables(Map<DataSetFile, List<CsvRow>> rows, List<DataSetProblem> problems, int filesFound) {

		List<CsvRow> of(DataSetFile file) {
			return this.rows.getOrDefault(file, List.of());
		}

	}

	static Tables read(DataSetSource source) {
		Map<DataSetFile, List<CsvRow>> rows = new EnumMap<>(DataSetFile.class);
		List<DataSetProblem> problems = new ArrayList<>();
		int found = 0;
		for (DataSetFile file : DataSetFile.values()) {
			try (InputStream in = source.open(file)) {
				if (in == null) {
					continue;
				}
				found++;
				rows.put(file, readFile(file, in, problems));
			}
			catch (IOException ex) {
				problems.add(new DataSetProblem(file.fileName(), 0, null, "cannot be read: " + ex.getMessage()));
			}
		}
		return new Tables(rows, problems, found);
	}

	private static List<CsvRow> readFile(DataSetFile file, InputStream in, List<DataSetProblem> problems)
			throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		List<CsvRow> rows = new ArrayList<>();
		Reader reader = new InputStreamReader(in, decoder);
		reader = skipByteOrderMark(reader);
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			List<String> header = parser.getHeaderNames();
			List<String> missing = file.requiredColumns().stream().filter(column -> !header.contains(column)).toList();
			if (!missing.isEmpty() && header.size() == 1 && header.get(0).contains(";")) {
				problems.add(new DataSetProblem(file.fileName(), 1, null,
						"is separated by ';', not ',': save it as \"CSV UTF-8 (comma delimited)\""));
				return rows;
			}
			if (!missing.isEmpty()) {
				missing.forEach(column -> problems
					.add(new DataSetProblem(file.fileName(), 1, column, "missing column \"" + column + "\"")));
				return rows;
			}
			long previousEnd = 1;
			try {
				for (CSVRecord record : parser) {
					int line = (int) previousEnd + 1;
					previousEnd = parser.getCurrentLineNumber();
					Map<String, String> cells = new HashMap<>();
					for (String column : file.columns()) {
						String value = SpreadsheetText
							.fromCsv(record.isMapped(column) && record.isSet(column) ? record.get(column) : "");
						String wrong = unfitText(value);
						if (wrong != null) {
							problems.add(new DataSetProblem(file.fileName(), line, column, wrong));
						}
						cells.put(column, value);
					}
					rows.add(new CsvRow(file, line, cells));
				}
			}
			catch (UncheckedIOException ex) {
				int line = (int) parser.getCurrentLineNumber() + 1;
				String message = ex.getCause() instanceof java.nio.charset.CharacterCodingException
						? "is not valid UTF-8 (save it as CSV UTF-8)" : "malformed CSV: " + ex.getCause().getMessage();
				problems.add(new DataSetProblem(file.fileName(), line, null, message));
			}
		}
		catch (IllegalArgumentException ex) {
			problems.add(new DataSetProblem(file.fileName(), 1, null, "malformed header: " + ex.getMessage()));
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			problems.add(new DataSetProblem(file.fileName(), 0, null, "is not valid UTF-8"));
		}
		return rows;
	}

	/**
	 * What is wrong with a cell's text as text, or null: longer than {@value #MAX_CELL}
	 * characters (a 5 MB name made every workbook fail), or holding a control character
	 * (an escape sequence reaches the terminal that prints it; line breaks and tabs are
	 * text).
	 */
	static @Nullable String unfitText(String value) {
		if (value.length() > MAX_CELL) {
			return "is " + value.length() + " characters long; a cell holds at most " + MAX_CELL;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
			if (control) {
				return String.format("holds the control character U+%04X at character %d; remove it", (int) c, i + 1);
			}
		}
		return null;
	}

	private static Reader skipByteOrderMark(Reader reader) throws IOException {
		var pushback = new java.io.PushbackReader(reader, 1);
		int first = pushback.read();
		if (first != -1 && first != '\uFEFF') {
			pushback.unread(first);
		}
		return pushback;
	}

}
