package org.apparatus.workbench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Finding;
import org.apparatus.analysis.FindingStatus;
import org.apparatus.analysis.Severity;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.audit.Attribution;
import org.apparatus.system.SpreadsheetText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The findings of the chosen unit and day: a list filtered by rule, severity and status,
 * sorted and paged, downloadable as CSV or XLSX; one finding with its explanation and
 * what it involves; and, for editors, its mark (acknowledged, justified with a reason,
 * open again), which the analysis keeps with an audit record.
 */
@Controller
class FindingsController {

	static final int PAGE_SIZE = 50;

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AnalysisService analysis;

	private final FindingViews views;

	private final MessageSource messages;

	FindingsController(AnalysisService analysis, FindingViews views, MessageSource messages) {
		this.analysis = analysis;
		this.views = views;
		this.messages = messages;
	}

	/** The list's filter and order, as query parameters. */
	record Filter(@Nullable String rule, @Nullable Severity severity, @Nullable FindingStatus status, String sort) {

		boolean accepts(Finding f) {
			return (this.rule == null || this.rule.equals(f.rule()))
					&& (this.severity == null || this.severity == f.severity())
					&& (this.status == null || this.status == f.status());
		}

		Comparator<Finding> order() {
			return switch (this.sort) {
				case "rule" -> Comparator.comparing(Finding::rule);
				case "unit" -> Comparator.comparing(Finding::primaryUnit);
				default -> Comparator.comparing(Finding::severity);
			};
		}

	}

	@GetMapping("/findings")
	String findings(@ModelAttribute("scope") Scope scope, @RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "severity") String sort, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Filter filter = filter(rule, severity, status, sort);
		List<Finding> all = filtered(scope, filter);
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(1, page), pages);
		List<Finding> shown = all.subList((current - 1) * PAGE_SIZE, Math.min(all.size(), current * PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("rows", this.views.rows(shown, scope.english()));
		model.addAttribute("total", all.size());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("rules", this.analysis.catalog().rules());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("statuses", FindingStatus.values());
		model.addAttribute("language", scope.english() ? "en" : "vi");
		return "workbench/findings";
	}

	@GetMapping("/findings/export")
	ResponseEntity<byte[]> export(@ModelAttribute("scope") Scope scope,
			@RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "severity") String sort, @RequestParam(defaultValue = "csv") String format)
			throws IOException {
		Filter filter = filter(rule, severity, status, sort);
		List<FindingViews.Row> rows = this.views.rows(filtered(scope, filter), scope.english());
		List<String> header = List.of("id", message("findings.rule"), message("findings.severity"),
				message("findings.status"), message("findings.units"), message("findings.bodies"),
				message("findings.explanation"));
		String name = "findings-" + scope.unit().code() + "-" + scope.day();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if ("xlsx".equals(format)) {
			try (XSSFWorkbook workbook = new XSSFWorkbook()) {
				Sheet sheet = workbook.createSheet(message("findings.title"));
				SpreadsheetText.Cells text = new SpreadsheetText.Cells(workbook);
				write(sheet.createRow(0), header, text);
				int i = 1;
				for (FindingViews.Row r : rows) {
					write(sheet.createRow(i++), cells(r), text);
				}
				workbook.write(out);
			}
			return download(out.toByteArray(), name + ".xlsx", XLSX);
		}
		if (!"csv".equals(format)) {
			throw new ScopeAdvice.BadInput("format=" + format);
		}
		OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(SpreadsheetText.BYTE_ORDER_MARK);
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
			csv.printRecord(header);
			for (FindingViews.Row r : rows) {
				csv.printRecord(cells(r).stream().map(SpreadsheetText::toCsv).toList());
			}
		}
		return download(out.toByteArray(), name + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/findings/{id}")
	String finding(@PathVariable String id, @ModelAttribute("scope") Scope scope, Model model,
			HttpServletResponse response) {
		Finding finding = this.analysis.finding(id, scope.day()).orElse(null);
		if (finding == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("problemText", this.messages.getMessage("findings.notFound",
					new Object[] { id, scope.day().toString() }, LocaleContextHolder.getLocale()));
			return "workbench/problem";
		}
		model.addAttribute("r", this.views.rows(List.of(finding), scope.english()).get(0));
		model.addAttribute("statuses", FindingStatus.values());
		return "workbench/finding";
	}

	@PostMapping("/findings/{id}/mark")
	String mark(@PathVariable String id, @ModelAttribute("scope") Scope scope, @RequestParam String status,
			@RequestParam(defaultValue = "") String note, Principal user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		FindingStatus mark;
		try {
			mark = FindingStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new ScopeAdvice.BadInput("status=" + status);
		}
		try {
			this.analysis.mark(id, mark, note, scope.day(),
					new Attribution(user.getName(), note.isBlank() ? null : note.strip()));
		}
		catch (InvalidArgumentException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("markProblem", ex.getMessage());
			return finding(id, scope, model, response);
		}
		redirect.addFlashAttribute("marked", true);
		return "redirect:/findings/" + id + "?" + scope.query();
	}

	private List<Finding> filtered(Scope scope, Filter filter) {
		List<Finding> all = new ArrayList<>(
				this.analysis.analyze(new AnalysisRequest(scope.day(), List.of(), scope.unit().code()))
					.findings()
					.stream()
					.filter(filter::accepts)
					.toList());
		all.sort(filter.order());
		return all;
	}

	private Filter filter(@Nullable String rule, @Nullable String severity, @Nullable String status, String sort) {
		String r = blank(rule) ? null : rule;
		if (r != null && this.analysis.catalog().rule(r).isEmpty()) {
			throw new ScopeAdvice.BadInput("rule=" + rule);
		}
		if (!List.of("severity", "rule", "unit").contains(sort)) {
			throw new ScopeAdvice.BadInput("sort=" + sort);
		}
		try {
			return new Filter(r, blank(severity) ? null : Severity.valueOf(severity.toUpperCase(Locale.ROOT)),
					blank(status) ? null : FindingStatus.valueOf(status.toUpperCase(Locale.ROOT)), sort);
		}
		catch (IllegalArgumentException ex) {
			throw new ScopeAdvice.BadInput("severity=" + severity + ", status=" + status);
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static List<String> cells(FindingViews.Row r) {
		return List.of(r.finding().id(), r.rule(), r.severity(), r.status(), r.unitNames(), r.agencyNames(),
				r.explanation());
	}

	private static void write(Row row, List<String> cells, SpreadsheetText.Cells text) {
		for (int i = 0; i < cells.size(); i++) {
			text.text(row.createCell(i), cells.get(i), null);
		}
	}

	private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
