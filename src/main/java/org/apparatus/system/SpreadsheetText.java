package org.apparatus.system;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * Text cells a spreadsheet shows as text, never runs as a formula. A cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (a name
 * such as {@code =HYPERLINK(…)} in a data set) would be evaluated by Excel or LibreOffice
 * when the file is opened: every CSV the application writes puts an apostrophe before it,
 * and every XLSX writes it as a string cell with Excel's own "text" mark (quote prefix).
 * Numbers ({@code -5}, {@code +1.5e3}) are left alone. Import undoes the apostrophe
 * ({@link #fromCsv}), so an exported data set reads back unchanged (docs/data-format.md,
 * "Spreadsheet safety").
 */
public final class SpreadsheetText {

	/**
	 * The byte-order mark every CSV file the application writes for people starts with
	 * (data-set exports, {@code analyze --format csv}, the workbench's findings): a
	 * spreadsheet on a Windows PC reads the file as UTF-8 only with it; import skips it.
	 */
	public static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final Pattern FORMULA_LIKE = Pattern.compile("^'*[=+\\-@\\t\\r]");

	private static final Pattern ESCAPED = Pattern.compile("^'+[=+\\-@\\t\\r]");

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

	private SpreadsheetText() {
	}

	/**
	 * Whether a spreadsheet would take the text for a formula: it starts with one of the
	 * characters above and is not a number.
	 */
	public static boolean formulaLike(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches();
	}

	/**
	 * The cell as a CSV file holds it: an apostrophe before a formula-like text, and
	 * before a text that is apostrophes followed by such a character (so that
	 * {@link #fromCsv} gives back exactly what was written).
	 */
	public static String toCsv(String text) {
		return FORMULA_LIKE.matcher(text).lookingAt() && !NUMBER.matcher(text).matches() ? "'" + text : text;
	}

	/**
	 * A cell read from a CSV file: one leading apostrophe is dropped before apostrophes
	 * and a formula-like character ({@code '=x} reads as {@code =x}, {@code ''=x} as
	 * {@code '=x}); every other text is read as it stands ({@code 'abc}, {@code -5}).
	 */
	public static String fromCsv(String cell) {
		return ESCAPED.matcher(cell).lookingAt() ? cell.substring(1) : cell;
	}

	/**
	 * Writes text cells of one workbook, each a string cell, the formula-like ones marked
	 * as text (a copy of the cell's style with the quote prefix, made once per style).
	 */
	public static final class Cells {

		private final Workbook workbook;

		private final Map<Integer, CellStyle> quoted = new HashMap<>();

		public Cells(Workbook workbook) {
			this.workbook = workbook;
		}

		/**
		 * Sets the cell to the text, in the given style (or the cell's own when null).
		 */
		public void text(Cell cell, String text, @Nullable CellStyle style) {
			cell.setCellValue(text);
			if (style != null) {
				cell.setCellStyle(style);
			}
			if (formulaLike(text)) {
				CellStyle base = cell.getCellStyle();
				cell.setCellStyle(this.quoted.computeIfAbsent((int) base.getIndex(), index -> {
					CellStyle copy = this.workbook.createCellStyle();
					copy.cloneStyleFrom(base);
					copy.setQuotePrefixed(true);
					return copy;
				}));
			}
		}

	}

}
