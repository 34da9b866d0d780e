package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.List;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.KnowledgeBaseEdits;
import org.apparatus.StoreCleaner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.apparatus.registry.AdminLevel.COMMUNE;
import static org.apparatus.registry.AdminLevel.DISTRICT;
import static org.apparatus.registry.AdminLevel.PROVINCE;
import static org.apparatus.registry.AgencyKind.BOARD;
import static org.apparatus.registry.AgencyKind.DEPARTMENT;
import static org.apparatus.registry.AgencyKind.PARTY_COMMITTEE;
import static org.apparatus.registry.AgencyKind.PEOPLES_COMMITTEE;
import static org.apparatus.registry.AgencyStatus.ACTIVE;
import static org.apparatus.registry.AgencyStatus.DISSOLVED;
import static org.apparatus.registry.AgencyStatus.MERGED;
import static org.apparatus.registry.ReportingLineKind.ACCOUNTABLE;
import static org.apparatus.registry.ReportingLineKind.ADMINISTRATIVE;
import static org.apparatus.registry.ReportingLineKind.PARTY;
import static org.apparatus.registry.ReportingLineKind.PROFESSIONAL;
import static org.apparatus.registry.Role.ADVISE;
import static org.apparatus.registry.Role.COORDINATE;
import static org.apparatus.registry.Role.DECIDE;
import static org.apparatus.registry.Role.INSPECT;
import static org.apparatus.registry.Role.LEAD;
import static org.apparatus.registry.Sector.FRONT;
import static org.apparatus.registry.Sector.STATE;
import static org.apparatus.registry.UnitKind.RURAL_COMMUNE;
import static org.apparatus.registry.UnitKind.TOWNSHIP;
import static org.apparatus.registry.UnitKind.WARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each rule on small graphs: where it must fire, and the near misses where it must not.
 * The apparatus is a province P with a district D and its communes C1 and C2; the
 * function tree is a domain DOM with a function F, whose tasks are T1 and T2; mandate M
 * is in force on the analysis date, OLD was repealed before it and NEW takes effect after
 * it.
 */
@EmptyKnowledgeBase
class RuleTests {

	static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

	@Autowired
	AnalysisService analysis;

	@Autowired
	Driver driver;

	@Autowired
	ApplicationEventPublisher events;

	TinyApparatus graph;

	@BeforeEach
	void smallApparatus() {
		StoreCleaner.wipe(this.driver);
		this.graph = new TinyApparatus(this.driver).unit("P", PROVINCE, null)
			.unit("D", DISTRICT, "P")
			.unit("C1", COMMUNE, "D")
			.unit("C2", COMMUNE, "D")
			.function("DOM", null)
			.function("F", "DOM")
			.function("T1", "F")
			.function("T2", "F")
			.mandate("M", "1/2015/NĐ-CP", LocalDate.of(2015, 1, 1), null)
			.mandate("OLD", "2/2010/NĐ-CP", LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1))
			.mandate("NEW", "3/2030/NĐ-CP", LocalDate.of(2030, 1, 1), null);
	}

	List<Finding> findings(String rule) {
		KnowledgeBaseEdits.committed(this.driver, this.events, "test graph");
		return this.analysis.analyze(new AnalysisRequest(AS_OF, List.of(rule), null)).findings();
	}

	@Nested
	class Duplicate {

		@Test
		void twoActiveLeadsOfATaskInOneUnit() {
			graph.agency("A", "P").agency("B", "P").holds("A", "T1", LEAD, "M").holds("B", "T1", LEAD, "M", "OLD");
			var found = findings("DUPLICATE");
			assertThat(found).singleElement().satisfies(f -> {
				assertThat(f.units()).containsExactly("P");
				assertThat(f.agencies()).containsExactly("A", "B");
				assertThat(f.functions()).containsExactly("T1");
				assertThat(f.mandates()).containsExactly("M");
				assertThat(f.severity()).isEqualTo(Severity.HIGH);
				assertThat(f.explanation().vi()).isEqualTo(
						"Cơ quan A và Cơ quan B cùng chủ trì “Nhiệm vụ T1” tại Đơn vị P (Cơ quan A theo Nghị định 1/2015/NĐ-CP; "
								+ "Cơ quan B theo Nghị định 1/2015/NĐ-CP).");
				assertThat(f.explanation().en()).startsWith("Body A and Body B each lead “Task T1” in Đơn vị P");
			});
		}

		@Test
		void aLeadOnlyOnARepealedOrFutureMandateDoesNotCount() {
			// domain.md §8.3: a responsibility counts on the day only while a mandate in
			// force grants it;
			// B's lead is UNFOUNDED, C's not yet in force, so A is the only lead
			graph.agency("A", "P")
				.agency("B", "P")
				.agency("C", "P")
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T1", LEAD, "OLD")
				.holds("C", "T1", LEAD, "NEW");
			assertThat(findings("DUPLICATE")).isEmpty();
			assertThat(findings("UNFOUNDED")).extracting(Finding::agencies)
				.containsExactlyInAnyOrder(List.of("B"), List.of("C"));
		}

		@Test
		void theSameTaskInDifferentUnitsIsNoDuplicate() {
			graph.agency("A", "C1").agency("B", "C2").holds("A", "T1", LEAD, "M").holds("B", "T1", LEAD, "M");
			assertThat(findings("DUPLICATE")).isEmpty();
		}

		@Test
		void aMergedSecondLeadIsNoDuplicate() {
			graph.agency("A", "P")
				.agency("B", "P", STATE, DEPARTMENT, MERGED)
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T1", LEAD, "M");
			assertThat(findings("DUPLICATE")).isEmpty();
		}

		@Test
		void aLeadAndACoordinatorIsNoDuplicate() {
			graph.agency("A", "P").agency("B", "P").holds("A", "T1", LEAD, "M").holds("B", "T1", COORDINATE, "M");
			assertThat(findings("DUPLICATE")).isEmpty();
		}

	}

	@Nested
	class OverlapNested {

		@Test
		void aLeadOfAFunctionAndAnotherBodysLeadOfItsTask() {
			graph.agency("A", "P")
				.agency("B", "P")
				.holds("A", "F", LEAD, "M")
				.holds("B", "T1", LEAD, "M")
				.holds("B", "T2", LEAD, "M");
			assertThat(findings("OVERLAP_NESTED")).singleElement().satisfies(f -> {
				assertThat(f.agencies()).containsExactly("A", "B");
				assertThat(f.functions()).containsExactly("F", "T1", "T2");
				assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
			});
		}

		@Test
		void aSubDepartmentReportingToItsDepartmentIsNoOverlap() {
			graph.agency("A", "P")
				.agency("X", "P")
				.agency("B", "P")
				.line("B", "X", ADMINISTRATIVE)
				.line("X", "A", ADMINISTRATIVE)
				.holds("A", "F", LEAD, "M")
				.holds("B", "T1", LEAD, "M");
			assertThat(findings("OVERLAP_NESTED")).isEmpty();
		}

		@Test
		void aProfessionalLineDoesNotMakeItNested() {
			graph.agency("A", "P")
				.agency("B", "P")
				.line("B", "A", PROFESSIONAL)
				.holds("A", "F", LEAD, "M")
				.holds("B", "T1", LEAD, "M");
			assertThat(findings("OVERLAP_NESTED")).hasSize(1);
		}

		@Test
		void theTaskLedInAnotherUnitIsNoNestedOverlap() {
			graph.agency("A", "P").agency("B", "D").holds("A", "F", LEAD, "M").holds("B", "T1", LEAD, "M");
			assertThat(findings("OVERLAP_NESTED")).isEmpty();
		}

	}

	@Nested
	class OverlapVertical {

		@Test
		void aTaskLedAtTheProvinceAndInACommune() {
			graph.agency("A", "P")
				.agency("B", "C1")
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T1", LEAD, "M")
				.levelRule("T1", PROVINCE, "M");
			assertThat(findings("OVERLAP_VERTICAL")).singleElement().satisfies(f -> {
				assertThat(f.units()).containsExactly("P", "C1");
				assertThat(f.agencies()).containsExactlyInAnyOrder("A", "B");
				assertThat(f.functions()).containsExactly("T1");
			});
		}

		@Test
		void aRepealedLevelRuleExpectsNothing() {
			// the commune rule's mandate was repealed before the day: only the province
			// is expected
			graph.agency("A", "P")
				.agency("B", "C1")
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T1", LEAD, "M")
				.levelRule("T1", PROVINCE, "M")
				.levelRule("T1", COMMUNE, "OLD");
			assertThat(findings("OVERLAP_VERTICAL")).extracting(Finding::units).containsExactly(List.of("P", "C1"));
		}

		@Test
		void aLeadWithoutAMandateInForceIsNoOverlap() {
			graph.agency("A", "P")
				.agency("B", "C1")
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T1", LEAD, "OLD")
				.levelRule("T1", PROVINCE, "M");
			assertThat(findings("OVERLAP_VERTICAL")).isEmpty();
		}

		@Test
		void aTaskExpectedAtBothLevelsIsNoOverlap() {
			graph.agency("A", "P")
				.agency("B", "C1")
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T1", LEAD, "M")
				.levelRule("T1", PROVINCE, "M")
				.levelRule("T1", COMMUNE, "M");
			assertThat(findings("OVERLAP_VERTICAL")).isEmpty();
		}

		@Test
		void aRuleForXaExpectsALeadInAXaButNotInAWard() {
			// the new-rural programme: led by the province and by every xã; a ward that
			// leads it too is led at a level the rules do not expect of a ward
			graph.kind("C1", RURAL_COMMUNE)
				.kind("C2", WARD)
				.agency("A", "P")
				.agency("B", "C1")
				.agency("C", "C2")
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T1", LEAD, "M")
				.holds("C", "T1", LEAD, "M")
				.levelRule("T1", PROVINCE, "M")
				.levelRule("T1", COMMUNE, "M", RURAL_COMMUNE, TOWNSHIP);
			assertThat(findings("OVERLAP_VERTICAL")).extracting(Finding::units).containsExactly(List.of("P", "C2"));
		}

		@Test
		void twoCommunesSideBySideAreNoVerticalOverlap() {
			graph.agency("A", "C1").agency("B", "C2").holds("A", "T1", LEAD, "M").holds("B", "T1", LEAD, "M");
			assertThat(findings("OVERLAP_VERTICAL")).isEmpty();
		}

		@Test
		void oneFindingPerPairOfUnits() {
			graph.agency("A", "P")
				.agency("B", "D")
				.agency("C", "C1")
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T1", LEAD, "M")
				.holds("C", "T1", LEAD, "M");
			assertThat(findings("OVERLAP_VERTICAL")).extracting(Finding::units)
				.containsExactlyInAnyOrder(List.of("P", "D"), List.of("P", "C1"), List.of("D", "C1"));
		}

	}

	@Nested
	class Gap {

		@Test
		void aCommuneWithoutALeadOfARequiredTask() {
			graph.agency("A", "C1").holds("A", "T1", LEAD, "M").levelRule("T1", COMMUNE, "M");
			assertThat(findings("GAP")).singleElement().satisfies(f -> {
				assertThat(f.units()).containsExactly("C2");
				assertThat(f.functions()).containsExactly("T1");
				assertThat(f.mandates()).containsExactly("M");
				assertThat(f.agencies()).isEmpty();
				assertThat(f.explanation().en()).isEqualTo(
						"No body in Đơn vị C2 leads “Task T1”, although Decree 1/2015/NĐ-CP requires a lead at this level.");
			});
		}

		@Test
		void aRuleForXaRequiresALeadInAXaButNotInAWard() {
			graph.kind("C1", RURAL_COMMUNE).kind("C2", WARD).levelRule("T1", COMMUNE, "M", RURAL_COMMUNE, TOWNSHIP);
			assertThat(findings("GAP")).singleElement().satisfies(f -> {
				assertThat(f.units()).containsExactly("C1");
				assertThat(f.mandates()).containsExactly("M");
			});
		}

		@Test
		void aUnitOfUnknownKindIsOfNoKindARuleNames() {
			graph.kind("C1", RURAL_COMMUNE).levelRule("T1", COMMUNE, "M", RURAL_COMMUNE);
			assertThat(findings("GAP")).extracting(Finding::units).containsExactly(List.of("C1"));
		}

		@Test
		void aWardIsHeldToTheRulesThatAddressEveryCommuneAndCitesOnlyThose() {
			graph.mandate("LAW", "4/2015/QH13", LocalDate.of(2015, 1, 1), null)
				.kind("C1", RURAL_COMMUNE)
				.kind("C2", WARD)
				.levelRule("T1", COMMUNE, "M", RURAL_COMMUNE)
				.levelRule("T1", COMMUNE, "LAW");
			assertThat(findings("GAP")).extracting(Finding::units, Finding::mandates)
				.containsExactlyInAnyOrder(tuple(List.of("C1"), List.of("LAW", "M")),
						tuple(List.of("C2"), List.of("LAW")));
		}

		@Test
		void aLeadOnAnAncestorFunctionCoversTheTask() {
			graph.agency("A", "C1")
				.agency("B", "C2")
				.holds("A", "T1", LEAD, "M")
				.holds("B", "DOM", LEAD, "M")
				.levelRule("T1", COMMUNE, "M");
			assertThat(findings("GAP")).isEmpty();
		}

		@Test
		void aLeadWhoseMandateLapsedCoversNothing() {
			graph.agency("A", "C1").holds("A", "T1", LEAD, "OLD").levelRule("T1", COMMUNE, "M");
			assertThat(findings("GAP")).extracting(Finding::units)
				.containsExactlyInAnyOrder(List.of("C1"), List.of("C2"));
		}

		@Test
		void aLevelRuleHoldsOnlyWhileItsMandateIsInForce() {
			// T1's commune rule was repealed, T2's takes effect after the day: nothing is
			// required yet
			graph.levelRule("T1", COMMUNE, "OLD").levelRule("T2", COMMUNE, "NEW");
			assertThat(findings("GAP")).isEmpty();
		}

		@Test
		void aDissolvedLeadCoversNothing() {
			graph.agency("A", "C1")
				.agency("B", "C2", STATE, BOARD, DISSOLVED)
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T1", LEAD, "M")
				.levelRule("T1", COMMUNE, "M");
			assertThat(findings("GAP")).extracting(Finding::units).containsExactly(List.of("C2"));
		}

		@Test
		void aCoordinatorIsNoLead() {
			graph.agency("A", "C1")
				.agency("B", "C2")
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T1", COORDINATE, "M")
				.levelRule("T1", COMMUNE, "M");
			assertThat(findings("GAP")).hasSize(1);
		}

	}

	@Nested
	class NoLead {

		@Test
		void coordinatedAdvisedAndDecidedButNeverLed() {
			graph.agency("A", "C1")
				.agency("B", "C1")
				.holds("A", "T1", COORDINATE, "M")
				.holds("B", "T1", DECIDE, "M")
				.holds("B", "T2", ADVISE, "M");
			assertThat(findings("NO_LEAD")).extracting(Finding::functions, Finding::agencies)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(List.of("T1"), List.of("A", "B")),
						org.assertj.core.groups.Tuple.tuple(List.of("T2"), List.of("B")));
		}

		@Test
		void aLeadInTheUnitSettlesIt() {
			graph.agency("A", "C1").agency("B", "C1").holds("A", "T1", COORDINATE, "M").holds("B", "T1", LEAD, "M");
			assertThat(findings("NO_LEAD")).isEmpty();
		}

		@Test
		void aLeadOfTheFunctionAboveSettlesIt() {
			// as in GAP (domain.md §8.3): B leads F, whose task T1 A coordinates
			graph.agency("A", "C1").agency("B", "C1").holds("A", "T1", COORDINATE, "M").holds("B", "F", LEAD, "M");
			assertThat(findings("NO_LEAD")).isEmpty();
		}

		@Test
		void aLeadWithoutAMandateInForceDoesNotSettleIt() {
			graph.agency("A", "C1").agency("B", "C1").holds("A", "T1", COORDINATE, "M").holds("B", "T1", LEAD, "OLD");
			assertThat(findings("NO_LEAD")).extracting(Finding::functions, Finding::agencies)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("T1"), List.of("A")));
		}

		@Test
		void aCoordinatorWithoutAMandateInForceIsUnfoundedNotANoLead() {
			graph.agency("A", "C1").holds("A", "T1", COORDINATE, "OLD");
			assertThat(findings("NO_LEAD")).isEmpty();
		}

		@Test
		void aLeadInAnotherUnitDoesNot() {
			graph.agency("A", "C1").agency("B", "C2").holds("A", "T1", COORDINATE, "M").holds("B", "T1", LEAD, "M");
			assertThat(findings("NO_LEAD")).extracting(Finding::units).containsExactly(List.of("C1"));
		}

		@Test
		void anInspectorAloneIsNotANoLead() {
			graph.agency("A", "C1").holds("A", "T1", INSPECT, "M");
			assertThat(findings("NO_LEAD")).isEmpty();
		}

	}

	@Nested
	class Unfounded {

		@Test
		void noMandateOrOnlyMandatesNotInForce() {
			graph.agency("A", "P")
				.holds("A", "T1", LEAD)
				.holds("A", "T2", LEAD, "OLD")
				.holds("A", "F", COORDINATE, "NEW");
			assertThat(findings("UNFOUNDED")).extracting(Finding::functions, Finding::mandates)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(List.of("T1"), List.of()),
						org.assertj.core.groups.Tuple.tuple(List.of("T2"), List.of("OLD")),
						org.assertj.core.groups.Tuple.tuple(List.of("F"), List.of("NEW")));
		}

		@Test
		void theExplanationSaysWhenEachMandateLapsedAndWhatReplacedIt() {
			graph.mandate("GONE", "4/2008/NĐ-CP", LocalDate.of(2008, 1, 1), LocalDate.of(2019, 7, 1))
				.replaced("OLD", "M")
				.agency("A", "P")
				.holds("A", "T1", LEAD, "OLD")
				.holds("A", "T2", LEAD, "GONE", "NEW");
			var found = findings("UNFOUNDED");
			assertThat(found).filteredOn(f -> f.functions().equals(List.of("T1"))).singleElement().satisfies(f -> {
				assertThat(f.explanation().vi()).isEqualTo(
						"Cơ quan A giữ vai trò chủ trì đối với “Nhiệm vụ T1” tại Đơn vị P nhưng không có văn bản nào còn "
								+ "hiệu lực làm căn cứ (văn bản được dẫn: Nghị định 2/2010/NĐ-CP, hết hiệu lực từ ngày "
								+ "01/01/2020, được thay thế bằng Nghị định 1/2015/NĐ-CP).");
				assertThat(f.explanation().en()).isEqualTo(
						"Body A holds the lead role for “Task T1” in Đơn vị P, but no mandate in force grants it "
								+ "(mandates cited: Decree 2/2010/NĐ-CP, repealed on 1 January 2020, replaced by Decree "
								+ "1/2015/NĐ-CP).");
			});
			assertThat(found).filteredOn(f -> f.functions().equals(List.of("T2"))).singleElement().satisfies(f -> {
				assertThat(f.explanation().vi()).as("no successor known: the day only")
					.endsWith("(văn bản được dẫn: Nghị định 4/2008/NĐ-CP, hết hiệu lực từ ngày 01/07/2019; "
							+ "Nghị định 3/2030/NĐ-CP, có hiệu lực từ ngày 01/01/2030).");
				assertThat(f.explanation().en())
					.endsWith("(mandates cited: Decree 4/2008/NĐ-CP, repealed on 1 July 2019; Decree 3/2030/NĐ-CP, "
							+ "in force from 1 January 2030).");
			});
		}

		@Test
		void withoutAMandateTheExplanationCitesNone() {
			graph.agency("A", "P").holds("A", "T1", LEAD);
			assertThat(findings("UNFOUNDED")).singleElement().satisfies(f -> {
				assertThat(f.explanation().vi()).endsWith("(văn bản được dẫn: không có).");
				assertThat(f.explanation().en()).endsWith("(mandates cited: none).");
			});
		}

		@Test
		void oneMandateInForceAndOneRepealedIsFounded() {
			graph.agency("A", "P").holds("A", "T1", LEAD, "M", "OLD");
			assertThat(findings("UNFOUNDED")).isEmpty();
		}

		@Test
		void aMergedHolderIsLeftToInactiveHolder() {
			graph.agency("A", "P", STATE, DEPARTMENT, MERGED).holds("A", "T1", LEAD);
			assertThat(findings("UNFOUNDED")).isEmpty();
		}

	}

	@Nested
	class InactiveHolderAndIdleAgency {

		@Test
		void aMergedBodyStillHoldingTasks() {
			graph.agency("A", "P", STATE, DEPARTMENT, MERGED).holds("A", "T1", LEAD, "M").holds("A", "T2", ADVISE);
			assertThat(findings("INACTIVE_HOLDER")).singleElement()
				.satisfies(f -> assertThat(f.functions()).containsExactly("T1", "T2"));
		}

		@Test
		void anActiveHolderOrAnEmptyDissolvedBodyIsFine() {
			graph.agency("A", "P").holds("A", "T1", LEAD, "M").agency("B", "P", STATE, BOARD, DISSOLVED);
			assertThat(findings("INACTIVE_HOLDER")).isEmpty();
			assertThat(findings("IDLE_AGENCY")).isEmpty();
		}

		@Test
		void anActiveBodyWithNothingToDo() {
			graph.agency("A", "P").holds("A", "T1", LEAD, "M").agency("B", "C1");
			assertThat(findings("IDLE_AGENCY")).singleElement().satisfies(f -> {
				assertThat(f.agencies()).containsExactly("B");
				assertThat(f.units()).containsExactly("C1");
			});
		}

	}

	@Nested
	class OrphanAgency {

		@Test
		void aBodyReportingToNobodyOrOnlyToAMergedBody() {
			graph.agency("TU", "P", STATE, PARTY_COMMITTEE, ACTIVE)
				.agency("LOST", "C1")
				.agency("OLD_HOME", "C1", STATE, BOARD, MERGED)
				.agency("LEFT", "C1")
				.line("LEFT", "OLD_HOME", ADMINISTRATIVE);
			assertThat(findings("ORPHAN_AGENCY")).extracting(f -> f.agencies().get(0))
				.containsExactlyInAnyOrder("LOST", "LEFT");
		}

		@Test
		void aRootKindIsARootOnlyAtTheTop() {
			graph.agency("TU", "P", FRONT, PARTY_COMMITTEE, ACTIVE).agency("HU", "D", FRONT, PARTY_COMMITTEE, ACTIVE);
			assertThat(findings("ORPHAN_AGENCY")).extracting(f -> f.agencies().get(0)).containsExactly("HU");
		}

		@Test
		void anyLineToAnActiveBodyWillDo() {
			graph.agency("TU", "P", STATE, PARTY_COMMITTEE, ACTIVE).agency("A", "C1").line("A", "TU", PARTY);
			assertThat(findings("ORPHAN_AGENCY")).isEmpty();
		}

	}

	@Nested
	class MultipleSuperiors {

		@Test
		void twoAdministrativeSuperiors() {
			graph.agency("A", "D")
				.agency("S1", "D")
				.agency("S2", "P")
				.line("A", "S1", ADMINISTRATIVE)
				.line("A", "S2", ADMINISTRATIVE);
			assertThat(findings("MULTIPLE_SUPERIORS")).singleElement().satisfies(f -> {
				assertThat(f.agencies()).containsExactly("A", "S1", "S2");
				assertThat(f.units()).containsExactly("D", "P");
			});
		}

		@Test
		void aProfessionalLineIsNotASecondSuperior() {
			graph.agency("A", "D")
				.agency("S1", "D")
				.agency("S2", "P")
				.line("A", "S1", ADMINISTRATIVE)
				.line("A", "S2", PROFESSIONAL)
				.line("A", "S2", PARTY);
			assertThat(findings("MULTIPLE_SUPERIORS")).isEmpty();
		}

		@Test
		void aCommitteeAccountableToItsCouncilHasOneSuperior() {
			// domain.md §8.3: the district committee reports administratively to the
			// province's and
			// is accountable to its own council; the law intends both, no rule counts the
			// second
			graph.agency("D_UBND", "D")
				.agency("D_HDND", "D")
				.agency("P_UBND", "P")
				.line("D_UBND", "P_UBND", ADMINISTRATIVE)
				.line("D_UBND", "D_HDND", ACCOUNTABLE)
				.line("D_HDND", "D_UBND", ADMINISTRATIVE);
			assertThat(findings("MULTIPLE_SUPERIORS")).isEmpty();
			assertThat(findings("REPORTING_CYCLE")).isEmpty();
			assertThat(findings("ORPHAN_AGENCY")).extracting(Finding::agencies).doesNotContain(List.of("D_UBND"));
		}

		@Test
		void aMergedSuperiorDoesNotCount() {
			graph.agency("A", "D")
				.agency("S1", "D")
				.agency("S2", "P", STATE, DEPARTMENT, MERGED)
				.line("A", "S1", ADMINISTRATIVE)
				.line("A", "S2", ADMINISTRATIVE);
			assertThat(findings("MULTIPLE_SUPERIORS")).isEmpty();
		}

	}

	@Nested
	class ReportingCycle {

		@Test
		void eachCycleOnceWithAllItsMembers() {
			graph.agency("A", "P")
				.agency("B", "P")
				.agency("C", "D")
				.agency("X", "C1")
				.agency("Y", "C1")
				.line("A", "B", ADMINISTRATIVE)
				.line("B", "C", ADMINISTRATIVE)
				.line("C", "A", ADMINISTRATIVE)
				.line("X", "Y", ADMINISTRATIVE)
				.line("Y", "X", ADMINISTRATIVE);
			assertThat(findings("REPORTING_CYCLE")).extracting(Finding::agencies)
				.containsExactlyInAnyOrder(List.of("A", "B", "C"), List.of("X", "Y"));
		}

		@Test
		void partyAndProfessionalLinesDoNotMakeACycle() {
			graph.agency("A", "P").agency("B", "P").line("A", "B", ADMINISTRATIVE).line("B", "A", PARTY);
			assertThat(findings("REPORTING_CYCLE")).isEmpty();
		}

		@Test
		void aChainIsNoCycle() {
			graph.agency("A", "C1")
				.agency("B", "D")
				.agency("C", "P")
				.line("A", "B", ADMINISTRATIVE)
				.line("B", "C", ADMINISTRATIVE);
			assertThat(findings("REPORTING_CYCLE")).isEmpty();
		}

	}

	@Nested
	class SelfInspection {

		@Test
		void leadsAndInspectsTheSameTask() {
			graph.agency("A", "P").holds("A", "T1", LEAD, "M").holds("A", "T1", INSPECT, "M");
			assertThat(findings("SELF_INSPECTION")).singleElement().satisfies(f -> {
				assertThat(f.agencies()).containsExactly("A");
				assertThat(f.functions()).containsExactly("T1");
			});
		}

		@Test
		void anInspectionWithoutAMandateInForceIsNoSelfInspection() {
			graph.agency("A", "P").holds("A", "T1", LEAD, "M").holds("A", "T1", INSPECT, "OLD");
			assertThat(findings("SELF_INSPECTION")).isEmpty();
		}

		@Test
		void inspectingAnotherTaskOrAnotherBodysTaskIsFine() {
			graph.agency("A", "P")
				.agency("B", "P")
				.holds("A", "T1", LEAD, "M")
				.holds("A", "T2", INSPECT, "M")
				.holds("B", "T1", INSPECT, "M");
			assertThat(findings("SELF_INSPECTION")).isEmpty();
		}

	}

	@Nested
	class MergerCandidate {

		@Test
		void twoBodiesThatLeadTheSameTasksAlwaysQualify() {
			graph.agency("A", "P")
				.agency("B", "P")
				.holds("A", "T1", LEAD, "M")
				.holds("A", "T2", LEAD, "M")
				.holds("B", "T1", LEAD, "M")
				.holds("B", "T2", LEAD, "M")
				.holds("B", "F", COORDINATE, "M");
			assertThat(findings("MERGER_CANDIDATE")).singleElement().satisfies(f -> {
				assertThat(f.agencies()).containsExactly("A", "B");
				assertThat(f.functions()).containsExactly("T1", "T2");
				// shared leads 0.40 × 2/2, both lead under M (one specific law: 0.05),
				// same
				// sector 0.05; no superior
				assertThat(f.score()).isEqualTo(0.5);
				assertThat(f.severity()).isEqualTo(Severity.INFO);
			});
		}

		@Test
		void bodiesThatLeadWhatTheOtherCoordinatesQualifyWithoutASharedLead() {
			graph.agency("UB", "P", STATE, PEOPLES_COMMITTEE, ACTIVE)
				.agency("A", "P")
				.agency("B", "P")
				.line("A", "UB", ADMINISTRATIVE)
				.line("B", "UB", ADMINISTRATIVE)
				.holds("A", "T1", LEAD, "M")
				.holds("A", "T2", LEAD, "M")
				.holds("B", "F", LEAD, "M")
				.holds("B", "DOM", LEAD, "M")
				.holds("A", "F", COORDINATE, "M")
				.holds("A", "DOM", ADVISE, "M")
				.holds("B", "T1", COORDINATE, "M")
				.holds("B", "T2", COORDINATE, "M");
			assertThat(findings("MERGER_CANDIDATE")).singleElement().satisfies(f -> {
				assertThat(f.agencies()).containsExactly("A", "B");
				assertThat(f.functions()).containsExactly("T1", "T2", "DOM", "F");
				assertThat(f.mandates()).containsExactly("M");
				// two contacts each way 0.25, one specific law 0.05, the same superior
				// 0.10,
				// the same sector 0.05
				assertThat(f.score()).isEqualTo(0.45);
				// figures with two decimals, the sector in the reader's words
				assertThat(f.explanation().en()).contains("(score 0.45)")
					.contains("both lead none (+0.00)")
					.contains("one leads and the other coordinates")
					.contains("(+0.25)")
					.contains("same direct superior Body UB (+0.10)")
					.contains("sector State (+0.05)");
				assertThat(f.explanation().vi()).contains("(điểm 0,45)")
					.contains("(+0,25)")
					.contains("khối Nhà nước (+0,05)")
					.doesNotContain("STATE");
			});
		}

		@Test
		void bodiesOfOneCommitteeInOneWayContactAreNoCandidates() {
			// neighbours under F, one law, one superior, one sector: 0.30 of a score, but
			// A
			// never works on what B leads, so they are not in working contact
			graph.agency("UB", "P", STATE, PEOPLES_COMMITTEE, ACTIVE)
				.agency("A", "P")
				.agency("B", "P")
				.line("A", "UB", ADMINISTRATIVE)
				.line("B", "UB", ADMINISTRATIVE)
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T2", LEAD, "M")
				.holds("B", "T1", COORDINATE, "M");
			assertThat(findings("MERGER_CANDIDATE")).isEmpty();
		}

		@Test
		void aBodyAndItsPartAreNoPair() {
			graph.agency("A", "P")
				.agency("B", "P")
				.line("B", "A", ADMINISTRATIVE)
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T1", LEAD, "M");
			assertThat(findings("MERGER_CANDIDATE")).isEmpty();
		}

		@Test
		void onlyWhatAMandateInForceGrantsIsInAPortfolio() {
			// on paper B leads what A leads; on the day only T1 counts for B:
			// 0.40 × 1/3 + 0.05 (M) + 0.05 (sector) = 0.23, below the threshold 0.4
			graph.agency("A", "P")
				.agency("B", "P")
				.holds("A", "T1", LEAD, "M")
				.holds("A", "T2", LEAD, "M")
				.holds("A", "DOM", LEAD, "M")
				.holds("B", "T1", LEAD, "M")
				.holds("B", "T2", LEAD, "OLD")
				.holds("B", "DOM", LEAD, "OLD");
			assertThat(findings("MERGER_CANDIDATE")).isEmpty();
		}

		@Test
		void anotherSectorWeighsLessAndAnotherUnitIsNoPair() {
			// A and B: 0.40 × 1/1 + 0.05 (M, led by two bodies of P), no sector points
			graph.agency("A", "P")
				.agency("B", "P", FRONT, BOARD, ACTIVE)
				.agency("C", "D")
				.holds("A", "T1", LEAD, "M")
				.holds("B", "T1", LEAD, "M")
				.holds("C", "T1", LEAD, "M");
			assertThat(findings("MERGER_CANDIDATE")).singleElement().satisfies(f -> {
				assertThat(f.agencies()).containsExactly("A", "B");
				assertThat(f.score()).isEqualTo(0.45);
				assertThat(f.explanation().en()).contains("sector State / Front (+0.00)");
			});
		}

		@Test
		void oneSharedTaskAmongManyIsBelowTheThreshold() {
			// 0.40 × 1/4 + 0.05 (M) + 0.05 (sector) = 0.20
			graph.agency("A", "P")
				.agency("B", "P")
				.holds("A", "T1", LEAD, "M")
				.holds("A", "T2", LEAD, "M")
				.holds("A", "F", LEAD, "M")
				.holds("B", "T1", LEAD, "M")
				.holds("B", "DOM", LEAD, "M");
			assertThat(findings("MERGER_CANDIDATE")).isEmpty();
		}

	}

	/**
	 * The day an instrument takes effect it is in force; the day it is repealed it no
	 * longer is (domain.md: periods are half-open). Every rule that reads dates is
	 * checked on both edges and a day either side: the mandates a finding cites, and
	 * whether UNFOUNDED finds a responsibility.
	 */
	@Nested
	class BoundaryDays {

		static final String[] EDGES = { "FROM_TODAY", "ENDS_TODAY", "ENDS_TOMORROW", "FROM_TOMORROW" };

		@BeforeEach
		void mandatesOnTheEdges() {
			graph.mandate("FROM_TODAY", "10/2025/NĐ-CP", AS_OF, null)
				.mandate("ENDS_TODAY", "11/2010/NĐ-CP", LocalDate.of(2010, 1, 1), AS_OF)
				.mandate("ENDS_TOMORROW", "12/2010/NĐ-CP", LocalDate.of(2010, 1, 1), AS_OF.plusDays(1))
				.mandate("FROM_TOMORROW", "13/2025/NĐ-CP", AS_OF.plusDays(1), null);
		}

		private void citesTheMandatesInForceOnTheDay(String rule) {
			assertThat(findings(rule)).as(rule)
				.singleElement()
				.satisfies(f -> assertThat(f.mandates()).as(rule + " cites")
					.containsExactlyInAnyOrder("FROM_TODAY", "ENDS_TOMORROW"));
		}

		@Test
		void duplicate() {
			graph.agency("A", "P").agency("B", "P").holds("A", "T1", LEAD, EDGES).holds("B", "T1", LEAD, EDGES);
			citesTheMandatesInForceOnTheDay("DUPLICATE");
		}

		@Test
		void noLead() {
			graph.agency("A", "C1").holds("A", "T1", COORDINATE, EDGES);
			citesTheMandatesInForceOnTheDay("NO_LEAD");
		}

		@Test
		void overlapNested() {
			graph.agency("A", "P").agency("B", "P").holds("A", "F", LEAD, EDGES).holds("B", "T1", LEAD, EDGES);
			citesTheMandatesInForceOnTheDay("OVERLAP_NESTED");
		}

		@Test
		void overlapVertical() {
			graph.agency("A", "P")
				.agency("B", "C1")
				.holds("A", "T1", LEAD, EDGES)
				.holds("B", "T1", LEAD, EDGES)
				.levelRule("T1", PROVINCE, "M");
			citesTheMandatesInForceOnTheDay("OVERLAP_VERTICAL");
		}

		@Test
		void selfInspection() {
			graph.agency("A", "P").holds("A", "T1", LEAD, EDGES).holds("A", "T1", INSPECT, EDGES);
			citesTheMandatesInForceOnTheDay("SELF_INSPECTION");
		}

		@Test
		void unfounded() {
			graph.agency("A", "P")
				.holds("A", "DOM", LEAD, "FROM_TODAY")
				.holds("A", "F", LEAD, "ENDS_TODAY")
				.holds("A", "T1", LEAD, "ENDS_TOMORROW")
				.holds("A", "T2", LEAD, "FROM_TOMORROW");
			assertThat(findings("UNFOUNDED")).extracting(Finding::functions)
				.as("in force from the day it takes effect, no longer on the day it is repealed")
				.containsExactlyInAnyOrder(List.of("F"), List.of("T2"));
		}

	}

}
