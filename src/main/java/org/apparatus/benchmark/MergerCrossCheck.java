package org.apparatus.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Finding;
import org.apparatus.analysis.RuleParameters;
import org.apparatus.system.CypherFile;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Checks MERGER_CANDIDATE, which finds pairs through shared leads, against the definition
 * applied to every pair of a sample of agencies (docs/rules.md, "The merger score"): the
 * same pairs, the same scores. Not a bean of the application: {@code benchmark analyze}
 * (and a test) create one on the application they measure.
 */
public final class MergerCrossCheck {

	private final Neo4jClient client;

	private final AnalysisService analysis;

	MergerCrossCheck(Neo4jClient client, AnalysisService analysis) {
		this.client = client;
		this.analysis = analysis;
	}

	/**
	 * @param agencies how many active agencies (the first by code) to compare pairwise
	 * @param pairs the pairs compared (every pair of the sample)
	 * @param candidates pairs at or above the threshold by brute force
	 * @param differences pairs found by one and not the other, or with another score
	 */
	public record Result(int agencies, long pairs, int candidates, List<String> differences) {
	}

	/** Compares on the configured analysis day (today unless set). */
	public Result check(int sampleSize) {
		return check(sampleSize, this.analysis.defaultParameters().asOf());
	}

	/** Compares the portfolios and the rule's findings as of {@code asOf}. */
	public Result check(int sampleSize, LocalDate asOf) {
		RuleParameters parameters = this.analysis.defaultParameters();
		List<Portfolio> sample = this.client.query(CypherFile.load("benchmark/portfolios"))
			.bindAll(Map.of("limit", sampleSize, "asOf", asOf))
			.fetch()
			.all()
			.stream()
			.map(Portfolio::of)
			.toList();
		Map<String, Double> bruteForce = new HashMap<>();
		long pairs = 0;
		for (int i = 0; i < sample.size(); i++) {
			for (int j = i + 1; j < sample.size(); j++) {
				pairs++;
				Portfolio a = sample.get(i);
				Portfolio b = sample.get(j);
				if (a.unit().equals(b.unit()) && a.sector().equals(b.sector())) {
					double score = 0.8 * jaccard(a.leads(), b.leads()) + 0.2 * jaccard(a.held(), b.held());
					if (score >= parameters.mergerThreshold()) {
						bruteForce.put(pair(a.agency(), b.agency()), score);
					}
				}
			}
		}
		Set<String> inSample = new HashSet<>();
		sample.forEach(p -> inSample.add(p.agency()));
		Map<String, Double> byRule = new HashMap<>();
		for (Finding finding : this.analysis.analyze(new AnalysisRequest(asOf, List.of("MERGER_CANDIDATE"), null))
			.findings()) {
			if (inSample.containsAll(finding.agencies())) {
				byRule.put(pair(finding.agencies().get(0), finding.agencies().get(1)), finding.score());
			}
		}
		List<String> differences = new ArrayList<>();
		Set<String> all = new HashSet<>(bruteForce.keySet());
		all.addAll(byRule.keySet());
		for (String pair : all) {
			Double expected = bruteForce.get(pair);
			Double found = byRule.get(pair);
			if (expected == null || found == null || Math.abs(expected - found) > 1e-9) {
				differences.add(pair + ": brute force " + expected + ", rule " + found);
			}
		}
		return new Result(sample.size(), pairs, bruteForce.size(), differences);
	}

	private static String pair(String a, String b) {
		return a.compareTo(b) < 0 ? a + " + " + b : b + " + " + a;
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		int shared = 0;
		for (String x : a) {
			if (b.contains(x)) {
				shared++;
			}
		}
		return (double) shared / (a.size() + b.size() - shared);
	}

	private record Portfolio(String agency, String sector, String unit, Set<String> leads, Set<String> held) {

		static Portfolio of(Map<String, Object> row) {
			return new Portfolio((String) row.get("agency"), (String) row.get("sector"), (String) row.get("unit"),
					codes(row.get("leads")), codes(row.get("held")));
		}

		private static Set<String> codes(Object value) {
			Set<String> codes = new HashSet<>();
			if (value instanceof List<?> list) {
				list.forEach(item -> codes.add(item.toString()));
			}
			return codes;
		}

	}

}
