package org.apparatus.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * The report as PDF: the HTML report laid out on A4 pages, its SVG charts drawn as
 * vectors, and the {@link ReportFonts} embedded, so the text extracts with its diacritics
 * on any machine whatever fonts it has.
 */
final class PdfReport {

	static {
		// the renderer reports every font it loads at INFO; a report run only needs its
		// warnings
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	private PdfReport() {
	}

	static byte[] render(Report report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (BatikSVGDrawer svg = new BatikSVGDrawer()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			ReportFonts.embedIn(builder);
			builder.useSVGDrawer(svg);
			builder.withHtmlContent(HtmlReport.render(report), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the PDF report", ex);
		}
		return out.toByteArray();
	}

}
