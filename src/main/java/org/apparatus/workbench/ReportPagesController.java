package org.apparatus.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.report.ReportDownloads;
import org.apparatus.report.ReportFormat;
import org.apparatus.report.ReportRequest;
import org.apparatus.scenario.Scenario;
import org.apparatus.scenario.ScenarioService;
import org.jspecify.annotations.Nullable;
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

/**
 * Reports from the workbench: choose the unit and day (the page's), a scenario, a day to
 * compare with, the language and the format; the existing background report service
 * writes it, and the page offers the file when it is ready.
 */
@Controller
class ReportPagesController {

	private final ReportDownloads downloads;

	private final ScenarioService scenarios;

	ReportPagesController(ReportDownloads downloads, ScenarioService scenarios) {
		this.downloads = downloads;
		this.scenarios = scenarios;
	}

	@ModelAttribute("formats")
	ReportFormat[] formats() {
		return ReportFormat.values();
	}

	@GetMapping("/reporting")
	String form(Model model) {
		model.addAttribute("scenarios", this.scenarios.all().stream().map(Scenario::name).toList());
		return "workbench/reporting";
	}

	@PostMapping("/reporting")
	String request(@ModelAttribute("scope") Scope scope, @RequestParam(defaultValue = "") String scenario,
			@RequestParam(defaultValue = "") String compare, @RequestParam(defaultValue = "vi") String language,
			@RequestParam(defaultValue = "pdf") String format, Model model, HttpServletResponse response) {
		try {
			ReportFormat chosen = ReportFormat.named("format", format);
			LocalDate since = compare.isBlank() ? null : day(compare);
			ReportRequest request = new ReportRequest(scope.day(), scenario.isBlank() ? null : scenario,
					scope.unit().code(), language, since);
			ReportDownloads.Download download = this.downloads.start(request, chosen);
			return "redirect:/reporting/" + download.id() + "?" + scope.query();
		}
		catch (InvalidArgumentException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("requestProblem", ex.getMessage());
			return form(model);
		}
	}

	@GetMapping("/reporting/{id}")
	String status(@PathVariable String id, Model model, HttpServletResponse response) {
		ReportDownloads.Download download = this.downloads.find(id).orElse(null);
		if (download == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("download", download);
		model.addAttribute("id", id);
		return "workbench/report-status";
	}

	@GetMapping("/reporting/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable String id) {
		ReportDownloads.Download download = this.downloads.find(id).orElse(null);
		if (download == null || !download.ready()) {
			throw new ScopeAdvice.BadInput("report=" + id);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.format().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(download.content().join());
	}

	private static @Nullable LocalDate day(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidArgumentException("compare", "not a day (YYYY-MM-DD): " + text);
		}
	}

}
