package org.apparatus.registry;

import java.util.List;
import java.util.Map;

import org.apparatus.ApiUsers;
import org.apparatus.QueryCounter;
import org.apparatus.SeededKnowledgeBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The read API answers planners' questions about the seed province, over HTTP. */
@SeededKnowledgeBase
class RegistryGraphQlTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	QueryCounter queries;

	@BeforeEach
	void logInAsViewer() {
		this.graphQl = ApiUsers.viewer(this.graphQl);
	}

	@Test
	void theHistoryOfABodyAndOfAUnit() {
		var body = this.graphQl
			.document("{ history(code: \"BL_STC\") { kind agencyPeriods { name validFrom validTo asOf } "
					+ "unitPeriods { code } events { kind } } }")
			.execute();
		body.path("history.kind").entity(String.class).isEqualTo("AGENCY");
		// Sở Tài chính of Bạc Liêu: a period until it absorbed Sở Kế hoạch và Đầu tư on 1
		// March 2025 (staff 50), one after it (95) until the province ended on 1 July
		// 2025
		body.path("history.agencyPeriods[*].name")
			.entityList(String.class)
			.containsExactly("Sở Tài chính", "Sở Tài chính");
		body.path("history.agencyPeriods[0].validFrom").valueIsNull();
		body.path("history.agencyPeriods[1].validFrom").entity(String.class).isEqualTo("2025-03-01");
		body.path("history.agencyPeriods[1].validTo").entity(String.class).isEqualTo("2025-07-01");
		body.path("history.unitPeriods").entityList(Object.class).hasSize(0);
		// the merger of 1 March 2025, the hand-over to Cà Mau's Sở Tài chính on 1 July
		body.path("history.events[*].kind").entityList(String.class).containsExactly("MERGE", "TRANSFER");
		this.graphQl.document("{ history(code: \"BL.HD\") { kind unitPeriods { code level } } }")
			.execute()
			.path("history.unitPeriods[*].level")
			.entityList(String.class)
			.containsExactly("DISTRICT");
		this.graphQl.document("{ history(code: \"NOWHERE\") { kind } }").execute().path("history").valueIsNull();
	}

	@Test
	void theNghiQuyet18PilotMergedEducationWithScienceFrom2019UntilMarch2023() {
		var science = this.graphQl
			.document("{ history(code: \"BL_SKHCN\") { agencyPeriods { validFrom validTo } events { kind date } } }")
			.execute();
		// Sở Khoa học và Công nghệ: until the pilot, again after it, then with Sở Thông
		// tin và Truyền thông from 1 March 2025
		science.path("history.agencyPeriods[*].validTo")
			.entityList(String.class)
			.containsExactly("2019-01-01", "2025-03-01", "2025-07-01");
		science.path("history.events[*].kind")
			.entityList(String.class)
			.satisfies(kinds -> assertThat(kinds).startsWith("MERGE", "SPLIT"));
		// in 2021 the merged department leads both portfolios, each on the law of its
		// field
		var merged = this.graphQl.documentName("agency")
			.variable("code", "BL_SGDKHCN")
			.variable("asOf", "2021-06-01")
			.execute();
		merged.path("agency.name").entity(String.class).isEqualTo("Sở Giáo dục, Khoa học và Công nghệ");
		merged.path("agency.responsibilities[?(@.role == 'LEAD')].function.code")
			.entityList(String.class)
			.contains("EDU.SECONDARY", "SCI.RESEARCH");
	}

	@Test
	void anAgencyWithItsUnitLinesChainAndResponsibilities() {
		var agency = this.graphQl.documentName("agency")
			.variable("code", "VL_CT_UBND")
			.variable("asOf", "2025-02-28")
			.execute();
		agency.path("agency.name").entity(String.class).isEqualTo("Ủy ban nhân dân xã Châu Thới");
		agency.path("agency.adminUnit.code").entity(String.class).isEqualTo("BL.VL.CT");
		agency.path("agency.reportingChain[*].code")
			.entityList(String.class)
			.containsExactly("VL_UBND", "BL_UBND", "BL_HDND");
		agency.path("agency.superiors[*].agency.code").entityList(String.class).contains("VL_UBND", "VL_CT_HDND");
		agency.path("agency.responsibilities[?(@.function.code == 'JUST.CIVREG')].grants[*].mandate.number")
			.entityList(String.class)
			.contains("60/2014/QH13", "77/2015/QH13");
		agency.path(
				"agency.responsibilities[?(@.function.code == 'JUST.CIVREG')].grants[?(@.mandate.code == 'L-TCCQDP-2015')].article")
			.entityList(String.class)
			.containsExactly("Điều 35");
	}

	@Test
	void aWardsCommitteeCitesTheWardArticleOfTheLawOnLocalGovernment() {
		this.graphQl.documentName("agency")
			.variable("code", "TPBL_P1_UBND")
			.variable("asOf", "2025-02-28")
			.execute()
			.path("agency.responsibilities[?(@.function.code == 'JUST.CIVREG')].grants[?(@.mandate.code == 'L-TCCQDP-2015')].article")
			.entityList(String.class)
			.containsExactly("Điều 63");
	}

	@Test
	void anUnknownAgencyIsNull() {
		this.graphQl.documentName("agency").variable("code", "NO_SUCH").execute().path("agency").valueIsNull();
	}

	@Test
	void subordinatesOfTheProvincialPeoplesCommittee() {
		this.graphQl.documentName("agency")
			.variable("code", "BL_UBND")
			.variable("asOf", "2025-02-28")
			.execute()
			.path("agency.subordinates[*].agency.code")
			.entityList(String.class)
			.contains("BL_STNMT", "BL_STC", "HD_UBND", "VL_UBND");
	}

	@Test
	void pagesOfAgenciesForwardAndBack() {
		Map<String, Object> filter = Map.of("unit", "BL.VL", "includeSubunits", true, "sector", "STATE");
		var first = this.graphQl.documentName("agencies")
			.variable("filter", filter)
			.variable("first", 5)
			.variable("asOf", "2025-02-28")
			.execute();
		int total = first.path("agencies.totalCount").entity(Integer.class).get();
		List<String> page1 = first.path("agencies.edges[*].node.code").entityList(String.class).get();
		assertThat(page1).hasSize(5).isSorted();
		first.path("agencies.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("agencies.edges[*].node.sector")
			.entityList(String.class)
			.containsExactly("STATE", "STATE", "STATE", "STATE", "STATE");
		String end = first.path("agencies.pageInfo.endCursor").entity(String.class).get();

		var second = this.graphQl.documentName("agencies")
			.variable("filter", filter)
			.variable("first", 5)
			.variable("after", end)
			.variable("asOf", "2025-02-28")
			.execute();
		List<String> page2 = second.path("agencies.edges[*].node.code").entityList(String.class).get();
		assertThat(page2).hasSize(5).doesNotContainAnyElementsOf(page1);
		assertThat(page2.get(0)).isGreaterThan(page1.get(4));
		second.path("agencies.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);

		String start = second.path("agencies.pageInfo.startCursor").entity(String.class).get();
		this.graphQl.documentName("agencies")
			.variable("filter", filter)
			.variable("last", 5)
			.variable("before", start)
			.variable("asOf", "2025-02-28")
			.execute()
			.path("agencies.edges[*].node.code")
			.entityList(String.class)
			.isEqualTo(page1);
		assertThat(total).isGreaterThan(10);
	}

	@Test
	void filterByUnitAloneExcludesSubunits() {
		this.graphQl.documentName("agencies")
			.variable("filter", Map.of("unit", "BL.VL.CT"))
			.variable("first", 100)
			.variable("asOf", "2025-02-28")
			.execute()
			.path("agencies.edges[*].node.adminUnit.code")
			.entityList(String.class)
			.satisfies(units -> assertThat(units).isNotEmpty().containsOnly("BL.VL.CT"));
	}

	@Test
	void pageSizeIsBounded() {
		this.graphQl.documentName("agencies").variable("first", 1000).execute().errors().satisfy(errors -> {
			assertThat(errors).as("one error, about the argument").hasSize(1).first().satisfies(error -> {
				assertThat(error.getMessage()).isEqualTo("first: must be between 1 and 100, not 1000");
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", "first");
			});
		});
	}

	@Test
	void aForgedCursorIsABadRequest() {
		this.graphQl.documentName("agencies")
			.variable("after", "not-a-cursor")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).first()
				.satisfies(error -> assertThat(error.getMessage()).startsWith("after:")));
	}

	@Test
	void searchIgnoresDiacritics() {
		this.graphQl.documentName("search")
			.variable("text", "so tai nguyen")
			.variable("asOf", "2025-02-28")
			.execute()
			.path("search[0]")
			.entity(Map.class)
			.satisfies(hit -> {
				assertThat(hit.get("code")).isEqualTo("BL_STNMT");
				assertThat(hit.get("name")).isEqualTo("Sở Tài nguyên và Môi trường");
			});
	}

	@Test
	void searchFindsFunctionsAndMandatesToo() {
		this.graphQl.documentName("search")
			.variable("text", "an toan thuc pham")
			.execute()
			.path("search[*].code")
			.entityList(String.class)
			.contains("FOOD", "L-ATTP-2010");
		this.graphQl.documentName("search")
			.variable("text", "dang ky dat")
			.execute()
			.path("search[*].type")
			.entityList(String.class)
			.contains("FUNCTION");
	}

	@Test
	void searchNeedsSomethingToSearchFor() {
		this.graphQl.documentName("search")
			.variable("text", " ?! ")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).first()
				.satisfies(error -> assertThat(error.getMessage()).startsWith("text:")));
	}

	@Test
	void aLongSearchTextOrOneWithAThousandWordsIsABadRequest() {
		for (String text : new String[] { "so tai chinh ".repeat(40), "a ".repeat(1000),
				"x".repeat(SearchController.MAX_TEXT + 1) }) {
			this.graphQl.documentName("search")
				.variable("text", text)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(error.getMessage()).startsWith("text: search for at most ");
				}));
		}
		this.graphQl.documentName("search")
			.variable("text", "so tai chinh")
			.execute()
			.path("search[0].code")
			.entity(String.class)
			.isEqualTo("CM_STC");
	}

	@Test
	void adminUnitsWithChildrenAndAgencies() {
		// the seven districts of the record, on the last day of the district tier
		var districts = this.graphQl.documentName("adminUnits")
			.variable("level", "DISTRICT")
			.variable("asOf", "2025-06-30")
			.execute();
		districts.path("adminUnits[*].code")
			.entityList(String.class)
			.containsExactly("BL.DH", "BL.GR", "BL.HB", "BL.HD", "BL.PL", "BL.TPBL", "BL.VL");
		districts.path("adminUnits[3].parent.code").entity(String.class).isEqualTo("BL");
		// Hồng Dân: Thị trấn Ngan Dừa and its eight xã
		districts.path("adminUnits[3].children[*].code")
			.entityList(String.class)
			.containsExactly("BL.HD.LN", "BL.HD.ND", "BL.HD.NH", "BL.HD.NQ", "BL.HD.NQA", "BL.HD.NTL", "BL.HD.NTLA",
					"BL.HD.VL", "BL.HD.VLA");
		districts.path("adminUnits[3].agencies[*].code").entityList(String.class).contains("HD_UBND", "HD_PTNMT");
	}

	@Test
	void theFunctionTreeWithItsLevelRules() {
		var tree = this.graphQl.documentName("functionTree").variable("asOf", "2025-02-28").execute();
		tree.path("functionTree[*].code").entityList(String.class).contains("FIN", "FOOD", "HEALTH", "PARTY");
		tree.path("functionTree[?(@.code == 'FIN')].children[?(@.code == 'FIN.BUDGET')].levelRules[*].level")
			.entityList(String.class)
			.containsExactly("PROVINCE", "DISTRICT", "COMMUNE");
		var after = this.graphQl.documentName("functionTree").variable("asOf", "2025-07-01").execute();
		// level rules hold while their period and their mandate do: no district after 1
		// July 2025
		after.path("functionTree[?(@.code == 'FIN')].children[?(@.code == 'FIN.BUDGET')].levelRules[*].level")
			.entityList(String.class)
			.containsExactly("PROVINCE", "COMMUNE");
	}

	@Test
	void whoDoesFoodSafetyInspection() {
		this.graphQl.documentName("function")
			.variable("code", "FOOD.INSPECT")
			.variable("asOf", "2025-02-28")
			.execute()
			.path("function.responsibilities[?(@.role == 'LEAD')].agency.code")
			.entityList(String.class)
			.contains("BL_CC_ATVSTP", "BL_CC_QLCL", "BL_SCT");
		// Cà Mau from 1 July 2025: the three departments each lead it (the finding that
		// remains after the reform, docs/findings-seed.md)
		this.graphQl.documentName("function")
			.variable("code", "FOOD.INSPECT")
			.execute()
			.path("function.responsibilities[?(@.role == 'LEAD')].agency.code")
			.entityList(String.class)
			.satisfies(leads -> assertThat(leads).containsExactlyInAnyOrder("CM_SCT", "CM_SNNMT", "CM_SYT"));
	}

	@Test
	void theDistrictsSchoolsAreTheCommunesFromTheTwoTierDayOnTheDecreeThatSaysSo() {
		// 28 February 2025: the seven district education offices lead primary and
		// lower-secondary schooling
		this.graphQl.documentName("function")
			.variable("code", "EDU.PRIMARY")
			.variable("asOf", "2025-02-28")
			.execute()
			.path("function.responsibilities[?(@.role == 'LEAD')].agency.adminUnit.code")
			.entityList(String.class)
			.contains("BL.TPBL", "BL.GR", "BL.DH");
		// today: each of Cà Mau's 64 communes and wards, on Nghị định 142/2025/NĐ-CP
		var today = this.graphQl.documentName("function").variable("code", "EDU.PRIMARY").execute();
		today.path("function.responsibilities[?(@.role == 'LEAD')].agency.code")
			.entityList(String.class)
			.hasSize(64)
			.contains("CM_XCHAUTHOI_UBND", "CM_PBACLIEU_UBND");
		today.path("function.responsibilities[?(@.role == 'LEAD')].grants[*].mandate.number")
			.entityList(String.class)
			.satisfies(numbers -> assertThat(numbers).isNotEmpty().containsOnly("142/2025/NĐ-CP"));
		// the commune level is expected to lead it from that day, so no commune is left
		// out
		this.graphQl.documentName("functionTree")
			.execute()
			.path("functionTree[?(@.code == 'EDU')].children[?(@.code == 'EDU.PRIMARY')].levelRules[*].mandate.code")
			.entityList(String.class)
			.containsExactly("ND-142-2025");
	}

	/**
	 * Emulation awards, environmental registration and household business registration
	 * were the district's; from 1 July 2025 each commune's People's Committee leads them
	 * on the article that hands them over, with the commune office of that field
	 * advising.
	 */
	@Test
	void theCommunesHoldTheDistrictsAwardsAndRegistrationsOnTheArticleThatGivesThem() {
		var communeLeads = this.graphQl.document(
				"""
						{ agency(code: "CM_XCHAUTHOI_UBND") { responsibilities { role function { code } grants { mandate { number } article } } } }""")
			.execute();
		communeLeads.path("agency.responsibilities[?(@.function.code == 'HOME.AWARD')].grants[*].article")
			.entityList(String.class)
			.contains("Điều 59");
		communeLeads.path("agency.responsibilities[?(@.function.code == 'PLAN.BIZREG')].grants[*].mandate.number")
			.entityList(String.class)
			.containsExactly("168/2025/NĐ-CP");
		communeLeads.path("agency.responsibilities[?(@.function.code == 'ENV.POLL')].grants[*].article")
			.entityList(String.class)
			.containsExactly("khoản 1 Điều 29");
		// the settlement of completed projects: Điều 6 of 125/2025 until Nghị định
		// 254/2025/NĐ-CP repealed it on 26 September 2025 and gave the power again
		communeLeads.path("agency.responsibilities[?(@.function.code == 'FIN.SETTLE')].grants[*].mandate.number")
			.entityList(String.class)
			.containsExactly("254/2025/NĐ-CP");
		this.graphQl.document(
				"""
						{ agency(code: "CM_XCHAUTHOI_UBND", asOf: "2025-08-01") { responsibilities { function { code } grants { mandate { number } article } } } }""")
			.execute()
			.path("agency.responsibilities[?(@.function.code == 'FIN.SETTLE')].grants[*].article")
			.entityList(String.class)
			.containsExactly("Điều 6");
		this.graphQl.documentName("function")
			.variable("code", "HOME.AWARD")
			.execute()
			.path("function.responsibilities[?(@.role == 'ADVISE')].agency.code")
			.entityList(String.class)
			.satisfies(codes -> assertThat(codes).hasSize(64).allSatisfy(code -> assertThat(code).endsWith("_PVHXH")));
	}

	@Test
	void eachCommuneOfficeAdvisesOnTheFieldsTheDecreeGivesIt() {
		// Nghị định 150/2025/NĐ-CP, Điều 15: the Văn phòng serves the committee, the
		// Phòng Văn hóa - Xã hội advises it on home affairs and sport, the Phòng Kinh tế
		// on markets and on poverty reduction (a field of agriculture and environment)
		var office = this.graphQl.document(
				"""
						{ agency(code: "CM_XCHAUTHOI_VP") { responsibilities { role function { code } grants { mandate { number } article } } } }""")
			.execute();
		office.path("agency.responsibilities[?(@.function.code == 'GOV.SUPPORT')].role")
			.entityList(String.class)
			.containsExactly("LEAD");
		office.path("agency.responsibilities[?(@.function.code == 'GOV.SUPPORT')].grants[*].article")
			.entityList(String.class)
			.containsExactly("Điều 15");
		assertThat(advisedBy("CM_XCHAUTHOI_PVHXH")).contains("HOME.CADRE", "HOME.ORG", "CULT.SPORT", "LAB.EMPLOY")
			.doesNotContain("LAB.POVERTY", "TRADE.COMM");
		assertThat(advisedBy("CM_XCHAUTHOI_PKT")).contains("TRADE.COMM", "PLAN.COOP", "LAB.POVERTY", "AGRI.FISH.AQUA")
			.doesNotContain("HOME.CADRE");
		// a ward's Phòng Kinh tế, Hạ tầng và Đô thị: urban development and its
		// infrastructure
		assertThat(advisedBy("CM_PBACLIEU_PKT")).contains("CONST.URBAN", "TRANS.INFRA");
		// and community learning centres, which the education circular 15/2025/TT-BGDĐT
		// adds from its day of effect, 24 July 2025
		assertThat(advisedBy("CM_XCHAUTHOI_PVHXH")).contains("EDU.CONTINUE");
		// the committee leads each field on the decree; the province keeps its own lead
		this.graphQl.documentName("function")
			.variable("code", "CULT.SPORT")
			.execute()
			.path("function.responsibilities[?(@.role == 'LEAD')].agency.code")
			.entityList(String.class)
			.contains("CM_SVHTTDL", "CM_XCHAUTHOI_UBND", "CM_PBACLIEU_UBND");
	}

	private List<String> advisedBy(String office) {
		return this.graphQl.document("""
				{ agency(code: "%s") { responsibilities { role function { code } } } }""".formatted(office))
			.execute()
			.path("agency.responsibilities[?(@.role == 'ADVISE')].function.code")
			.entityList(String.class)
			.get();
	}

	@Test
	void bacLieusEthnicCommitteeTookTheReligiousBoardFrom2019UntilItBecameADepartment() {
		// 2018: the religious board of Sở Nội vụ leads religious affairs
		assertThat(provincialLeadsOfReligiousAffairs("2018-06-01")).contains("BL_BTG_SNV").doesNotContain("BL_BDT");
		// from 2019 (the resolution of the NQ-18 pilot) the ethnic committee, renamed Ban
		// Dân tộc và Tôn giáo, leads it until Sở Dân tộc và Tôn giáo is formed on it
		assertThat(provincialLeadsOfReligiousAffairs("2024-12-31")).contains("BL_BDT").doesNotContain("BL_BTG_SNV");
		this.graphQl.documentName("agency")
			.variable("code", "BL_BDT")
			.variable("asOf", "2024-12-31")
			.execute()
			.path("agency.name")
			.entity(String.class)
			.isEqualTo("Ban Dân tộc và Tôn giáo tỉnh");
		assertThat(provincialLeadsOfReligiousAffairs("2025-03-01")).contains("BL_SDTTG")
			.doesNotContain("BL_BDT", "BL_BTG_SNV");
	}

	private List<String> provincialLeadsOfReligiousAffairs(String asOf) {
		return this.graphQl.documentName("function")
			.variable("code", "HOME.RELIG")
			.variable("asOf", asOf)
			.execute()
			.path("function.responsibilities[?(@.role == 'LEAD' && @.agency.adminUnit.code == 'BL')].agency.code")
			.entityList(String.class)
			.get();
	}

	@Test
	void theLawsOfDecember2025ReplaceTheirPredecessorsOnTheirDayOfEffect() {
		// the building permits of Cà Mau's construction department: Luật Xây dựng 2014
		// until 30 June 2026, Luật Xây dựng 135/2025/QH15 from 1 July 2026
		assertThat(lawsInForceForBuildingPermits("2026-06-30")).contains("50/2014/QH13")
			.doesNotContain("135/2025/QH15");
		assertThat(lawsInForceForBuildingPermits("2026-12-05")).contains("135/2025/QH15")
			.doesNotContain("50/2014/QH13");
		// the other laws of that session the seed cites, each on its own day
		this.graphQl.documentName("mandates")
			.variable("kind", "LAW")
			.variable("inForceOn", "2026-12-05")
			.execute()
			.path("mandates[*].number")
			.entityList(String.class)
			.contains("129/2025/QH15", "112/2025/QH15", "148/2025/QH15")
			.doesNotContain("58/2010/QH12", "21/2017/QH14", "67/2006/QH11");
	}

	private List<String> lawsInForceForBuildingPermits(String asOf) {
		return this.graphQl.document("""
				query($asOf: Date) {
				  agency(code: "CM_SXD", asOf: $asOf) {
				    responsibilities { function { code } grants { mandate { number inForce(on: $asOf) } } }
				  }
				}""")
			.variable("asOf", asOf)
			.execute()
			.path("agency.responsibilities[?(@.function.code == 'CONST.PERMIT')].grants[?(@.mandate.inForce == true)].mandate.number")
			.entityList(String.class)
			.get();
	}

	@Test
	void caMausDepartmentsAndCommuneOfficesCiteTheCircularsOfTheirField() {
		instrumentsOfTheLeadsOf("CM_SYT").contains("150/2025/NĐ-CP", "20/2025/TT-BYT");
		instrumentsOfTheLeadsOf("CM_STC").contains("150/2025/NĐ-CP", "57/2025/TT-BTC");
		// the justice circular guides the commune's Văn phòng HĐND và UBND
		this.graphQl.document(
				"""
						{ agency(code: "CM_XCHAUTHOI_VP") { responsibilities { function { code } grants { mandate { number } } } } }""")
			.execute()
			.path("agency.responsibilities[?(@.function.code == 'JUST.PROMO')].grants[*].mandate.number")
			.entityList(String.class)
			.contains("09/2025/TT-BTP");
		// the circular on ethnic and religious affairs gives the commune's religious
		// advice
		// to its Phòng Văn hóa - Xã hội, not its office
		this.graphQl.document(
				"""
						{ function(code: "HOME.RELIG") { responsibilities { role agency { code } grants { mandate { number } } } } }""")
			.execute()
			.path("function.responsibilities[?(@.role == 'ADVISE')].agency.code")
			.entityList(String.class)
			.satisfies(codes -> assertThat(codes).hasSize(64)
				.contains("CM_XCHAUTHOI_PVHXH")
				.allSatisfy(code -> assertThat(code).endsWith("_PVHXH")));
	}

	private GraphQlTester.EntityList<String> instrumentsOfTheLeadsOf(String agency) {
		return this.graphQl
			.document(
					"{ agency(code: \"" + agency + "\") { responsibilities { role grants { mandate { number } } } } }")
			.execute()
			.path("agency.responsibilities[?(@.role == 'LEAD')].grants[*].mandate.number")
			.entityList(String.class);
	}

	@Test
	void mandatesInForceOnADay() {
		var before2025 = this.graphQl.documentName("mandates")
			.variable("kind", "DECREE")
			.variable("inForceOn", "2024-12-31")
			.execute()
			.path("mandates[*].code")
			.entityList(String.class);
		before2025.contains("ND-24-2014", "ND-100-2019").doesNotContain("ND-150-2025");
		this.graphQl.documentName("mandates")
			.variable("kind", "DECREE")
			.variable("inForceOn", "2025-07-01")
			.execute()
			.path("mandates[*].code")
			.entityList(String.class)
			.contains("ND-150-2025")
			.doesNotContain("ND-24-2014", "ND-100-2019");
	}

	@Test
	void mandatesAreCitedAsExplanationsAndReportsCiteThem() {
		var mandates = this.graphQl.documentName("mandates").execute();
		mandates.path("mandates[?(@.code == 'ND-45-2025')].citation")
			.entityList(String.class)
			.containsExactly("Nghị định 45/2025/NĐ-CP");
		mandates.path("mandates[?(@.code == 'ND-45-2025')].citationEn")
			.entityList(String.class)
			.containsExactly("Decree 45/2025/NĐ-CP");
		// an illustrative instrument: "(minh họa)" is no number, its title and code say
		// which it is
		mandates.path("mandates[?(@.code == 'ILLUS-QD-TU-BL')].citation")
			.entityList(String.class)
			.containsExactly(
					"Quyết định của Tỉnh ủy Bạc Liêu về chức năng, nhiệm vụ của các ban, văn phòng Tỉnh ủy (mã minh họa)");
		mandates.path("mandates[?(@.code == 'ILLUS-QD-TU-BL')].citationEn")
			.entityList(String.class)
			.containsExactly(
					"Decision ILLUS-QD-TU-BL (Quyết định của Tỉnh ủy Bạc Liêu về chức năng, nhiệm vụ của các ban, văn phòng Tỉnh ủy (mã minh họa))");
	}

	@Test
	void aRepealedMandateNamesTheOneThatReplacedIt() {
		var old = this.graphQl.documentName("mandate").variable("code", "L-TCTAND-2014").execute();
		old.path("mandate.repealedOn").entity(String.class).isEqualTo("2025-01-01");
		old.path("mandate.replacedBy.code").entity(String.class).isEqualTo("L-TCTAND-2024");
		old.path("mandate.replacedBy.citation").entity(String.class).isEqualTo("Luật 34/2024/QH15");
		old.path("mandate.replacedBy.citationEn").entity(String.class).isEqualTo("Law 34/2024/QH15");
		old.path("mandate.replaces").entityList(Object.class).hasSize(0);
		var successor = this.graphQl.documentName("mandate").variable("code", "L-TCTAND-2024").execute();
		successor.path("mandate.replacedBy").valueIsNull();
		successor.path("mandate.replaces[*].code").entityList(String.class).containsExactly("L-TCTAND-2014");
	}

	@Test
	void successorsOfManyMandatesAreBatchLoaded() {
		this.queries.reset();
		var response = this.graphQl.documentName("mandateReplacements").execute();
		response.path("mandates[?(@.code == 'ND-24-2014')].replacedBy.code")
			.entityList(String.class)
			.containsExactly("ND-45-2025");
		response.path("mandates[?(@.code == 'ND-45-2025')].replaces[*].code")
			.entityList(String.class)
			.containsExactly("ND-24-2014", "ND-37-2014");
		response.path("mandates[?(@.code == 'L-DD-2024')].replacedBy")
			.entityList(Object.class)
			.satisfies(successors -> assertThat(successors).singleElement().isNull());
		// the mandates, their successors, their predecessors: one query each
		assertThat(this.queries.count()).isBetween(1, 3);
	}

	@Test
	void aBadDateIsABadRequest() {
		this.graphQl.documentName("mandates")
			.variable("inForceOn", "31/12/2024")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).first()
				.satisfies(error -> assertThat(error.getMessage()).contains("YYYY-MM-DD")));
	}

	@Test
	void relatedListsOfManyAgenciesAreBatchLoaded() {
		this.queries.reset();
		// 760 bodies on 28 February 2025: a full page
		var response = this.graphQl.documentName("agenciesWithEverything")
			.variable("first", 100)
			.variable("asOf", "2025-02-28")
			.execute();
		response.path("agencies.edges").entityList(Object.class).hasSize(100);
		response.path("agencies.edges[*].node.responsibilities[*].grants[*].mandate.code")
			.entityList(String.class)
			.satisfies(codes -> assertThat(codes).hasSizeGreaterThan(100));
		// page, units, unit parents, superiors, responsibilities, their agencies,
		// functions, function
		// parents, level rules, grants: one query each, whatever the number of agencies
		assertThat(this.queries.count()).isBetween(1, 10);
	}

}
