package org.apparatus.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

import org.apparatus.api.InvalidArgumentException;

/**
 * The formats a report is written in, each with the media type and file extension it is
 * served with.
 */
public enum ReportFormat {

	MD("text/markdown;charset=UTF-8", "md", r -> MarkdownReport.render(r).getBytes(StandardCharsets.UTF_8)),

	HTML("text/html;charset=UTF-8", "html", r -> HtmlReport.render(r).getBytes(StandardCharsets.UTF_8)),

	PDF("application/pdf", "pdf", PdfReport::render),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", XlsxReport::render),

	JSON("application/json", "json", JsonReport::render);

	private final String mediaType;

	private final String extension;

	private final Function<Report, byte[]> renderer;

	ReportFormat(String mediaType, String extension, Function<Report, byte[]> renderer) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.renderer = renderer;
	}

	public byte[] render(Report report) {
		return this.renderer.apply(report);
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/**
	 * The format a file's name says ({@code bao-cao.pdf} is PDF), or Markdown when it
	 * says none.
	 */
	public static ReportFormat forFile(String fileName) {
		String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
		for (ReportFormat format : values()) {
			if (format.extension.equalsIgnoreCase(extension)) {
				return format;
			}
		}
		return MD;
	}

	/**
	 * The format named by a request parameter ({@code pdf}, {@code XLSX}…), or a clear
	 * error naming the parameter.
	 */
	public static ReportFormat named(String argument, String name) {
		try {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException(argument,
					"the report's format is html, pdf, md, xlsx or json, not " + name);
		}
	}

}
