package org.apparatus.workbench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Finding;
import org.apparatus.registry.NameSheet;
import org.apparatus.registry.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Findings as the pages list them: the rule's title, the severity and status in words,
 * and the names of what they involve in the reader's language, as they were on the day of
 * the analysis (one name query for a whole list).
 */
@Component
class FindingViews {

	private final AnalysisService analysis;

	private final Names names;

	private final MessageSource messages;

	FindingViews(AnalysisService analysis, Names names, MessageSource messages) {
		this.analysis = analysis;
		this.names = names;
		this.messages = messages;
	}

	/** A finding with the words a page shows for it. */
	record Row(Finding finding, String rule, String severity, String status, List<Named> units, List<Named> agencies,
			List<Named> functions, List<Named> mandates, String explanation) {

		public String unitNames() {
			return String.join("; ", this.units.stream().map(Named::name).toList());
		}

		public String agencyNames() {
			return String.join("; ", this.agencies.stream().map(Named::name).toList());
		}

	}

	/** A code with its name. */
	record Named(String code, String name) {
	}

	List<Row> rows(List<Finding> findings, boolean english) {
		if (findings.isEmpty()) {
			return List.of();
		}
		Set<String> units = new HashSet<>();
		Set<String> agencies = new HashSet<>();
		Set<String> functions = new HashSet<>();
		Set<String> mandates = new HashSet<>();
		findings.forEach(f -> {
			units.addAll(f.units());
			agencies.addAll(f.agencies());
			functions.addAll(f.functions());
			mandates.addAll(f.mandates());
		});
		String language = english ? "en" : "vi";
		NameSheet sheet = this.names.of(agencies, functions, units, mandates, findings.get(0).asOf());
		List<Row> rows = new ArrayList<>();
		for (Finding f : findings) {
			rows.add(new Row(f, ruleTitle(f.rule(), language), label("severity", f.severity().name(), english),
					label("status", f.status().name(), english), named(sheet, NameSheet.UNIT, f.units(), language),
					named(sheet, NameSheet.AGENCY, f.agencies(), language),
					named(sheet, NameSheet.FUNCTION, f.functions(), language),
					named(sheet, NameSheet.MANDATE, f.mandates(), language), f.explanation().in(language)));
		}
		return rows;
	}

	String ruleTitle(String rule, String language) {
		return this.analysis.catalog().rule(rule).map(r -> r.title(language)).orElse(rule);
	}

	String label(String kind, @Nullable String code, boolean english) {
		if (code == null) {
			return "";
		}
		return this.messages.getMessage(kind + "." + code, null, code,
				english ? Locale.ENGLISH : WorkbenchWeb.VIETNAMESE);
	}

	private static List<Named> named(NameSheet sheet, String type, List<String> codes, String language) {
		return codes.stream().distinct().map(code -> new Named(code, sheet.name(type, code, language))).toList();
	}

}
