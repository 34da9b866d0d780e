package org.apparatus.scenario;

import java.nio.file.Path;
import java.time.LocalDate;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.analysis.Comparison;
import org.apparatus.analysis.DayComparison;
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
 * Comparisons that follow the record's change events through a province merger, as Bạc
 * Liêu's into Cà Mau on 1 July 2025. The record: province P (until 1 July) with its
 * committee P_UBND, Sở Tài chính P_STC, departments P_A and P_B and the Party committee
 * P_TU; from 1 July the new province Q (UNIT_MERGE P → Q) with Q_UBND, Q_STC ("Sở Tài
 * chính" too), Q_AB and Q_TU, each taking its predecessor's functions by TRANSFER (P_A's
 * F2 and P_B's F3 to Q_AB; P_B's F6 goes nowhere); P_X and P_Y (leading F7, F8) merged
 * into Q_XY. The plan, made on 28 February: P_A and P_B merged into PA_NEW "Sở A-B mới";
 * P_X and P_Y kept. Expected, by hand:
 * <ul>
 * <li>scenario compare with 1 July: no code in common; P_STC matches Q_STC by name (P
 * counts as Q); P_UBND → Q_UBND, P_TU → Q_TU and PA_NEW → Q_AB (the bodies it merged went
 * there) by the events; P_X and P_Y are wrong, Q_XY missed: the record formed Q_XY from
 * both, which the plan did not foresee. 4 matched, 1 missed, 2 wrong (without following
 * the events: 0 matched, 5 missed, 6 wrong). Leads in Q: F1 (P_STC = Q_STC), F2 and F3
 * (PA_NEW = Q_AB), F4 (P_TU = Q_TU), F5 (P_UBND = Q_UBND) matched; F6 (PA_NEW predicted,
 * no one recorded), F7 (P_X vs Q_XY) and F8 (P_Y vs Q_XY) wrong.</li>
 * <li>compare 30 June → 1 July for unit P: P and what it became, Q: 7 bodies ended, 5
 * established; P ended and became Q; eight leads changed holder in Q.</li>
 * </ul>
 */
@EmptyKnowledgeBase
@TestInstance(Lifecycle.PER_CLASS)
class ThroughAUnitMergeTests {

	static final LocalDate PLANNED = LocalDate.of(2025, 2, 28);

	static final LocalDate MERGED = LocalDate.of(2025, 7, 1);

	@Autowired
	ScenarioService scenarios;

	@Autowired
	DayComparison days;

	@Autowired
	DataSetService dataSets;

	@Autowired
	Driver driver;

	@BeforeAll
	void recordAndPlan(@TempDir Path folder) {
		StoreCleaner.wipe(this.driver);
		this.dataSets.importFrom(DataSetSource.folder(record().writeTo(folder)), ImportProgress.NONE,
				Attribution.commandLine("test"));
		this.scenarios.save(ScenarioYaml.read("""
				name: plan
				description: the plan of February
				as_of: 2025-02-28
				changes:
				  - merge: { agencies: [P_A, P_B], into: { code: PA_NEW, name: "Sở A-B mới", kind: DEPARTMENT } }
				"""), Attribution.commandLine("test"));
	}

	static TestDataSet record() {
		return TestDataSet.of(DataSetFile.ADMIN_UNITS, """
				code,name,name_en,level,parent_code,valid_from,valid_to
				P,Tỉnh P,Province P,PROVINCE,,,2025-07-01
				Q,Tỉnh Q,Province Q,PROVINCE,,2025-07-01,
				""").put(DataSetFile.FUNCTIONS, """
				code,name,name_en,parent_code,cofog
				F1,Nhiệm vụ F1,Task F1,,
				F2,Nhiệm vụ F2,Task F2,,
				F3,Nhiệm vụ F3,Task F3,,
				F4,Nhiệm vụ F4,Task F4,,
				F5,Nhiệm vụ F5,Task F5,,
				F6,Nhiệm vụ F6,Task F6,,
				F7,Nhiệm vụ F7,Task F7,,
				F8,Nhiệm vụ F8,Task F8,,
				""").put(DataSetFile.MANDATES, """
				code,kind,number,title,issuer,issued_on,effective_from,repealed_on
				M,LAW,1/2015/QH13,Luật thử,Quốc hội,2015-01-01,2015-01-01,
				""").put(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota,valid_from,valid_to
				P_UBND,Ủy ban nhân dân tỉnh P,People's Committee of P,STATE,PEOPLES_COMMITTEE,P,ACTIVE,,,2025-07-01
				P_STC,Sở Tài chính,Department of Finance,STATE,DEPARTMENT,P,ACTIVE,,,2025-07-01
				P_A,Sở A,Department A,STATE,DEPARTMENT,P,ACTIVE,,,2025-07-01
				P_B,Sở B,Department B,STATE,DEPARTMENT,P,ACTIVE,,,2025-07-01
				P_TU,Tỉnh ủy P,Party Committee of P,PARTY,PARTY_COMMITTEE,P,ACTIVE,,,2025-07-01
				P_X,Sở X,Department X,STATE,DEPARTMENT,P,ACTIVE,,,2025-07-01
				P_Y,Sở Y,Department Y,STATE,DEPARTMENT,P,ACTIVE,,,2025-07-01
				Q_UBND,Ủy ban nhân dân tỉnh Q,People's Committee of Q,STATE,PEOPLES_COMMITTEE,Q,ACTIVE,,2025-07-01,
				Q_STC,Sở Tài chính,Department of Finance,STATE,DEPARTMENT,Q,ACTIVE,,2025-07-01,
				Q_AB,Sở A và B,Department A and B,STATE,DEPARTMENT,Q,ACTIVE,,2025-07-01,
				Q_TU,Tỉnh ủy Q,Party Committee of Q,PARTY,PARTY_COMMITTEE,Q,ACTIVE,,2025-07-01,
				Q_XY,Sở X và Y,Department X and Y,STATE,DEPARTMENT,Q,ACTIVE,,2025-07-01,
				""").put(DataSetFile.REPORTING_LINES, """
				agency_code,superior_code,line,valid_from,valid_to
				P_STC,P_UBND,ADMINISTRATIVE,,
				P_A,P_UBND,ADMINISTRATIVE,,
				P_B,P_UBND,ADMINISTRATIVE,,
				Q_STC,Q_UBND,ADMINISTRATIVE,,
				Q_AB,Q_UBND,ADMINISTRATIVE,,
				""").put(DataSetFile.RESPONSIBILITIES, """
				agency_code,function_code,role,mandate_code,article,valid_from,valid_to
				P_STC,F1,LEAD,M,,,
				P_A,F2,LEAD,M,,,
				P_B,F3,LEAD,M,,,
				P_B,F6,LEAD,M,,,
				P_TU,F4,LEAD,M,,,
				P_UBND,F5,LEAD,M,,,
				P_X,F7,LEAD,M,,,
				P_Y,F8,LEAD,M,,,
				Q_XY,F7,LEAD,M,,,
				Q_XY,F8,LEAD,M,,,
				Q_STC,F1,LEAD,M,,,
				Q_AB,F2,LEAD,M,,,
				Q_AB,F3,LEAD,M,,,
				Q_TU,F4,LEAD,M,,,
				Q_UBND,F5,LEAD,M,,,
				""").put(DataSetFile.CHANGES, """
				code,date,kind,from_codes,to_codes,function_codes,mandate_code,note
				EV_Q,2025-07-01,UNIT_MERGE,P,Q,,M,P merged into Q
				EV_UBND,2025-07-01,TRANSFER,P_UBND,Q_UBND,F5,M,
				EV_STC,2025-07-01,TRANSFER,P_STC,Q_STC,F1,M,
				EV_A,2025-07-01,TRANSFER,P_A,Q_AB,F2,M,
				EV_B,2025-07-01,TRANSFER,P_B,Q_AB,F3,M,
				EV_TU,2025-07-01,TRANSFER,P_TU,Q_TU,F4,M,
				EV_XY,2025-07-01,MERGE,P_X;P_Y,Q_XY,,M,
				""");
	}

	@Test
	void aPlannedBodyMatchesTheOneTheRecordCarriedItsOriginsInto() {
		ScenarioComparison c = this.scenarios.compare("plan", null, MERGED);
		assertThat(c.bodies().matched())
			.extracting(m -> m.predicted().code() + "=" + m.recorded().code() + " " + m.by())
			.containsExactly("PA_NEW=Q_AB EVENTS", "P_STC=Q_STC NAME", "P_TU=Q_TU EVENTS", "P_UBND=Q_UBND EVENTS");
		assertThat(c.bodies().missed()).extracting(ScenarioComparison.Body::code).containsExactly("Q_XY");
		assertThat(c.bodies().wrong()).extracting(ScenarioComparison.Body::code).containsExactly("P_X", "P_Y");
		assertThat(c.summary().bodiesMatchedByEvents()).isEqualTo(3);
	}

	@Test
	void leadsOfTheMergedUnitAreComparedInTheUnitItBecame() {
		ScenarioComparison c = this.scenarios.compare("plan", null, MERGED);
		assertThat(c.leads().matched()).extracting(l -> l.function() + " in " + l.unit() + ": " + l.predicted())
			.containsExactly("F1 in Q: [P_STC]", "F2 in Q: [PA_NEW]", "F3 in Q: [PA_NEW]", "F4 in Q: [P_TU]",
					"F5 in Q: [P_UBND]");
		assertThat(c.leads().wrong())
			.extracting(l -> l.function() + " in " + l.unit() + ": " + l.predicted() + " vs " + l.recorded())
			.containsExactly("F6 in Q: [PA_NEW] vs []", "F7 in Q: [P_X] vs [Q_XY]", "F8 in Q: [P_Y] vs [Q_XY]");
		assertThat(c.leads().missed()).isEmpty();
	}

	@Test
	void aUnitComparedAcrossItsMergerIsComparedWithWhatItBecame() {
		Comparison c = this.days.compare(MERGED.minusDays(1), MERGED, "P");
		assertThat(c.ended()).extracting(Comparison.BodyChange::code)
			.containsExactly("P_A", "P_B", "P_STC", "P_TU", "P_UBND", "P_X", "P_Y");
		assertThat(c.established()).extracting(Comparison.BodyChange::code)
			.containsExactly("Q_AB", "Q_STC", "Q_TU", "Q_UBND", "Q_XY");
		assertThat(c.unitsEnded()).extracting(u -> u.code() + " became " + u.became()).containsExactly("P became [Q]");
		assertThat(c.unitsEstablished()).extracting(Comparison.UnitChange::code).containsExactly("Q");
		assertThat(c.leads()).extracting(l -> l.function() + " in " + l.unit() + ": " + l.before() + " → " + l.after())
			.containsExactly("F1 in Q: [P_STC] → [Q_STC]", "F2 in Q: [P_A] → [Q_AB]", "F3 in Q: [P_B] → [Q_AB]",
					"F4 in Q: [P_TU] → [Q_TU]", "F5 in Q: [P_UBND] → [Q_UBND]", "F6 in Q: [P_B] → []",
					"F7 in Q: [P_X] → [Q_XY]", "F8 in Q: [P_Y] → [Q_XY]");
	}

}
