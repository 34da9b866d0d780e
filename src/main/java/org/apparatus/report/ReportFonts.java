package org.apparatus.report;

import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every rendering of the report names: Liberation Sans (which has every
 * Vietnamese glyph) for text and charts, Liberation Mono for finding ids. The HTML and
 * its SVG charts name them; the PDF embeds them; Java 2D, which draws the charts' text
 * inside the PDF, is given them too.
 */
final class ReportFonts {

	static final String SANS = "Liberation Sans";

	static final String MONO = "Liberation Mono";

	private static final List<Face> FACES = List.of(new Face(SANS, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
			new Face(SANS, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
			new Face(SANS, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
			new Face(SANS, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC),
			new Face(MONO, "LiberationMono-Regular.ttf", 400, FontStyle.NORMAL));

	static {
		// the charts' SVG text is drawn through Java 2D: give it the same font, whatever
		// the machine has installed
		GraphicsEnvironment graphics = GraphicsEnvironment.getLocalGraphicsEnvironment();
		for (Face face : FACES) {
			try (InputStream in = open(face.file())) {
				graphics.registerFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in));
			}
			catch (IOException | FontFormatException ex) {
				throw new IllegalStateException("cannot read the font " + face.file(), ex);
			}
		}
	}

	private record Face(String family, String file, int weight, FontStyle style) {
	}

	private ReportFonts() {
	}

	/** Embeds every face in the PDF the builder writes. */
	static void embedIn(PdfRendererBuilder builder) {
		for (Face face : FACES) {
			builder.useFont(() -> open(face.file()), face.family(), face.weight(), face.style(), true);
		}
	}

	private static InputStream open(String file) {
		InputStream in = ReportFonts.class.getResourceAsStream("/liberation/" + file);
		if (in == null) {
			throw new IllegalStateException(
					"the font " + file + " is missing from the class path (openpdf-fonts-extra)");
		}
		return in;
	}

}
