package org.apparatus.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a reader sees for the model's codes (domain.md §2): levels, kinds, sectors,
 * roles, reporting lines, severities and statuses, in Vietnamese and English. They are
 * {@code labels/labels.properties} and {@code labels_en.properties}, the same bundle the
 * workbench's pages read (a basename of {@code spring.messages}), so the report and the
 * pages use one set of words. Rule ids stay as they are: they are names planners quote.
 */
final class ReportLabels {

	private static final String BUNDLE = "labels/labels";

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final ResourceBundle VIETNAMESE = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("vi"),
			ReportLabels.class.getClassLoader(), NO_FALLBACK);

	private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH,
			ReportLabels.class.getClassLoader(), NO_FALLBACK);

	private ReportLabels() {
	}

	/**
	 * The reader's word for a code of a kind ({@code level}, {@code kind},
	 * {@code sector}, {@code role}, {@code line}, {@code severity}, {@code status} of a
	 * finding, {@code agencyStatus}); the code itself if there is none.
	 */
	static String label(String kind, String code, boolean english) {
		try {
			return (english ? ENGLISH : VIETNAMESE).getString(kind + "." + code);
		}
		catch (MissingResourceException ex) {
			return code;
		}
	}

}
