package org.apparatus.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;

/**
 * Reports over GraphQL: {@code generateReport} starts writing one and returns its
 * download link at once; {@code reportDownload} says whether it is written. The file
 * itself comes from {@link ReportEndpoint}.
 */
@Controller
class ReportController {

	private final ReportDownloads downloads;

	private final Environment environment;

	ReportController(ReportDownloads downloads, Environment environment) {
		this.downloads = downloads;
		this.environment = environment;
	}

	// A mutation because it creates something (the download), though it changes nothing
	// in the knowledge base: viewers may ask for reports.
	@MutationMapping
	ReportDownloads.Download generateReport(@Argument ReportFormat format, @Argument String lang,
			@Argument @Nullable String scenario, @Argument @Nullable String unit, @Argument @Nullable LocalDate asOf,
			@Argument @Nullable LocalDate compare) {
		return this.downloads.start(new ReportRequest(asOf, scenario, unit, lang, compare), format);
	}

	@QueryMapping
	ReportDownloads.@Nullable Download reportDownload(@Argument String id) {
		return this.downloads.find(id).orElse(null);
	}

	@SchemaMapping(typeName = "ReportDownload")
	String url(ReportDownloads.Download download) {
		// From configuration, never from the request: a Host header would otherwise put
		// another site's address into the link a planner clicks.
		String base = this.environment.resolvePlaceholders(this.environment.getProperty("apparatus.public-url",
				"http://localhost:${local.server.port:${server.port:8080}}"));
		return base.replaceAll("/+$", "") + ReportEndpoint.PATH + "/" + download.id();
	}

	@SchemaMapping(typeName = "ReportDownload")
	String mediaType(ReportDownloads.Download download) {
		return download.format().mediaType();
	}

	@SchemaMapping(typeName = "ReportDownload")
	String requestedAt(ReportDownloads.Download download) {
		return download.requestedAt().toString();
	}

	@SchemaMapping(typeName = "ReportDownload")
	String expiresAt(ReportDownloads.Download download) {
		return download.expiresAt().toString();
	}

}
