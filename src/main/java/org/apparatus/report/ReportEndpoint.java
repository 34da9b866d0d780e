package org.apparatus.report;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apparatus.api.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Reports over plain HTTP: {@code GET /reports/{id}} sends a report asked for through
 * GraphQL, {@code GET /reports?format=pdf&lang=vi&scenario=…} writes one and sends it.
 * Both answer once the file is written (without holding a request thread meanwhile) and
 * send it as an attachment.
 */
@RestController
class ReportEndpoint {

	static final String PATH = "/reports";

	private final ReportDownloads downloads;

	ReportEndpoint(ReportDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping(PATH)
	CompletableFuture<ResponseEntity<?>> write(@RequestParam(defaultValue = "html") String format,
			@RequestParam(defaultValue = "vi") String lang, @RequestParam(required = false) @Nullable String scenario,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate compare) {
		return send(this.downloads.start(new ReportRequest(asOf, scenario, unit, lang, compare),
				ReportFormat.named("format", format)));
	}

	@GetMapping(PATH + "/{id}")
	CompletableFuture<ResponseEntity<?>> download(@PathVariable String id) {
		return this.downloads.find(id)
			.map(ReportEndpoint::send)
			.orElseGet(() -> CompletableFuture.completedFuture(problem(HttpStatus.NOT_FOUND, "id",
					"no report " + id + " (reports are kept for a while after they are asked for; ask again)")));
	}

	private static CompletableFuture<ResponseEntity<?>> send(ReportDownloads.Download download) {
		return download.content().handle((bytes, failure) -> {
			if (failure != null) {
				Throwable cause = failure instanceof CompletionException && failure.getCause() != null
						? failure.getCause() : failure;
				if (cause instanceof InvalidArgumentException invalid) {
					return problem(HttpStatus.BAD_REQUEST, invalid.argument(), invalid.getMessage());
				}
				return problem(HttpStatus.INTERNAL_SERVER_ERROR, "report",
						"the report could not be written: " + download.failure());
			}
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(download.fileName()).build().toString())
				.contentType(MediaType.parseMediaType(download.format().mediaType()))
				.contentLength(bytes.length)
				.body(bytes);
		});
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidArgumentException ex) {
		return problem(ex.problem() == InvalidArgumentException.Problem.UNKNOWN_CODE ? HttpStatus.NOT_FOUND
				: HttpStatus.BAD_REQUEST, ex.argument(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> mistyped(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getName(), ex.getName() + ": cannot read " + ex.getValue()
				+ (LocalDate.class.equals(ex.getRequiredType()) ? " as a day (YYYY-MM-DD)" : ""));
	}

	/** An RFC 9457 problem whose {@code argument} names the parameter at fault. */
	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String argument, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setProperty("argument", argument);
		return ResponseEntity.of(problem).build();
	}

}
