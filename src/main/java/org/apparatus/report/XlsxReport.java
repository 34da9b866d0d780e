package org.apparatus.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apparatus.analysis.AnalysisViews.Count;
import org.apparatus.analysis.Finding;
import org.apparatus.scenario.Evaluation;
import org.apparatus.scenario.MovedResponsibility;
import org.apparatus.system.SpreadsheetText;

/**
 * The report as a workbook planners work on: a summary sheet, then one sheet per rule
 * listing its findings (open, acknowledged and justified, with the marks) under a frozen
 * header with filters, and the scenario's moved responsibilities when there is a
 * scenario.
 */
final class XlsxReport {

	private XlsxReport() {
	}

	static byte[] render(Report r) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle wrapped = book.createCellStyle();
			wrapped.setWrapText(true);

			summary(book.createSheet(r.text("Tóm tắt", "Summary")), r, header);
			List<Finding> all = new ArrayList<>(r.findings());
			all.addAll(r.justified());
			for (Count rule : r.stats().findingsByRule()) {
				findings(book.createSheet(rule.key()), r,
						all.stream().filter(f -> f.rule().equals(rule.key())).toList(), header, wrapped);
			}
			if (r.changes() != null) {
				changes(book.createSheet(r.text("So sánh hai ngày", "Two days compared")), r, r.changes(), header,
						wrapped);
			}
			if (r.evaluation() != null) {
				moved(book.createSheet(r.text("Trách nhiệm chuyển", "Moved")), r, r.evaluation(), header);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the XLSX report", ex);
		}
	}

	private static void summary(Sheet sheet, Report r, CellStyle header) {
		sheet.setColumnWidth(0, 48 * 256);
		for (int column = 1; column <= 4; column++) {
			sheet.setColumnWidth(column, 18 * 256);
		}
		Rows rows = new Rows(sheet);
		rows.next(header, r.text("Báo cáo rà soát chức năng, nhiệm vụ của bộ máy",
				"Review of the apparatus's functions and tasks"));
		rows.next(null, r.text("Ngày phân tích (văn bản còn hiệu lực)", "Analysis date (mandates in force)"),
				r.asOf().toString());
		r.provenanceLines().forEach((label, value) -> rows.next(null, label, value));
		rows.next(null, r.text("Cơ quan, tổ chức đang hoạt động", "Active agencies"), r.stats().agencies());
		rows.next(null, r.text("Biên chế", "Staff quota"), r.stats().staffQuota());
		rows.next(null, r.text("Chức năng, nhiệm vụ", "Functions and tasks"), r.stats().functions());
		rows.next(null, r.text("Văn bản còn hiệu lực", "Mandates in force"), r.stats().mandatesInForce());
		rows.next(null, r.text("Trách nhiệm được giao", "Responsibilities"), r.stats().responsibilities());
		rows.next(null, r.text("Phát hiện cần xử lý", "Findings to deal with"), r.findings().size());
		rows.next(null, r.text("Phát hiện được chấp nhận", "Findings justified"), r.justified().size());
		rows.skip();
		rows.next(header, r.text("Mức độ", "Severity"), r.text("Số phát hiện", "Findings"));
		r.stats().findingsBySeverity().forEach(c -> rows.next(null, r.label("severity", c.key()), c.count()));
		rows.skip();
		rows.next(header, r.text("Quy tắc", "Rule"), r.text("Số phát hiện", "Findings"));
		r.stats().findingsByRule().forEach(c -> rows.next(null, c.key(), c.count()));
		Evaluation e = r.evaluation();
		if (e != null) {
			rows.skip();
			rows.next(header, r.text("Phương án ", "Scenario ") + e.scenario().name(),
					r.text("Cơ quan, tổ chức: trước", "Agencies before"), r.text("sau", "after"),
					r.text("Biên chế: trước", "Staff quota before"), r.text("sau", "after"));
			for (Report.FigureRow row : r.scenarioFigures(e)) {
				if (row.heading()) {
					rows.next(header, row.label());
				}
				else {
					rows.next(null, row.label(), row.agenciesBefore(), row.agenciesAfter(), row.staffBefore(),
							row.staffAfter());
				}
			}
			rows.next(null, r.text("Phát hiện được giải quyết", "Findings resolved"), e.resolved().size());
			rows.next(null, r.text("Phát hiện phát sinh", "Findings introduced"), e.introduced().size());
			rows.next(null, r.text("GAP, ORPHAN_AGENCY mới", "New GAP, ORPHAN_AGENCY"), e.newGapsAndOrphans().size());
		}
	}

	private static void findings(Sheet sheet, Report r, List<Finding> findings, CellStyle header, CellStyle wrapped) {
		String[] columns = { r.text("Mã phát hiện", "Finding id"), r.text("Mức độ", "Severity"),
				r.text("Trạng thái", "Status"), r.text("Địa bàn", "Units"), r.text("Cơ quan", "Agencies"),
				r.text("Chức năng, nhiệm vụ", "Functions"), r.text("Căn cứ", "Legal basis"), r.text("Điểm", "Score"),
				r.text("Diễn giải", "Explanation"), r.text("Ghi chú", "Note") };
		int[] widths = { 26, 10, 14, 24, 40, 40, 24, 8, 90, 40 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		Rows rows = new Rows(sheet);
		rows.next(header, (Object[]) columns);
		for (Finding f : findings) {
			Row row = rows.next(null, f.id(), r.label("severity", f.severity().name()),
					r.label("status", f.status().name()), names(r, f.units()), names(r, f.agencies()),
					names(r, f.functions()),
					String.join("; ", f.mandates().stream().map(m -> r.mandateNumbers().getOrDefault(m, m)).toList()),
					f.score() == null ? "" : f.score(), r.english() ? f.explanation().en() : f.explanation().vi(),
					f.mark() == null ? "" : f.mark().note() + " (" + f.mark().markedBy() + ")");
			row.getCell(8).setCellStyle(wrapped);
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, findings.size()), 0, columns.length - 1));
	}

	/**
	 * The section "what changed between two days": the figures of each day (as numbers),
	 * then each list of changes and the findings resolved and introduced.
	 */
	private static void changes(Sheet sheet, Report r, Report.Changes changes, CellStyle header, CellStyle wrapped) {
		int[] widths = { 50, 36, 36, 36, 36 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		String from = changes.comparison().from().toString();
		String to = changes.comparison().to().toString();
		Rows rows = new Rows(sheet);
		rows.next(header, r.changesTitle(changes));
		rows.skip();
		rows.next(header, "", r.text("Cơ quan, tổ chức ngày ", "Bodies on ") + from, to,
				r.text("Biên chế ngày ", "Staff quota on ") + from, to);
		for (Report.FigureRow row : r.figures(changes.before(), changes.after())) {
			if (row.heading()) {
				rows.next(header, row.label());
			}
			else {
				rows.next(null, row.label(), row.agenciesBefore(), row.agenciesAfter(), row.staffBefore(),
						row.staffAfter());
			}
		}
		for (Report.ChangeTable table : r.changeTables(changes)) {
			rows.skip();
			rows.next(header, table.title() + " (" + table.count() + ")");
			if (table.rows().isEmpty()) {
				continue;
			}
			rows.next(header, table.columns().toArray());
			table.rows().forEach(row -> rows.next(null, row.toArray()));
		}
		for (boolean resolved : new boolean[] { true, false }) {
			List<Finding> findings = resolved ? changes.comparison().resolved() : changes.comparison().introduced();
			rows.skip();
			rows.next(header,
					(resolved
							? r.text("Phát hiện ngày " + from + " không còn ngày " + to,
									"Findings of " + from + " resolved by " + to)
							: r.text("Phát hiện mới ngày " + to, "Findings new on " + to)) + " (" + findings.size()
							+ ")");
			if (findings.isEmpty()) {
				continue;
			}
			rows.next(header, r.text("Mã phát hiện", "Finding id"), r.text("Quy tắc", "Rule"),
					r.text("Diễn giải", "Explanation"));
			for (Finding f : findings) {
				rows.next(null, f.id(), f.rule(), r.english() ? f.explanation().en() : f.explanation().vi())
					.getCell(2)
					.setCellStyle(wrapped);
			}
		}
		rows.skip();
		rows.next(null, r.text("Phát hiện không đổi", "Findings unchanged"), changes.comparison().unchanged().size());
	}

	private static void moved(Sheet sheet, Report r, Evaluation e, CellStyle header) {
		int[] widths = { 8, 50, 12, 50, 50 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		Rows rows = new Rows(sheet);
		rows.next(header, r.text("Thay đổi", "Change"), r.text("Nhiệm vụ", "Function"), r.text("Vai trò", "Role"),
				r.text("Từ", "From"), r.text("Đến", "To"));
		for (MovedResponsibility m : e.moved()) {
			rows.next(null, m.change(), r.name(m.function()), r.label("role", m.role()), r.name(m.from()),
					m.to() == null ? r.text("(không ai)", "(nobody)") : r.name(m.to()));
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, e.moved().size()), 0, widths.length - 1));
	}

	private static String names(Report r, List<String> codes) {
		return String.join("; ", codes.stream().map(r::name).toList());
	}

	/**
	 * Appends rows to a sheet: numbers as numbers (so filters and sums work), everything
	 * else as text, never as a formula ({@link SpreadsheetText}).
	 */
	private static final class Rows {

		private final Sheet sheet;

		private int next;

		private final SpreadsheetText.Cells text;

		Rows(Sheet sheet) {
			this.sheet = sheet;
			this.text = new SpreadsheetText.Cells(sheet.getWorkbook());
		}

		Row next(@org.jspecify.annotations.Nullable CellStyle style, Object... values) {
			Row row = this.sheet.createRow(this.next++);
			for (int i = 0; i < values.length; i++) {
				var cell = row.createCell(i);
				if (values[i] instanceof Number n) {
					cell.setCellValue(n.doubleValue());
					if (style != null) {
						cell.setCellStyle(style);
					}
				}
				else {
					this.text.text(cell, String.valueOf(values[i]), style);
				}
			}
			return row;
		}

		void skip() {
			this.next++;
		}

	}

}
