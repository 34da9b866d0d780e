package org.apparatus.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.apparatus.ApiUsers;
import org.apparatus.KnowledgeBaseEdits;
import org.apparatus.SeededKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.apparatus.system.CypherFile;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who changed what, on the seed province over GraphQL: every kind of write leaves a
 * record with who, what and why; a mutation without a reason changes nothing; only
 * editors read the log, newest first, filtered by code, user and time.
 */
@SeededKnowledgeBase
class AuditGraphQlTests {

	static final String OS_USER = "cli:" + System.getProperty("user.name");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditLog audit;

	@Autowired
	PlatformTransactionManager transactions;

	HttpGraphQlTester viewer;

	HttpGraphQlTester editor;

	/** When the test began: records of earlier tests (on the shared store) are older. */
	Instant start;

	@BeforeEach
	void logIn() {
		this.start = Instant.now();
		this.viewer = ApiUsers.viewer(this.graphQl);
		this.editor = ApiUsers.editor(this.graphQl);
	}

	@AfterEach
	void undoEdits() {
		KnowledgeBaseEdits.undo(this.driver, this.events);
	}

	@Test
	void theSeedLoadedAtStartIsAnImportOfTheOperatingSystemUser() {
		Map<String, Object> seed = records(Map.of("user", OS_USER, "first", 100)).stream()
			.filter(r -> "IMPORT".equals(r.get("kind"))
					&& "initial load of classpath:seed-data/".equals(r.get("description")))
			.findFirst()
			.orElseThrow();
		assertThat(seed.get("reason")).isEqualTo("seed data set (apparatus.seed) loaded into the empty store");
		// 1,577 rows of agencies.csv (1,568 bodies, some in two or three periods); 19,413
		// responsibilities:
		// the distinct (body, task, role, period) of the 33,075 rows of
		// responsibilities.csv
		assertThat(counts(seed)).containsEntry("agencies.csv", 1577).containsEntry("responsibilities", 19413);
		assertThat(codes(seed)).contains("BL", "BL.VL", "BL_STC", "FIN.CAPEX", "ND-24-2014");
	}

	@Test
	void aRegistryMutationIsRecordedWithWhoWhatAndWhy() {
		createAgency("TEST_AUD_A", "Quyết định 12/QĐ-UBND thành lập ban");
		this.editor.documentName("updateAgency")
			.variable("reason", "đổi tên theo Quyết định 13/QĐ-UBND")
			.variable("code", "TEST_AUD_A")
			.variable("input", Map.of("name", "Ban đổi tên", "staffQuota", 5))
			.execute();

		List<Map<String, Object>> records = records(Map.of("code", "TEST_AUD_A", "from", this.start.toString()));
		assertThat(records).extracting(r -> r.get("kind")).containsExactly("UPDATE_AGENCY", "CREATE_AGENCY");
		Map<String, Object> update = records.get(0);
		assertThat(update).containsEntry("user", "editor")
			.containsEntry("reason", "đổi tên theo Quyết định 13/QĐ-UBND")
			.containsEntry("description", "agency TEST_AUD_A changed: name, staffQuota");
		assertThat(codes(update)).containsExactly("TEST_AUD_A");
		assertThat(Instant.parse((String) update.get("at"))).isBetween(Instant.now().minusSeconds(60), Instant.now());
		assertThat(records.get(1)).containsEntry("reason", "Quyết định 12/QĐ-UBND thành lập ban")
			.containsEntry("description", "agency TEST_AUD_A created in CM");
	}

	@Test
	void aFindingMarkIsRecordedWithTheFindingAndWhatItIsAbout() {
		// on 28 February 2025 Sở Kế hoạch và Đầu tư and Sở Tài chính both lead the
		// development-investment capital (docs/findings-seed.md)
		String id = "DUPLICATE-b3a174b0a9d7";
		this.editor.documentName("markFinding")
			.variable("reason", "đã đối chiếu Nghị định 24/2014/NĐ-CP")
			.variable("id", id)
			.variable("status", "ACKNOWLEDGED")
			.variable("asOf", "2025-02-28")
			.variable("note", "Hai sở sẽ hợp nhất từ 1/3/2025")
			.execute()
			.path("markFinding.status")
			.entity(String.class)
			.isEqualTo("ACKNOWLEDGED");

		Map<String, Object> mark = records(Map.of("code", id, "from", this.start.toString())).get(0);
		assertThat(mark).containsEntry("kind", "MARK_FINDING")
			.containsEntry("user", "editor")
			.containsEntry("reason", "đã đối chiếu Nghị định 24/2014/NĐ-CP")
			.containsEntry("description", "finding " + id + " marked ACKNOWLEDGED: Hai sở sẽ hợp nhất từ 1/3/2025");
		assertThat(codes(mark)).startsWith(id).contains("FIN.CAPEX");
	}

	@Test
	void savingEditingAndDeletingAScenarioAreRecorded() {
		this.editor.document("""
				mutation($yaml: String!) { saveScenario(yaml: $yaml, reason: "phương án thử") { name } }""")
			.variable("yaml",
					"name: test-aud\nas_of: 2025-02-28\nchanges:\n  - dissolve: { agency: BL_SKHDT, hand_to: BL_STC }\n")
			.execute()
			.path("saveScenario.name")
			.entity(String.class)
			.isEqualTo("test-aud");
		this.editor.document("""
				mutation { addScenarioChange(name: "test-aud", reason: "thêm chuyển giao",
				  change: { transfer: { function: "LAB.VOC", from: "BL_SLDTBXH", to: "BL_SGDDT" } }) { name } }""")
			.execute()
			.path("addScenarioChange.name")
			.entity(String.class)
			.isEqualTo("test-aud");
		this.editor.document("mutation { deleteScenario(name: \"test-aud\", reason: \"bỏ phương án\") }")
			.execute()
			.path("deleteScenario")
			.entity(Boolean.class)
			.isEqualTo(true);

		List<Map<String, Object>> records = records(Map.of("code", "test-aud", "from", this.start.toString()));
		assertThat(records).extracting(r -> r.get("kind"))
			.containsExactly("DELETE_SCENARIO", "ADD_SCENARIO_CHANGE", "SAVE_SCENARIO");
		assertThat(records).extracting(r -> r.get("reason"))
			.containsExactly("bỏ phương án", "thêm chuyển giao", "phương án thử");
		assertThat(records).extracting(r -> r.get("user")).containsOnly("editor");
		assertThat(records.get(1)).containsEntry("description",
				"change 1 added to scenario test-aud: transfer: {function: LAB.VOC, from: BL_SLDTBXH, to: BL_SGDDT}");
		assertThat(counts(records.get(2))).containsEntry("changes", 1);
	}

	@Test
	void aMutationWithoutAReasonIsRefusedAndChangesNothing() {
		long agencies = StoreCleaner.count(this.driver, "Agency");
		long records = StoreCleaner.count(this.driver, "AuditRecord");
		for (String blank : List.of("", "   ")) {
			this.editor.documentName("createAgency")
				.variable("reason", blank)
				.variable("input", board("TEST_AUD_C"))
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getExtensions()).containsEntry("argument", "reason")
						.containsEntry("problem", "INVALID_VALUE");
					assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(e.getMessage()).startsWith("reason: must not be blank");
				}));
		}
		this.editor.document("mutation { deleteScenario(name: \"none\", reason: \" \") }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("argument", "reason")));
		this.editor.document("""
				mutation { createAgency(input: { code: "TEST_AUD_C", name: "Ban", sector: STATE, kind: BOARD,
				  adminUnit: "CM" }) { code } }""")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("Missing field argument 'reason'")));

		assertThat(StoreCleaner.count(this.driver, "Agency")).isEqualTo(agencies);
		assertThat(StoreCleaner.count(this.driver, "AuditRecord")).isEqualTo(records);
	}

	@Test
	void aRefusedChangeLeavesNoRecord() {
		long records = StoreCleaner.count(this.driver, "AuditRecord");
		this.editor.documentName("createAgency")
			.variable("reason", "mã đã có")
			.variable("input", board("BL_STC"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("problem", "DUPLICATE_CODE")));
		assertThat(StoreCleaner.count(this.driver, "AuditRecord")).isEqualTo(records);
	}

	@Test
	void aRecordCommitsWithItsWriteOrNotAtAll() {
		Attribution by = new Attribution("editor", "test");
		AuditEntry entry = AuditEntry.of(AuditKind.CREATE_AGENCY, "rolled back", "TEST_AUD_ROLLBACK");
		assertThatThrownBy(() -> this.audit.record(by, entry)).as("outside a transaction")
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThatIllegalStateException().isThrownBy(() -> new TransactionTemplate(this.transactions).execute(tx -> {
			this.audit.record(by, entry);
			throw new IllegalStateException("the write failed after its record was appended");
		}));
		assertThat(records(Map.of("code", "TEST_AUD_ROLLBACK"))).isEmpty();
	}

	@Test
	void viewersCannotReadTheLog() {
		this.viewer.documentName("auditLog")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")))
			.path("auditLog")
			.valueIsNull();
	}

	@Test
	void theLogIsNewestFirstAndFiltersByCodeUserAndTime() {
		Instant start = this.start;
		createAgency("TEST_AUD_A", "ban thứ nhất");
		Instant between = Instant.now();
		createAgency("TEST_AUD_B", "ban thứ hai");
		String today = LocalDate.now(ZoneId.systemDefault()).toString();
		String yesterday = LocalDate.now(ZoneId.systemDefault()).minusDays(1).toString();

		assertThat(codesOf(records(Map.of("from", start.toString())))).as("newest first")
			.containsExactly("TEST_AUD_B", "TEST_AUD_A");
		assertThat(codesOf(records(Map.of("code", "TEST_AUD_A", "from", start.toString()))))
			.containsExactly("TEST_AUD_A");
		assertThat(codesOf(records(Map.of("from", between.toString())))).containsExactly("TEST_AUD_B");
		assertThat(codesOf(records(Map.of("from", start.toString(), "to", between.toString()))))
			.containsExactly("TEST_AUD_A");
		assertThat(codesOf(records(Map.of("from", today, "to", today, "user", "editor"))))
			.as("a day as from and to includes the day")
			.containsSubsequence("TEST_AUD_B", "TEST_AUD_A");
		assertThat(records(Map.of("to", yesterday, "user", "editor"))).isEmpty();

		List<Map<String, Object>> byEditor = records(Map.of("user", "editor", "first", 100));
		assertThat(byEditor).extracting(r -> r.get("user")).containsOnly("editor");
		assertThat(codesOf(byEditor)).contains("TEST_AUD_A", "TEST_AUD_B");
		List<Map<String, Object>> byCommandLine = records(Map.of("user", OS_USER, "first", 100));
		assertThat(byCommandLine).extracting(r -> r.get("kind")).contains("IMPORT").doesNotContain("CREATE_AGENCY");

		GraphQlTester.Response first = this.editor.documentName("auditLog")
			.variable("from", start.toString())
			.variable("first", 1)
			.execute();
		first.path("auditLog.totalCount").entity(Integer.class).isEqualTo(2);
		first.path("auditLog.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("auditLog.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = this.editor.documentName("auditLog")
			.variable("from", start.toString())
			.variable("first", 1)
			.variable("after", cursor)
			.execute();
		second.path("auditLog.edges[*].node.codes[*]").entityList(String.class).containsExactly("TEST_AUD_A", "CM");
		second.path("auditLog.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("auditLog.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void theLogIsReadThroughTheIndexOnTime() {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("from", ZonedDateTime.parse("0001-01-01T00:00:00Z"));
		parameters.put("to", ZonedDateTime.now(ZoneOffset.UTC));
		parameters.put("code", "BL_STC");
		parameters.put("user", null);
		parameters.put("afterAt", null);
		parameters.put("afterId", null);
		parameters.put("size", 20);
		try (var session = this.driver.session()) {
			Plan plan = session.run("EXPLAIN " + CypherFile.load("audit/records"), parameters).consume().plan();
			List<String> operators = new java.util.ArrayList<>();
			collect(plan, operators);
			assertThat(operators).as("the plan's operators")
				.anySatisfy(operator -> assertThat(operator).startsWith("NodeIndexSeek").contains("AuditRecord(at)"));
		}
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", Values.NULL));
		plan.children().forEach(child -> collect(child, operators));
	}

	@Test
	void badFiltersNameTheArgument() {
		for (Map.Entry<String, Object> bad : Map
			.<String, Object>of("from", "yesterday", "to", "2026-13-01", "first", 500, "after", "Zm9v")
			.entrySet()) {
			this.editor.documentName("auditLog")
				.variable(bad.getKey(), bad.getValue())
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).as(bad.toString())
					.singleElement()
					.satisfies(e -> assertThat(e.getExtensions()).containsEntry("argument", bad.getKey())));
		}
	}

	private void createAgency(String code, String reason) {
		this.editor.documentName("createAgency")
			.variable("reason", reason)
			.variable("input", board(code))
			.execute()
			.path("createAgency.code")
			.entity(String.class)
			.isEqualTo(code);
	}

	private static Map<String, Object> board(String code) {
		return Map.of("code", code, "name", "Ban " + code, "sector", "STATE", "kind", "BOARD", "adminUnit", "CM");
	}

	/** The records the editor reads with these variables (one page). */
	private List<Map<String, Object>> records(Map<String, Object> variables) {
		var request = this.editor.documentName("auditLog");
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute()
			.path("auditLog.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	/** The TEST_ agency each record created or changed, in the log's order. */
	private static List<String> codesOf(List<Map<String, Object>> records) {
		return records.stream()
			.flatMap(r -> ((List<?>) r.get("codes")).stream())
			.map(String::valueOf)
			.filter(code -> code.startsWith("TEST_AUD_"))
			.toList();
	}

	private static List<String> codes(Map<String, Object> record) {
		return ((List<?>) record.get("codes")).stream().map(String::valueOf).toList();
	}

	private static Map<String, Object> counts(Map<String, Object> record) {
		Map<String, Object> counts = new java.util.LinkedHashMap<>();
		for (Object count : (List<?>) record.get("counts")) {
			counts.put((String) ((Map<?, ?>) count).get("key"), ((Map<?, ?>) count).get("count"));
		}
		return counts;
	}

}
