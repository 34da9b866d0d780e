package org.apparatus.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * The report as PDF: the HTML report laid out on A4 pages, its SVG charts drawn as vectors, and
 * Liberation Sans (which has every Vietnamese glyph) embedded, so the text extracts with its
 * diacritics on any machine whatever fonts it has.
 */
public final class PdfReport {

	/** The font family the HTML report names first; the PDF embeds it in its four faces. */
	static final String FONT = "Liberation Sans";

	/** Finding ids are set in this one. */
	static final String MONO = "Liberation Mono";

	private static final List<Face> FACES = List.of(new Face(FONT, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
			new Face(FONT, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
			new Face(FONT, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
			new Face(FONT, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC),
			new Face(MONO, "LiberationMono-Regular.ttf", 400, FontStyle.NORMAL));

	static {
		// the renderer reports every font it loads at INFO; a report run only needs its warnings
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
		// the charts' SVG text is drawn through Java 2D: give it the same font, whatever the machine has installed
		GraphicsEnvironment graphics = GraphicsEnvironment.getLocalGraphicsEnvironment();
		for (Face face : FACES) {
			try (InputStream in = font(face.file())) {
				graphics.registerFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in));
			}
			catch (IOException | FontFormatException ex) {
				throw new IllegalStateException("cannot read the font " + face.file(), ex);
			}
		}
	}

	private record Face(String family, String file, int weight, FontStyle style) {
	}

	private PdfReport() {
	}

	public static byte[] render(Report report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (BatikSVGDrawer svg = new BatikSVGDrawer()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			for (Face face : FACES) {
				builder.useFont(() -> font(face.file()), face.family(), face.weight(), face.style(), true);
			}
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

	private static InputStream font(String file) {
		InputStream in = PdfReport.class.getResourceAsStream("/liberation/" + file);
		if (in == null) {
			throw new IllegalStateException("the font " + file + " is missing from the class path (openpdf-fonts-extra)");
		}
		return in;
	}

}
