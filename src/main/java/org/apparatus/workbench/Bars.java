package org.apparatus.workbench;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar chart as inline SVG, drawn on the server: one bar per row with its
 * label and count, so that the page needs no script and prints as it shows.
 */
final class Bars {

	private static final int ROW = 22;

	private static final int LABEL = 230;

	private static final int BAR = 260;

	private Bars() {
	}

	/** A labelled count; {@code css} names its colour class. */
	record Bar(String label, long count, String css) {
	}

	static String svg(String title, List<Bar> bars) {
		long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
		int height = Math.max(ROW, bars.size() * ROW);
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\"><title>%s</title>",
				LABEL + BAR + 60, height, LABEL + BAR + 60, height, HtmlUtils.htmlEscape(title)));
		int y = 0;
		for (Bar bar : bars) {
			long width = Math.round((double) bar.count() * BAR / max);
			svg.append(String.format(Locale.ROOT,
					"<g><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text><rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/><text x=\"%d\" y=\"%d\">%d</text></g>",
					LABEL - 6, y + 15, HtmlUtils.htmlEscape(bar.label()), HtmlUtils.htmlEscape(bar.css()), LABEL, y + 3,
					Math.max(width, 1), ROW - 6, LABEL + width + 6, y + 15, bar.count()));
			y += ROW;
		}
		return svg.append("</svg>").toString();
	}

}
