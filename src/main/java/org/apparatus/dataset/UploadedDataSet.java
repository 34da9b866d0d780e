package org.apparatus.dataset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apparatus.system.SpreadsheetText;
import org.jspecify.annotations.Nullable;

/**
 * A data set uploaded as one file: a ZIP of the CSV folder (the files found by name, in
 * any folder of the archive) or an XLSX workbook with one sheet per file (named
 * {@code agencies} or {@code agencies.csv}, header in the first row), as
 * {@link DataSetTemplate} writes it. The workbook's sheets are read as their CSV files, a
 * sheet's row n being the file's line n, so every problem names the sheet's row and
 * column; a sheet with its header only is left out (an import deletes nothing it does not
 * name). The content is read into memory at once; the import then checks it like a
 * folder.
 */
public final class UploadedDataSet implements DataSetSource {

	/** The largest file an uploaded data set may unpack to, in bytes. */
	public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

	private final String name;

	private final Map<DataSetFile, byte[]> files;

	private UploadedDataSet(String name, Map<DataSetFile, byte[]> files) {
		this.name = name;
		this.files = files;
	}

	/**
	 * Reads an upload by its file name: {@code .zip} or {@code .xlsx}; anything else is
	 * refused with a problem that says so.
	 */
	public static UploadedDataSet read(String fileName, byte[] content) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		try {
			if (lower.endsWith(".zip")) {
				return zip(fileName, content);
			}
			if (lower.endsWith(".xlsx")) {
				return workbook(fileName, content);
			}
		}
		catch (IOException | RuntimeException ex) {
			throw refused(fileName,
					"cannot be read as " + (lower.endsWith(".zip") ? "a ZIP archive" : "an XLSX workbook") + ": "
							+ (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
		}
		throw refused(fileName, "is neither a ZIP of the CSV files nor an XLSX workbook (.zip or .xlsx)");
	}

	private static InvalidDataSetException refused(String fileName, String message) {
		return new InvalidDataSetException(fileName, List.of(new DataSetProblem(fileName, 0, null, message)));
	}

	private static UploadedDataSet zip(String name, byte[] content) throws IOException {
		Map<DataSetFile, byte[]> files = new EnumMap<>(DataSetFile.class);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String entryName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
				DataSetFile file = file(entryName);
				if (file == null || entry.isDirectory() || entry.getName().contains("__MACOSX")) {
					continue;
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				byte[] buffer = new byte[8192];
				int read;
				while ((read = zip.read(buffer)) != -1) {
					out.write(buffer, 0, read);
					if (out.size() > MAX_FILE_BYTES) {
						throw refused(name + "/" + entry.getName(),
								"unpacks to more than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
					}
				}
				files.put(file, out.toByteArray());
			}
		}
		if (files.isEmpty()) {
			throw refused(name, "holds none of the data set's files (" + fileNames() + ")");
		}
		return new UploadedDataSet(name, files);
	}

	private static UploadedDataSet workbook(String name, byte[] content) throws IOException {
		Map<DataSetFile, byte[]> files = new EnumMap<>(DataSetFile.class);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			for (Sheet sheet : workbook) {
				String sheetName = sheet.getSheetName().strip();
				DataSetFile file = file(sheetName.endsWith(".csv") ? sheetName : sheetName + ".csv");
				if (file != null && sheet.getLastRowNum() > 0) {
					files.put(file, csv(sheet));
				}
			}
		}
		if (files.isEmpty()) {
			throw refused(name, "has none of the data set's sheets (" + fileNames() + ")");
		}
		return new UploadedDataSet(name, files);
	}

	/**
	 * A sheet as its CSV file: row n is line n, up to the last row with a value; each
	 * cell's text as export writes it into a CSV file ({@link SpreadsheetText#toCsv}).
	 */
	private static byte[] csv(Sheet sheet) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		int width = 0;
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			if (row != null) {
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					// a sheet holds the text itself: escaped as the CSV file holds it, so
					// that the CSV reader's unescaping gives it back exactly ('=x stays
					// '=x)
					cells.add(SpreadsheetText.toCsv(text(row.getCell(c))));
				}
			}
			while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			if (r == 0) {
				width = cells.size();
			}
			rows.add(cells);
		}
		while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
			rows.remove(rows.size() - 1);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
			for (List<String> cells : rows) {
				List<String> padded = new ArrayList<>(cells);
				while (padded.size() < width) {
					padded.add("");
				}
				printer.printRecord(padded);
			}
		}
		return out.toByteArray();
	}

	private static String text(@Nullable Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue().strip();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case NUMERIC -> {
				if (DateUtil.isCellDateFormatted(cell)) {
					yield cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
				}
				double value = cell.getNumericCellValue();
				yield value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
						: String.valueOf(value);
			}
			default -> "";
		};
	}

	private static @Nullable DataSetFile file(String fileName) {
		for (DataSetFile file : DataSetFile.values()) {
			if (file.fileName().equalsIgnoreCase(fileName)) {
				return file;
			}
		}
		return null;
	}

	private static String fileNames() {
		return String.join(", ", java.util.Arrays.stream(DataSetFile.values()).map(DataSetFile::fileName).toList());
	}

	/** The data set's files found in the upload. */
	public List<DataSetFile> files() {
		return List.copyOf(this.files.keySet());
	}

	@Override
	public @Nullable InputStream open(DataSetFile file) {
		byte[] content = this.files.get(file);
		return content == null ? null : new ByteArrayInputStream(content);
	}

	@Override
	public String describe() {
		return this.name;
	}

}
