package org.apparatus.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.AgencyStatus;
import org.apparatus.registry.ChangeKind;
import org.apparatus.registry.MandateKind;
import org.apparatus.registry.ReportingLineKind;
import org.apparatus.registry.Role;
import org.apparatus.registry.Sector;
import org.apparatus.registry.UnitKind;

/**
 * The data set as an XLSX workbook to fill in: one sheet per file, named as the file
 * without {@code .csv}, its columns as the header row, the enumerated columns with a
 * drop-down list of their values, and a first sheet that explains every column.
 * {@link UploadedDataSet} reads it back.
 */
public final class DataSetTemplate {

	/** Rows offered with a drop-down list below the header. */
	static final int ROWS = 1000;

	private static final Map<String, String> MEANING = Map.ofEntries(Map.entry("code", "mã duy nhất / unique code"),
			Map.entry("name", "tên tiếng Việt / Vietnamese name"),
			Map.entry("name_en", "tên tiếng Anh (không bắt buộc) / English name (optional)"),
			Map.entry("level", "cấp / level"), Map.entry("parent_code", "mã cấp trên / code of the parent"),
			Map.entry("valid_from", "hiệu lực từ ngày (YYYY-MM-DD) / valid from"),
			Map.entry("valid_to", "hết hiệu lực từ ngày (YYYY-MM-DD) / valid until"),
			Map.entry("cofog", "mã COFOG (không bắt buộc) / COFOG code (optional)"), Map.entry("kind", "loại / kind"),
			Map.entry("number", "số hiệu văn bản / instrument number"), Map.entry("title", "trích yếu / title"),
			Map.entry("issuer", "cơ quan ban hành / issuer"), Map.entry("issued_on", "ngày ban hành / issued on"),
			Map.entry("effective_from", "ngày có hiệu lực / in force from"),
			Map.entry("repealed_on", "ngày hết hiệu lực / repealed on"),
			Map.entry("replaced_by", "mã văn bản thay thế / code of the replacing instrument"),
			Map.entry("sector", "khối / sector"), Map.entry("admin_unit_code", "mã địa bàn / code of the unit"),
			Map.entry("status", "tình trạng / status"), Map.entry("staff_quota", "biên chế (số) / staff quota"),
			Map.entry("agency_code", "mã cơ quan / agency code"),
			Map.entry("superior_code", "mã cơ quan cấp trên / superior's code"),
			Map.entry("line", "loại quan hệ / kind of reporting line"),
			Map.entry("function_code", "mã chức năng, nhiệm vụ / function code"), Map.entry("role", "vai trò / role"),
			Map.entry("mandate_code", "mã văn bản căn cứ / instrument code"),
			Map.entry("article", "điều, khoản / article"), Map.entry("date", "ngày / day"),
			Map.entry("from_codes", "mã trước thay đổi, cách nhau bởi ; / codes before, separated by ;"),
			Map.entry("to_codes", "mã sau thay đổi, cách nhau bởi ; / codes after, separated by ;"),
			Map.entry("function_codes", "mã chức năng được chuyển, cách nhau bởi ; / functions moved"),
			Map.entry("note", "ghi chú / note"),
			Map.entry("unit_kinds", "loại đơn vị mà quy định áp dụng, cách nhau bởi ; (để trống: mọi đơn vị của cấp) "
					+ "/ kinds of unit the rule addresses, separated by ; (empty: every unit of the level)"));

	/** Meanings of a column that means something else in another file. */
	private static final Map<String, String> UNIT_KIND = Map.of("kind",
			"loại đơn vị: tỉnh, thành phố trực thuộc trung ương; huyện, quận, thị xã, thành phố thuộc tỉnh; "
					+ "xã, phường, thị trấn, đặc khu (để trống: chưa rõ) / kind of unit (empty: unknown)");

	private DataSetTemplate() {
	}

	/** The template as the bytes of an XLSX file. */
	public static byte[] write() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			Sheet guide = workbook.createSheet("huong-dan");
			int g = 0;
			Row title = guide.createRow(g++);
			title.createCell(0)
				.setCellValue("Mẫu bộ dữ liệu: mỗi trang tính là một tệp, dòng 1 là tiêu đề cột. "
						+ "Data set template: one sheet per file, row 1 the column headers.");
			Row head = guide.createRow(g++);
			List.of("sheet", "column", "meaning", "values").forEach(h -> {
				head.createCell(head.getPhysicalNumberOfCells()).setCellValue(h);
			});
			head.forEach(c -> c.setCellStyle(header));
			// The enumerations, one column each, which the drop-down lists refer to (an
			// explicit list is limited to 255 characters).
			Sheet lists = workbook.createSheet("lists");
			Map<String, String> ranges = new java.util.HashMap<>();
			for (DataSetFile file : DataSetFile.values()) {
				String sheetName = sheetName(file);
				Sheet sheet = workbook.createSheet(sheetName);
				Row row = sheet.createRow(0);
				DataValidationHelper validation = sheet.getDataValidationHelper();
				for (int c = 0; c < file.columns().size(); c++) {
					String column = file.columns().get(c);
					row.createCell(c).setCellValue(column);
					row.getCell(c).setCellStyle(header);
					sheet.setColumnWidth(c, 18 * 256);
					List<String> values = values(file, column);
					if (!values.isEmpty()) {
						String range = ranges.computeIfAbsent(String.join(",", values), key -> {
							int col = ranges.size();
							for (int v = 0; v < values.size(); v++) {
								Row r = lists.getRow(v) != null ? lists.getRow(v) : lists.createRow(v);
								r.createCell(col).setCellValue(values.get(v));
							}
							String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(col);
							return "lists!$" + letter + "$1:$" + letter + "$" + values.size();
						});
						var list = validation.createFormulaListConstraint(range);
						var rule = validation.createValidation(list, new CellRangeAddressList(1, ROWS, c, c));
						// A list of several values (unit_kinds) is typed, the drop-down
						// offers one.
						rule.setShowErrorBox(!column.equals("unit_kinds"));
						sheet.addValidationData(rule);
					}
					Row line = guide.createRow(g++);
					line.createCell(0).setCellValue(sheetName);
					line.createCell(1).setCellValue(column);
					line.createCell(2)
						.setCellValue(meaning(file, column) + (file.requiredColumns().contains(column) ? ""
								: " — cột không bắt buộc / optional column"));
					line.createCell(3).setCellValue(String.join(", ", values));
				}
				sheet.createFreezePane(0, 1);
			}
			workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
			guide.setColumnWidth(0, 20 * 256);
			guide.setColumnWidth(1, 18 * 256);
			guide.setColumnWidth(2, 70 * 256);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The sheet of a file: its name without {@code .csv}. */
	public static String sheetName(DataSetFile file) {
		return file.fileName().replace(".csv", "");
	}

	private static String meaning(DataSetFile file, String column) {
		if (file == DataSetFile.ADMIN_UNITS && UNIT_KIND.containsKey(column)) {
			return UNIT_KIND.get(column);
		}
		return MEANING.getOrDefault(column, column);
	}

	private static List<String> values(DataSetFile file, String column) {
		return switch (column) {
			case "unit_kinds" -> names(UnitKind.values());
			case "level" -> names(AdminLevel.values());
			case "sector" -> names(Sector.values());
			case "status" -> file == DataSetFile.AGENCIES ? names(AgencyStatus.values()) : List.of();
			case "role" -> names(Role.values());
			case "line" -> names(ReportingLineKind.values());
			case "kind" -> switch (file) {
				case AGENCIES -> names(AgencyKind.values());
				case MANDATES -> names(MandateKind.values());
				case CHANGES -> names(ChangeKind.values());
				case ADMIN_UNITS -> names(UnitKind.values());
				default -> List.of();
			};
			default -> List.of();
		};
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
