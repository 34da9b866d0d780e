package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MERGER_CANDIDATE against the mergers of 1 March 2025 (vn-apparatus.md §6, docs/rules.md
 * "The merger score"). The test province (src/test/resources/datasets/tra-vinh-2024) is a
 * standard province before the reform, coded from the national function statements (Nghị
 * định 24/2014/NĐ-CP as amended by Nghị định 107/2020/NĐ-CP and the laws that say who
 * leads and who coordinates), not the seed.
 */
@EmptyKnowledgeBase
class MergerScoreTests {

	static final LocalDate BEFORE_THE_REFORM = LocalDate.of(2025, 2, 28);

	/** The five department pairs merged on 1 March 2025. */
	static final List<List<String>> MERGED_IN_2025 = List.of(List.of("SKHDT", "STC"), List.of("SGTVT", "SXD"),
			List.of("SNNPTNT", "STNMT"), List.of("SKHCN", "STTTT"), List.of("SLDTBXH", "SNV"));

	@Autowired
	DataSetService dataSets;

	@Autowired
	AnalysisService analysis;

	@Autowired
	Driver driver;

	@Test
	void aStandardProvinceFlagsTwoRealMergersAndRanksThreeInTheTopTen() {
		load("classpath:datasets/tra-vinh-2024/");

		// planning + finance: each leads three tasks the other coordinates (0.25), both
		// lead
		// under Luật Đầu tư công (0.05), one people's committee (0.10), one sector
		// (0.05);
		// natural resources + agriculture: the same without a law both lead under
		List<Finding> flagged = candidates(null);
		assertThat(flagged).extracting(Finding::agencies)
			.containsExactly(List.of("TV_SKHDT", "TV_STC"), List.of("TV_SNNPTNT", "TV_STNMT"));
		assertThat(flagged).extracting(Finding::score).containsExactly(0.45, 0.40);
		assertThat(flagged.get(0).functions()).containsExactly("PLAN.ODA", "PLAN.PUBINV", "PLAN.SOCIO", "FIN.BUDGET",
				"FIN.CAPEX", "FIN.DEBT");
		assertThat(flagged.get(0).mandates()).containsExactly("L-DTC-2019");
		assertThat(flagged.get(0).explanation().vi()).contains("Sở Kế hoạch và Đầu tư và Sở Tài chính")
			.contains("(+0,25)")
			.contains("cùng chủ trì theo Luật 39/2019/QH14 (+0,05)")
			.contains("cùng cấp trên trực tiếp Ủy ban nhân dân tỉnh Trà Vinh (+0,10)");

		// the ranked list: transport + construction third (one way back, three ways
		// forth:
		// 0.125, both lead under Luật Xây dựng 0.05, committee 0.10, sector 0.05)
		List<List<String>> ranked = candidates(0.01).stream().map(Finding::agencies).toList();
		// transport + construction tie at 0.325 with information + culture (advertising)
		assertThat(ranked.subList(0, 2)).containsExactly(List.of("TV_SKHDT", "TV_STC"),
				List.of("TV_SNNPTNT", "TV_STNMT"));
		assertThat(ranked.subList(2, 4)).contains(List.of("TV_SGTVT", "TV_SXD"));
		assertThat(ranked.subList(0, 10).stream().filter(MergerScoreTests::mergedIn2025).count())
			.isGreaterThanOrEqualTo(3);
		// the Party–State pairs are in contact, but of two sectors and two superiors
		assertThat(ranked).contains(List.of("TV_BTC_TU", "TV_SNV"));
		assertThat(candidates(null)).noneMatch(f -> f.agencies().contains("TV_BTC_TU"));
	}

	private static boolean mergedIn2025(List<String> agencies) {
		Set<String> pair = Set.of(suffix(agencies.get(0)), suffix(agencies.get(1)));
		return MERGED_IN_2025.stream().anyMatch(merged -> pair.equals(Set.copyOf(merged)));
	}

	private static String suffix(String code) {
		return code.substring(code.indexOf('_') + 1);
	}

	private void load(String location) {
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.location(location), ImportProgress.NONE,
				Attribution.commandLine("test"));
	}

	private List<Finding> candidates(Double threshold) {
		return this.analysis
			.analyze(new AnalysisRequest(BEFORE_THE_REFORM, List.of("MERGER_CANDIDATE"), null, threshold))
			.findings();
	}

}
