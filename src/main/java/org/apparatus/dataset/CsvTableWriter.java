package org.apparatus.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apparatus.system.SpreadsheetText;
import org.jspecify.annotations.Nullable;

/**
 * Writes one data-set file: UTF-8 (an export starts with a byte-order mark, so that a
 * spreadsheet on a Windows PC shows Vietnamese diacritics), the file's header, RFC 4180
 * quoting, LF line ends, a formula-like text behind an apostrophe
 * ({@link SpreadsheetText#toCsv}, undone by import). Used by export and by the generator,
 * so every data set this program writes has the same shape.
 */
public final class CsvTableWriter implements AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final CSVPrinter printer;

	private final DataSetFile file;

	private final List<String> columns;

	private long rows;

	private CsvTableWriter(DataSetFile file, List<String> columns, BufferedWriter out, boolean byteOrderMark)
			throws IOException {
		this.file = file;
		this.columns = columns;
		if (byteOrderMark) {
			// A spreadsheet on a Windows PC reads the file as UTF-8 only with it; import
			// skips it.
			out.write(SpreadsheetText.BYTE_ORDER_MARK);
		}
		this.printer = new CSVPrinter(out, FORMAT);
		this.printer.printRecord(columns);
	}

	/** A file of a generated data set, without byte-order mark. */
	public static CsvTableWriter open(Path folder, DataSetFile file) {
		return open(folder, file, file.columns(), false);
	}

	/**
	 * A file with the given columns, in this order (a data set of one day has no
	 * periods), with a byte-order mark first if asked for (an export, which people open
	 * in a spreadsheet).
	 */
	public static CsvTableWriter open(Path folder, DataSetFile file, List<String> columns, boolean byteOrderMark) {
		try {
			Files.createDirectories(folder);
			return new CsvTableWriter(file, columns,
					Files.newBufferedWriter(folder.resolve(file.fileName()), StandardCharsets.UTF_8), byteOrderMark);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + folder.resolve(file.fileName()), ex);
		}
	}

	/**
	 * One row, cells in the order of the file's columns; null is an empty cell.
	 */
	public void row(@Nullable Object... cells) {
		if (cells.length != this.columns.size()) {
			throw new IllegalArgumentException(
					this.file.fileName() + " has " + this.columns.size() + " columns, not " + cells.length);
		}
		try {
			for (Object cell : cells) {
				this.printer.print(cell == null ? "" : SpreadsheetText.toCsv(cell.toString()));
			}
			this.printer.println();
			this.rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public long rows() {
		return this.rows;
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
