package org.apparatus.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apparatus.system.SpreadsheetText;

/**
 * An exported data set as one file, in either of the two forms an upload reads
 * ({@link UploadedDataSet}): a ZIP of the CSV files exactly as {@code export} writes them
 * into a folder, or an XLSX workbook with one sheet per file (named as in
 * {@link DataSetTemplate}, the header in the first row, every cell a text cell, the
 * formula-like ones marked as text).
 */
public enum DataSetArchive {

	/** A ZIP of the CSV files. */
	ZIP("zip", "application/zip"),

	/** An XLSX workbook, one sheet per file. */
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String mediaType;

	DataSetArchive(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/** The file name extension, without the dot. */
	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The form a file name asks for ({@code .zip}, {@code .xlsx}), or null for a folder.
	 */
	public static @org.jspecify.annotations.Nullable DataSetArchive of(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (DataSetArchive archive : values()) {
			if (name.endsWith("." + archive.extension)) {
				return archive;
			}
		}
		return null;
	}

	/** Writes the data-set files of a folder that export wrote in this form. */
	void write(Path folder, OutputStream out) {
		try {
			if (this == ZIP) {
				zip(folder, out);
			}
			else {
				workbook(folder, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void zip(Path folder, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		for (DataSetFile file : DataSetFile.values()) {
			Path csv = folder.resolve(file.fileName());
			if (Files.exists(csv)) {
				ZipEntry entry = new ZipEntry(file.fileName());
				// the same store gives the same bytes
				entry.setTime(0);
				zip.putNextEntry(entry);
				Files.copy(csv, zip);
				zip.closeEntry();
			}
		}
		zip.finish();
	}

	private static void workbook(Path folder, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			SpreadsheetText.Cells cells = new SpreadsheetText.Cells(workbook);
			for (DataSetFile file : DataSetFile.values()) {
				Path csv = folder.resolve(file.fileName());
				if (!Files.exists(csv)) {
					continue;
				}
				Sheet sheet = workbook.createSheet(DataSetTemplate.sheetName(file));
				int r = 0;
				try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
					in.mark(1);
					if (in.read() != '\uFEFF') {
						in.reset();
					}
					for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
						Row row = sheet.createRow(r);
						for (int c = 0; c < record.size(); c++) {
							cells.text(row.createCell(c), SpreadsheetText.fromCsv(record.get(c)),
									r == 0 ? header : null);
						}
						r++;
					}
				}
				sheet.createFreezePane(0, 1);
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

}
