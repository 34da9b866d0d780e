package org.apparatus.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Checks MERGER_CANDIDATE, which finds pairs through the functions they hold together,
 * against the definition applied in Java to every pair of a sample of agencies
 * (docs/rules.md, "The merger score"): the same pairs, the same scores. Not a bean of the
 * application: {@code benchmark analyze} (and a test) create one on the application they
 * measure.
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
				Double score = score(sample.get(i), sample.get(j));
				if (score != null && score >= parameters.mergerThreshold()) {
					bruteForce.put(pair(sample.get(i).agency(), sample.get(j).agency()), score);
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

	/**
	 * The merger score of two agencies as docs/rules.md defines it, or null when they are
	 * no pair: of another unit, in one reporting line, or in no working contact.
	 */
	static @Nullable Double score(Portfolio a, Portfolio b) {
		if (!a.unit().equals(b.unit()) || a.linked().contains(b.agency()) || b.linked().contains(a.agency())) {
			return null;
		}
		Set<String> shared = new HashSet<>(a.led().keySet());
		shared.retainAll(b.led().keySet());
		Set<String> aToB = new HashSet<>(a.led().keySet());
		aToB.removeAll(b.led().keySet());
		aToB.retainAll(b.worked());
		Set<String> bToA = new HashSet<>(b.led().keySet());
		bToA.removeAll(a.led().keySet());
		bToA.retainAll(a.worked());
		boolean mutual = !aToB.isEmpty() && !bToA.isEmpty();
		if (shared.isEmpty() && !mutual) {
			return null;
		}
		Set<String> union = new HashSet<>(a.led().keySet());
		union.addAll(b.led().keySet());
		Set<String> aGroups = new HashSet<>();
		a.led().forEach((function, groups) -> {
			if (!b.led().containsKey(function)) {
				aGroups.addAll(groups);
			}
		});
		Set<String> groups = new HashSet<>();
		b.led().forEach((function, bGroups) -> {
			if (!a.led().containsKey(function)) {
				bGroups.stream().filter(aGroups::contains).forEach(groups::add);
			}
		});
		Set<String> laws = new HashSet<>();
		a.leadMandates().forEach((mandate, leaders) -> {
			if (leaders <= 3 && b.leadMandates().containsKey(mandate)) {
				laws.add(mandate);
			}
		});
		Set<String> superiors = new HashSet<>(a.superiors());
		superiors.retainAll(b.superiors());
		double contacts = mutual ? Math.min(aToB.size(), bToA.size()) : 0;
		double score = round(0.40 * shared.size() / union.size()) + round(0.25 * Math.min(1, contacts / 2))
				+ round(0.10 * Math.min(1, groups.size() / 2.0)) + round(0.10 * Math.min(1, laws.size() / 2.0))
				+ (superiors.isEmpty() ? 0 : 0.10) + (a.sector().equals(b.sector()) ? 0.05 : 0);
		return round(score);
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
	}

	private static String pair(String a, String b) {
		return a.compareTo(b) < 0 ? a + " + " + b : b + " + " + a;
	}

	/**
	 * What the score reads of one agency: the functions it leads, each with its groups
	 * (parent functions, "COFOG " and its code), the functions it coordinates or advises,
	 * the mandates under which it leads with the number of agencies of its unit that lead
	 * under each, its superiors and the agencies it has a reporting line with.
	 */
	record Portfolio(String agency, String sector, String unit, Map<String, Set<String>> led, Set<String> worked,
			Map<String, Long> leadMandates, Set<String> superiors, Set<String> linked) {

		static Portfolio of(Map<String, Object> row) {
			Map<String, Set<String>> led = new HashMap<>();
			if (row.get("led") instanceof List<?> list) {
				for (Object item : list) {
					if (item instanceof Map<?, ?> function) {
						Set<String> groups = new HashSet<>(codes(function.get("parents")));
						if (function.get("cofog") != null) {
							groups.add("COFOG " + function.get("cofog"));
						}
						led.put(function.get("code").toString(), groups);
					}
				}
			}
			Map<String, Long> mandates = new HashMap<>();
			if (row.get("leadMandates") instanceof List<?> list) {
				for (Object item : list) {
					if (item instanceof Map<?, ?> mandate) {
						mandates.put(mandate.get("code").toString(), ((Number) mandate.get("leaders")).longValue());
					}
				}
			}
			return new Portfolio((String) row.get("agency"), (String) row.get("sector"), (String) row.get("unit"), led,
					codes(row.get("worked")), mandates, codes(row.get("superiors")), codes(row.get("linked")));
		}

		private static Set<String> codes(@Nullable Object value) {
			Set<String> codes = new HashSet<>();
			if (value instanceof List<?> list) {
				list.forEach(item -> codes.add(item.toString()));
			}
			return codes;
		}

	}

}
