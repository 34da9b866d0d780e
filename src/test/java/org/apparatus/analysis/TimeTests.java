package org.apparatus.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetFile;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.apparatus.dataset.TestDataSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules as of a day (domain.md §8.3) on a small province whose record spans the 2025
 * reform, written as a data set with periods. Every expected finding below was derived by
 * hand from §8, day by day, not read off the code's output:
 * <ul>
 * <li>28 Feb 2025: departments SA and SB both lead G — DUPLICATE and MERGER_CANDIDATE;
 * nothing else (the district rule for F.T1 still holds, so leading it in the district and
 * the communes is expected).</li>
 * <li>1 Mar 2025, the merger day: SA's period ends, SB goes on MERGED while still holding
 * G (INACTIVE_HOLDER), SAB begins and leads G alone; the decree behind the district rule
 * for F.T1 is repealed, so the district office and both communes leading it are two
 * OVERLAP_VERTICAL findings; commune C1's lead of F.T2, granted only by that decree, is
 * UNFOUNDED; centre X_TT reported to SA only, and a line ends with its body:
 * ORPHAN_AGENCY. Commune C2 is renamed Phường Hai.</li>
 * <li>15 Jun 2025: as on 1 March, and C2's committee also reports to the province's from
 * 1 June while its line to the district's goes on: MULTIPLE_SUPERIORS.</li>
 * <li>1 Jul 2025, the district level ends: its unit, committee and office end, the
 * communes are re-parented to the province; no overlap and no second superior is
 * left.</li>
 * </ul>
 */
@EmptyKnowledgeBase
@TestInstance(Lifecycle.PER_CLASS)
public class TimeTests {

	static final LocalDate BEFORE_MERGER = LocalDate.of(2025, 2, 28);

	static final LocalDate MERGER_DAY = LocalDate.of(2025, 3, 1);

	static final LocalDate MID_JUNE = LocalDate.of(2025, 6, 15);

	static final LocalDate TWO_TIERS = LocalDate.of(2025, 7, 1);

	@Autowired
	AnalysisService analysis;

	@Autowired
	DataSetService dataSets;

	@Autowired
	DayComparison comparison;

	@Autowired
	Driver driver;

	@BeforeAll
	void provinceThroughTheReform(@TempDir Path folder) {
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.folder(reform().writeTo(folder)), ImportProgress.NONE,
				Attribution.commandLine("test"));
	}

	public static TestDataSet reform() {
		return TestDataSet.of(DataSetFile.ADMIN_UNITS, """
				code,name,name_en,level,parent_code,valid_from,valid_to
				P,Tỉnh Thử,Test Province,PROVINCE,,,
				D,Huyện Một,District One,DISTRICT,P,,2025-07-01
				C1,Xã Một,Commune One,COMMUNE,D,,2025-07-01
				C1,Xã Một,Commune One,COMMUNE,P,2025-07-01,
				C2,Xã Hai,Commune Two,COMMUNE,D,,2025-03-01
				C2,Phường Hai,Ward Two,COMMUNE,D,2025-03-01,2025-07-01
				C2,Phường Hai,Ward Two,COMMUNE,P,2025-07-01,
				""").put(DataSetFile.FUNCTIONS, """
				code,name,name_en,parent_code,cofog
				F,Lĩnh vực F,Domain F,,
				F.T1,Nhiệm vụ T1,Task T1,F,
				F.T2,Nhiệm vụ T2,Task T2,F,
				G,Nhiệm vụ G,Task G,,
				""").put(DataSetFile.MANDATES, """
				code,kind,number,title,issuer,issued_on,effective_from,repealed_on
				M-LAW,LAW,1/2015/QH13,Luật thử,Quốc hội,2015-01-01,2015-01-01,
				M-OLD,DECREE,2/2015/NĐ-CP,Nghị định cũ,Chính phủ,2015-01-01,2015-01-01,2025-03-01
				""").put(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota,valid_from,valid_to
				P_HDND,Hội đồng nhân dân tỉnh,Provincial People's Council,STATE,PEOPLES_COUNCIL,P,ACTIVE,,,
				P_UBND,Ủy ban nhân dân tỉnh,Provincial People's Committee,STATE,PEOPLES_COMMITTEE,P,ACTIVE,,,
				SA,Sở A,Department A,STATE,DEPARTMENT,P,ACTIVE,30,,2025-03-01
				SB,Sở B,Department B,STATE,DEPARTMENT,P,ACTIVE,20,,2025-03-01
				SB,Sở B,Department B,STATE,DEPARTMENT,P,MERGED,,2025-03-01,
				SAB,Sở A-B,Department A-B,STATE,DEPARTMENT,P,ACTIVE,50,2025-03-01,
				X_TT,Trung tâm X,Centre X,PUBLIC_SERVICE,CENTER,P,ACTIVE,5,,
				D_UBND,Ủy ban nhân dân huyện,District People's Committee,STATE,PEOPLES_COMMITTEE,D,ACTIVE,,,2025-07-01
				D_PHONG,Phòng T,Office T,STATE,OFFICE,D,ACTIVE,8,,2025-07-01
				C1_UBND,Ủy ban nhân dân xã Một,Commune One People's Committee,STATE,PEOPLES_COMMITTEE,C1,ACTIVE,,,
				C2_UBND,Ủy ban nhân dân xã Hai,Commune Two People's Committee,STATE,PEOPLES_COMMITTEE,C2,ACTIVE,,,
				""").put(DataSetFile.REPORTING_LINES, """
				agency_code,superior_code,line,valid_from,valid_to
				P_UBND,P_HDND,ACCOUNTABLE,,
				SA,P_UBND,ADMINISTRATIVE,,
				SB,P_UBND,ADMINISTRATIVE,,
				SAB,P_UBND,ADMINISTRATIVE,2025-03-01,
				X_TT,SA,ADMINISTRATIVE,,
				D_UBND,P_UBND,ADMINISTRATIVE,,
				D_PHONG,D_UBND,ADMINISTRATIVE,,
				C1_UBND,D_UBND,ADMINISTRATIVE,,2025-07-01
				C1_UBND,P_UBND,ADMINISTRATIVE,2025-07-01,
				C2_UBND,D_UBND,ADMINISTRATIVE,,2025-07-01
				C2_UBND,P_UBND,ADMINISTRATIVE,2025-06-01,
				""").put(DataSetFile.RESPONSIBILITIES, """
				agency_code,function_code,role,mandate_code,article,valid_from,valid_to
				P_HDND,G,DECIDE,M-LAW,,,
				P_UBND,G,COORDINATE,M-LAW,,,
				SA,G,LEAD,M-LAW,,,
				SB,G,LEAD,M-LAW,,,
				SAB,G,LEAD,M-LAW,,,
				X_TT,G,COORDINATE,M-LAW,,,
				D_UBND,F.T1,DECIDE,M-LAW,,,
				D_PHONG,F.T1,LEAD,M-LAW,,,
				C1_UBND,F.T1,LEAD,M-LAW,,,
				C2_UBND,F.T1,LEAD,M-LAW,,,
				C1_UBND,F.T2,LEAD,M-OLD,,,
				""").put(DataSetFile.FUNCTION_LEVELS, """
				function_code,level,mandate_code,valid_from,valid_to
				F.T1,DISTRICT,M-OLD,,
				F.T1,COMMUNE,M-LAW,,
				""");
	}

	@Test
	void theDayBeforeTheMerger() {
		assertThat(keys(BEFORE_MERGER)).containsOnly(Map.entry("DUPLICATE", List.of("[G, P]")),
				Map.entry("MERGER_CANDIDATE", List.of("[SA, SB]")));
	}

	@Test
	void theMergerDay() {
		assertThat(keys(MERGER_DAY)).containsOnly(
				Map.entry("OVERLAP_VERTICAL", List.of("[F.T1, D, C1]", "[F.T1, D, C2]")),
				Map.entry("UNFOUNDED", List.of("[C1_UBND, F.T2, LEAD]")), Map.entry("INACTIVE_HOLDER", List.of("[SB]")),
				Map.entry("ORPHAN_AGENCY", List.of("[X_TT]")));
	}

	@Test
	void twoAdministrativeSuperiorsInJune() {
		assertThat(keys(MID_JUNE)).containsEntry("MULTIPLE_SUPERIORS", List.of("[C2_UBND, D_UBND, P_UBND]"))
			.containsEntry("OVERLAP_VERTICAL", List.of("[F.T1, D, C1]", "[F.T1, D, C2]"))
			.hasSize(5);
	}

	@Test
	void theDistrictLevelEnded() {
		assertThat(keys(TWO_TIERS)).containsOnly(Map.entry("UNFOUNDED", List.of("[C1_UBND, F.T2, LEAD]")),
				Map.entry("INACTIVE_HOLDER", List.of("[SB]")), Map.entry("ORPHAN_AGENCY", List.of("[X_TT]")));
	}

	@Test
	void theSameProblemKeepsItsIdFromDayToDay() {
		assertThat(ids(MERGER_DAY, "UNFOUNDED")).isEqualTo(ids(TWO_TIERS, "UNFOUNDED")).hasSize(1);
	}

	@Test
	void explanationsNameUnitsAndBodiesAsTheyWereThatDay() {
		assertThat(findings(MERGER_DAY).stream()
			.filter(f -> f.rule().equals("OVERLAP_VERTICAL") && f.units().contains("C2"))
			.map(f -> f.explanation().vi())).singleElement().asString().contains("Phường Hai").doesNotContain("Xã Hai");
	}

	@Test
	void theDayBeforeTheMergerComparedWithTheFirstDayOfTwoTiers() {
		Comparison c = this.comparison.compare(BEFORE_MERGER, TWO_TIERS, null);
		assertThat(c.established()).extracting(Comparison.BodyChange::code).containsExactly("SAB");
		assertThat(c.ended()).extracting(Comparison.BodyChange::code).containsExactly("D_PHONG", "D_UBND", "SA", "SB");
		assertThat(c.ended()).filteredOn(b -> b.code().equals("SB"))
			.singleElement()
			.satisfies(b -> assertThat(b.after().status()).as("it goes on, merged").isEqualTo("MERGED"));
		assertThat(c.unitsEnded()).extracting(Comparison.UnitChange::code).containsExactly("D");
		assertThat(c.reparented()).extracting(u -> u.code() + ": " + u.parentBefore() + " → " + u.parentAfter())
			.containsExactly("C1: D → P", "C2: D → P");
		assertThat(c.leads()).extracting(l -> l.function() + " in " + l.unit() + ": " + l.before() + " → " + l.after())
			.containsExactly("F.T1 in D: [D_PHONG] → []", "F.T2 in C1: [C1_UBND] → []", "G in P: [SA, SB] → [SAB]");
		assertThat(c.staff()).isEqualTo(new Comparison.Staff(9, 6, 63, 55, true, true));
		assertThat(c.resolved()).extracting(Finding::rule).containsExactlyInAnyOrder("DUPLICATE", "MERGER_CANDIDATE");
		assertThat(c.introduced()).extracting(Finding::rule)
			.containsExactlyInAnyOrder("UNFOUNDED", "INACTIVE_HOLDER", "ORPHAN_AGENCY");
		assertThat(c.unchanged()).isEmpty();
	}

	private List<Finding> findings(LocalDate day) {
		return this.analysis.analyze(new AnalysisRequest(day, List.of(), null)).findings();
	}

	/** The findings of a day by rule, each as the key that makes its id. */
	private Map<String, List<String>> keys(LocalDate day) {
		return findings(day).stream()
			.collect(Collectors.groupingBy(Finding::rule, java.util.TreeMap::new,
					Collectors.mapping(TimeTests::key, Collectors.toList())))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().sorted().toList()));
	}

	/**
	 * A finding by what it is about: its units, agencies and functions as the rule's key
	 * names them.
	 */
	private static String key(Finding finding) {
		return switch (finding.rule()) {
			case "DUPLICATE" -> List.of(finding.functions().get(0), finding.units().get(0)).toString();
			case "OVERLAP_VERTICAL" ->
				List.of(finding.functions().get(0), finding.units().get(0), finding.units().get(1)).toString();
			case "UNFOUNDED" -> List.of(finding.agencies().get(0), finding.functions().get(0), "LEAD").toString();
			default -> finding.agencies().toString();
		};
	}

	private List<String> ids(LocalDate day, String rule) {
		return findings(day).stream().filter(f -> f.rule().equals(rule)).map(Finding::id).toList();
	}

}
