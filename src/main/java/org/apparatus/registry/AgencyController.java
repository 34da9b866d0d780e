package org.apparatus.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apparatus.registry.RegistryViews.AgencyConnection;
import org.apparatus.registry.RegistryViews.AgencyFilter;
import org.apparatus.registry.RegistryViews.ReportingLink;
import org.apparatus.registry.RegistryViews.ResponsibilityView;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL queries on agencies; every related list is loaded for a whole batch of agencies
 * at once.
 */
@Controller
class AgencyController {

	private final RegistryLookup lookup;

	private final AgencyPages pages;

	private final GraphReader reader;

	AgencyController(RegistryLookup lookup, AgencyPages pages, GraphReader reader) {
		this.lookup = lookup;
		this.pages = pages;
		this.reader = reader;
	}

	/**
	 * The agency as it was on {@code asOf} (today by default); null when it did not exist
	 * that day.
	 */
	@QueryMapping
	@Nullable Agency agency(@Argument String code, @Argument @Nullable LocalDate asOf) {
		Agency agency = this.lookup.agencies(Set.of(code), Today.or(asOf)).get(code);
		return agency != null && agency.exists() ? agency : null;
	}

	@QueryMapping
	AgencyConnection agencies(@Argument @Nullable AgencyFilter filter, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable Integer last, @Argument @Nullable String before,
			@Argument @Nullable LocalDate asOf) {
		return this.pages.page(filter, first, after, last, before, Today.or(asOf));
	}

	@SchemaMapping
	@Nullable LocalDate validFrom(Agency agency) {
		return agency.period().openFrom();
	}

	@SchemaMapping
	@Nullable LocalDate validTo(Agency agency) {
		return agency.period().openTo();
	}

	@BatchMapping
	Map<Agency, AdminUnit> adminUnit(List<Agency> agencies) {
		return this.reader.one(agencies, Agency::code, Agency::asOf, "queries/agency-units",
				(r, day) -> AdminUnit.read(r.get("unit"), day));
	}

	@BatchMapping
	Map<Agency, List<ResponsibilityView>> responsibilities(List<Agency> agencies) {
		return this.reader.many(agencies, Agency::code, Agency::asOf, "queries/agency-responsibilities",
				ResponsibilityController::view);
	}

	@BatchMapping
	Map<Agency, List<ReportingLink>> superiors(List<Agency> agencies) {
		return this.reader.many(agencies, Agency::code, Agency::asOf, "queries/agency-superiors", this::link);
	}

	@BatchMapping
	Map<Agency, List<ReportingLink>> subordinates(List<Agency> agencies) {
		return this.reader.many(agencies, Agency::code, Agency::asOf, "queries/agency-subordinates", this::link);
	}

	/**
	 * The chain of superiors up to the top: at each step the first superior
	 * (administrative lines before Party lines before professional ones, higher units
	 * first). One query per step for the whole batch; a cycle ends the chain.
	 */
	@BatchMapping
	Map<Agency, List<Agency>> reportingChain(List<Agency> agencies) {
		Map<Agency, List<Agency>> result = new HashMap<>();
		Map<LocalDate, List<Agency>> byDay = new LinkedHashMap<>();
		agencies.forEach(a -> byDay.computeIfAbsent(a.asOf(), d -> new ArrayList<>()).add(a));
		byDay.forEach((day, sameDay) -> result.putAll(reportingChain(sameDay, day)));
		return result;
	}

	private Map<Agency, List<Agency>> reportingChain(List<Agency> agencies, LocalDate asOf) {
		Map<String, List<Agency>> chains = new LinkedHashMap<>();
		Map<String, String> frontier = new LinkedHashMap<>();
		for (Agency agency : agencies) {
			chains.put(agency.code(), new ArrayList<>());
			frontier.put(agency.code(), agency.code());
		}
		while (!frontier.isEmpty()) {
			var superiors = this.reader.grouped("queries/agency-superiors", new LinkedHashSet<>(frontier.values()),
					asOf, r -> link(r, asOf));
			Map<String, String> next = new LinkedHashMap<>();
			frontier.forEach((start, current) -> {
				List<ReportingLink> up = superiors.get(current);
				if (up == null || up.isEmpty()) {
					return;
				}
				Agency superior = up.get(0).agency();
				List<Agency> chain = chains.get(start);
				boolean cycle = superior.code().equals(start)
						|| chain.stream().anyMatch(a -> a.code().equals(superior.code()));
				if (!cycle) {
					chain.add(superior);
					next.put(start, superior.code());
				}
			});
			frontier = next;
		}
		Map<Agency, List<Agency>> result = new HashMap<>();
		agencies.forEach(a -> result.put(a, chains.get(a.code())));
		return result;
	}

	private ReportingLink link(Record r, LocalDate asOf) {
		return new ReportingLink(ReportingLineKind.valueOf(r.get("line").asString()),
				Agency.read(r.get("agency"), asOf));
	}

}
