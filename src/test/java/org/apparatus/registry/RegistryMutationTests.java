package org.apparatus.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apparatus.ApiUsers;
import org.apparatus.KnowledgeBaseEdits;
import org.apparatus.SeededKnowledgeBase;
import org.apparatus.dataset.DataSetService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors maintain the knowledge base through GraphQL mutations; every refused change
 * names the argument at fault, says what kind of problem it is, and leaves the data
 * exactly as it was.
 */
@SeededKnowledgeBase
class RegistryMutationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DataSetService dataSets;

	@TempDir
	Path temp;

	HttpGraphQlTester editor;

	@BeforeEach
	void logIn() {
		this.editor = ApiUsers.editor(this.graphQl);
	}

	@AfterEach
	void undoEdits() {
		KnowledgeBaseEdits.undo(this.driver, this.events);
	}

	@Test
	void createAndUpdateAnAgency() {
		// today's seed is Cà Mau after the district tier ended: a unit of the test's own
		// to move the body to
		createCommune("TEST_XA");
		this.editor.documentName("createAgency")
			.variable("reason", "test: createAgency")
			.variable("input",
					Map.of("code", "TEST_BQL", "name", "Ban Quản lý thử", "sector", "STATE", "kind", "BOARD",
							"adminUnit", "CM", "staffQuota", 7))
			.execute()
			.path("createAgency.status")
			.entity(String.class)
			.isEqualTo("ACTIVE")
			.path("createAgency.adminUnit.code")
			.entity(String.class)
			.isEqualTo("CM");
		// read once before the edit, so that a kept copy would show the old name
		this.editor.documentName("agency")
			.variable("code", "TEST_BQL")
			.execute()
			.path("agency.name")
			.entity(String.class)
			.isEqualTo("Ban Quản lý thử");
		this.editor.documentName("updateAgency")
			.variable("reason", "test: updateAgency")
			.variable("code", "TEST_BQL")
			.variable("input", Map.of("name", "Ban Quản lý đổi tên", "adminUnit", "TEST_XA", "status", "MERGED"))
			.execute()
			.path("updateAgency.name")
			.entity(String.class)
			.isEqualTo("Ban Quản lý đổi tên")
			.path("updateAgency.staffQuota")
			.entity(Integer.class)
			.isEqualTo(7)
			.path("updateAgency.status")
			.entity(String.class)
			.isEqualTo("MERGED")
			.path("updateAgency.adminUnit.code")
			.entity(String.class)
			.isEqualTo("TEST_XA");
		// the next query sees the edit, not what was read before it
		this.editor.documentName("agency")
			.variable("code", "TEST_BQL")
			.execute()
			.path("agency.name")
			.entity(String.class)
			.isEqualTo("Ban Quản lý đổi tên")
			.path("agency.adminUnit.code")
			.entity(String.class)
			.isEqualTo("TEST_XA");
	}

	@Test
	void functionsMandatesAndUnits() {
		this.editor.documentName("createFunction")
			.variable("reason", "test: createFunction")
			.variable("input", Map.of("code", "TEST_F", "name", "Chức năng thử", "parent", "AGRI"))
			.execute()
			.path("createFunction.parent.code")
			.entity(String.class)
			.isEqualTo("AGRI");
		this.editor.documentName("createFunction")
			.variable("reason", "test: createFunction")
			.variable("input", Map.of("code", "TEST_T", "name", "Nhiệm vụ thử", "parent", "TEST_F"))
			.execute()
			.path("createFunction.parent.code")
			.entity(String.class)
			.isEqualTo("TEST_F");
		this.editor.documentName("updateFunction")
			.variable("reason", "test: updateFunction")
			.variable("code", "TEST_T")
			.variable("input", Map.of("parent", "FIN"))
			.execute()
			.path("updateFunction.parent.code")
			.entity(String.class)
			.isEqualTo("FIN");
		this.editor.documentName("createMandate")
			.variable("reason", "test: createMandate")
			.variable("input",
					Map.of("code", "TEST_QD", "kind", "DECISION", "number", "99/2024/QĐ-UBND", "title",
							"Quyết định thử", "effectiveFrom", "2024-01-01"))
			.execute()
			.path("createMandate.repealedOn")
			.valueIsNull();
		this.editor.documentName("updateMandate")
			.variable("reason", "test: updateMandate")
			.variable("code", "TEST_QD")
			.variable("input", Map.of("repealedOn", "2025-07-01"))
			.execute()
			.path("updateMandate.repealedOn")
			.entity(String.class)
			.isEqualTo("2025-07-01");
		this.editor.documentName("createMandate")
			.variable("reason", "test: createMandate")
			.variable("input",
					Map.of("code", "TEST_QD_OLD", "kind", "DECISION", "number", "98/2020/QĐ-UBND", "title",
							"Quyết định thử cũ", "effectiveFrom", "2020-01-01", "repealedOn", "2024-01-01",
							"replacedBy", "TEST_QD"))
			.execute()
			.path("createMandate.replacedBy.code")
			.entity(String.class)
			.isEqualTo("TEST_QD");
		this.editor.documentName("updateMandate")
			.variable("reason", "test: updateMandate")
			.variable("code", "TEST_QD")
			.variable("input", Map.of("replacedBy", "ND-150-2025"))
			.execute()
			.path("updateMandate.replacedBy.code")
			.entity(String.class)
			.isEqualTo("ND-150-2025");
		this.editor.documentName("updateMandate")
			.variable("reason", "test: updateMandate")
			.variable("code", "TEST_QD")
			.variable("input", Map.of("replacedBy", "ND-45-2025"))
			.execute()
			.path("updateMandate.replacedBy.code")
			.entity(String.class)
			.isEqualTo("ND-45-2025");
		this.editor.documentName("createAdminUnit")
			.variable("reason", "test: createAdminUnit")
			.variable("input",
					Map.of("code", "TEST_X", "name", "Xã thử", "level", "COMMUNE", "kind", "RURAL_COMMUNE", "parent",
							"CM"))
			.execute()
			.path("createAdminUnit.parent.code")
			.entity(String.class)
			.isEqualTo("CM")
			.path("createAdminUnit.kind")
			.entity(String.class)
			.isEqualTo("RURAL_COMMUNE");
		this.editor.documentName("createAdminUnit")
			.variable("reason", "test: createAdminUnit")
			.variable("input", Map.of("code", "TEST_H", "name", "Huyện thử", "level", "DISTRICT", "parent", "CM"))
			.execute()
			.path("createAdminUnit.code")
			.entity(String.class)
			.isEqualTo("TEST_H");
		this.editor.documentName("updateAdminUnit")
			.variable("reason", "test: updateAdminUnit")
			.variable("code", "TEST_X")
			.variable("input", Map.of("parent", "TEST_H", "name", "Xã thử mới"))
			.execute()
			.path("updateAdminUnit.parent.code")
			.entity(String.class)
			.isEqualTo("TEST_H")
			// a change that leaves the kind out keeps it
			.path("updateAdminUnit.kind")
			.entity(String.class)
			.isEqualTo("RURAL_COMMUNE");
		this.editor.documentName("updateAdminUnit")
			.variable("reason", "test: updateAdminUnit")
			.variable("code", "TEST_X")
			.variable("input", Map.of("kind", "TOWNSHIP"))
			.execute()
			.path("updateAdminUnit.kind")
			.entity(String.class)
			.isEqualTo("TOWNSHIP");
	}

	@Test
	void assignAndRevokeResponsibilitiesAndReportingLines() {
		createBoard("TEST_A");
		createBoard("TEST_B");
		this.editor.documentName("assignResponsibility")
			.variable("reason", "test: assignResponsibility")
			.variable("agency", "TEST_A")
			.variable("function", "FIN.CAPEX")
			.variable("role", "COORDINATE")
			.variable("mandate", "ND-24-2014")
			.variable("article", "Điều 2")
			.execute()
			.path("assignResponsibility.grants[*].mandate.code")
			.entityList(String.class)
			.containsExactly("ND-24-2014");
		this.editor.documentName("assignResponsibility")
			.variable("reason", "test: assignResponsibility")
			.variable("agency", "TEST_A")
			.variable("function", "FIN.CAPEX")
			.variable("role", "COORDINATE")
			.variable("mandate", "L-NSNN-2015")
			.execute()
			.path("assignResponsibility.grants[*].mandate.code")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("ND-24-2014", "L-NSNN-2015"));
		this.editor.documentName("revokeResponsibility")
			.variable("reason", "test: revokeResponsibility")
			.variable("agency", "TEST_A")
			.variable("function", "FIN.CAPEX")
			.variable("role", "COORDINATE")
			.variable("mandate", "ND-24-2014")
			.execute()
			.path("revokeResponsibility")
			.entity(Boolean.class)
			.isEqualTo(true);
		this.editor.documentName("revokeResponsibility")
			.variable("reason", "test: revokeResponsibility")
			.variable("agency", "TEST_A")
			.variable("function", "FIN.CAPEX")
			.variable("role", "COORDINATE")
			.execute()
			.path("revokeResponsibility")
			.entity(Boolean.class)
			.isEqualTo(true);
		this.editor.documentName("addReportingLine")
			.variable("reason", "test: addReportingLine")
			.variable("agency", "TEST_A")
			.variable("superior", "TEST_B")
			.variable("line", "ADMINISTRATIVE")
			.execute()
			.path("addReportingLine.superiors[*].agency.code")
			.entityList(String.class)
			.containsExactly("TEST_B");
		this.editor.documentName("removeReportingLine")
			.variable("reason", "test: removeReportingLine")
			.variable("agency", "TEST_A")
			.variable("superior", "TEST_B")
			.variable("line", "ADMINISTRATIVE")
			.execute()
			.path("removeReportingLine.superiors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void refusedChangesNameTheArgumentAndChangeNothing() throws IOException {
		createBoard("TEST_A");
		createCommune("TEST_XA");
		createBoard("TEST_B");
		this.editor.documentName("addReportingLine")
			.variable("reason", "test: addReportingLine")
			.variable("agency", "TEST_A")
			.variable("superior", "TEST_B")
			.variable("line", "ADMINISTRATIVE")
			.execute();
		Path before = this.temp.resolve("before");
		this.dataSets.exportTo(before);

		refused("createAgency", Map.of("input",
				Map.of("code", "TEST_C", "name", "Ban", "sector", "STATE", "kind", "BOARD", "adminUnit", "NOWHERE")),
				"input.adminUnit", "UNKNOWN_CODE", "NOT_FOUND");
		// Bạc Liêu ended on 1 July 2025: today a body cannot be put in it, nor a unit
		// under its former district
		refused("createAgency",
				Map.of("input",
						Map.of("code", "TEST_C", "name", "Ban", "sector", "STATE", "kind", "BOARD", "adminUnit", "BL")),
				"input.adminUnit", "INVALID_VALUE", "BAD_REQUEST");
		refused("updateAgency", Map.of("code", "TEST_A", "input", Map.of("adminUnit", "BL.TPBL")), "input.adminUnit",
				"INVALID_VALUE", "BAD_REQUEST");
		refused("createAdminUnit",
				Map.of("input", Map.of("code", "TEST_U", "name", "U", "level", "COMMUNE", "parent", "BL.TPBL")),
				"input.parent", "INVALID_VALUE", "BAD_REQUEST");
		refused("createAgency",
				Map.of("input",
						Map.of("code", "BL_STC", "name", "Ban", "sector", "STATE", "kind", "BOARD", "adminUnit", "CM")),
				"input.code", "DUPLICATE_CODE", "BAD_REQUEST");
		refused("createAgency", Map.of("input", Map.of("code", "TEST_C", "name", "Ban", "sector", "STATE", "kind",
				"BOARD", "adminUnit", "CM", "staffQuota", -3)), "input.staffQuota", "INVALID_VALUE", "BAD_REQUEST");
		refused("updateAgency", Map.of("code", "NO_SUCH", "input", Map.of("name", "X")), "code", "UNKNOWN_CODE",
				"NOT_FOUND");
		refused("updateFunction", Map.of("code", "AGRI", "input", Map.of("parent", "AGRI.CROP")), "input.parent",
				"CYCLE", "BAD_REQUEST");
		refused("createFunction", Map.of("input", Map.of("code", "TEST_F", "name", "F", "parent", "NO_SUCH")),
				"input.parent", "UNKNOWN_CODE", "NOT_FOUND");
		refused("createMandate", Map.of("input", Map.of("code", "TEST_M", "kind", "DECREE", "title", "M",
				"effectiveFrom", "2024-01-01", "repealedOn", "2023-01-01")), "input.repealedOn", "INVALID_VALUE",
				"BAD_REQUEST");
		refused("updateMandate", Map.of("code", "ND-24-2014", "input", Map.of("repealedOn", "2000-01-01")),
				"input.repealedOn", "INVALID_VALUE", "BAD_REQUEST");
		refused("createMandate",
				Map.of("input",
						Map.of("code", "TEST_M", "kind", "DECREE", "title", "M", "effectiveFrom", "2020-01-01",
								"repealedOn", "2024-01-01", "replacedBy", "NO_SUCH")),
				"input.replacedBy", "UNKNOWN_CODE", "NOT_FOUND");
		refused("createMandate", Map.of("input", Map.of("code", "TEST_M", "kind", "DECREE", "title", "M",
				"effectiveFrom", "2020-01-01", "replacedBy", "ND-45-2025")), "input.replacedBy", "INVALID_VALUE",
				"BAD_REQUEST");
		refused("updateMandate", Map.of("code", "ND-24-2014", "input", Map.of("replacedBy", "ND-24-2014")),
				"input.replacedBy", "INVALID_VALUE", "BAD_REQUEST");
		// a successor for an instrument still in force (the seed repeals ND 45/2025 on 1
		// July
		// 2025, replaced by ND 150/2025; Luật 72/2025/QH15 has no repeal date)
		refused("updateMandate", Map.of("code", "L-TCCQDP-2025-72", "input", Map.of("replacedBy", "ND-150-2025")),
				"input.replacedBy", "INVALID_VALUE", "BAD_REQUEST");
		refused("updateMandate",
				Map.of("code", "ND-45-2025", "input", Map.of("repealedOn", "2025-07-01", "replacedBy", "ND-24-2014")),
				"input.replacedBy", "CYCLE", "BAD_REQUEST");
		refused("createAdminUnit",
				Map.of("input", Map.of("code", "TEST_U", "name", "U", "level", "DISTRICT", "parent", "TEST_XA")),
				"input.parent", "INVALID_VALUE", "BAD_REQUEST");
		refused("updateAdminUnit", Map.of("code", "CM", "input", Map.of("parent", "TEST_XA")), "input.parent", "CYCLE",
				"BAD_REQUEST");
		// a unit's kind is one of its level (as admin-units.csv says it)
		refused("createAdminUnit",
				Map.of("input",
						Map.of("code", "TEST_U", "name", "U", "level", "COMMUNE", "kind", "TOWN", "parent", "CM")),
				"input.kind", "INVALID_VALUE", "BAD_REQUEST");
		refused("updateAdminUnit", Map.of("code", "TEST_XA", "input", Map.of("kind", "PROVINCE", "name", "Tỉnh?")),
				"input.kind", "INVALID_VALUE", "BAD_REQUEST");
		this.editor.documentName("updateAdminUnit")
			.variable("reason", "test: refused updateAdminUnit")
			.variable("code", "TEST_XA")
			.variable("input", Map.of("kind", "URBAN_DISTRICT"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage())
					.isEqualTo("input.kind: a COMMUNE cannot be a URBAN_DISTRICT, "
							+ "which is a kind of DISTRICT; a COMMUNE is one of RURAL_COMMUNE, WARD, TOWNSHIP, SPECIAL_ZONE")));
		refused("assignResponsibility",
				Map.of("agency", "TEST_A", "function", "FIN.CAPEX", "role", "LEAD", "mandate", "NO_SUCH"), "mandate",
				"UNKNOWN_CODE", "NOT_FOUND");
		refused("revokeResponsibility", Map.of("agency", "CM_STC", "function", "FIN.CAPEX", "role", "INSPECT"), "role",
				"UNKNOWN_CODE", "NOT_FOUND");
		refused("addReportingLine", Map.of("agency", "TEST_B", "superior", "TEST_A", "line", "ADMINISTRATIVE"),
				"superior", "CYCLE", "BAD_REQUEST");
		refused("addReportingLine", Map.of("agency", "TEST_A", "superior", "TEST_B", "line", "ADMINISTRATIVE"),
				"superior", "DUPLICATE_CODE", "BAD_REQUEST");
		refused("removeReportingLine", Map.of("agency", "TEST_A", "superior", "TEST_B", "line", "PARTY"), "superior",
				"UNKNOWN_CODE", "NOT_FOUND");

		Path after = this.temp.resolve("after");
		this.dataSets.exportTo(after);
		assertThat(files(after)).isEqualTo(files(before));
	}

	@Test
	void aBadEnumValueIsRefusedBeforeAnythingRuns() {
		this.editor.documentName("createAgency")
			.variable("reason", "test: createAgency")
			.variable("input",
					Map.of("code", "TEST_C", "name", "Ban", "sector", "GALACTIC", "kind", "BOARD", "adminUnit", "CM"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("input").contains("Sector").contains("GALACTIC")));
	}

	@Test
	void viewersCannotChangeAnything() {
		ApiUsers.viewer(this.graphQl)
			.documentName("createAgency")
			.variable("reason", "test: createAgency")
			.variable("input",
					Map.of("code", "TEST_C", "name", "Ban", "sector", "STATE", "kind", "BOARD", "adminUnit", "CM"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		// the 1,568 bodies of the seed (agencies.csv: 1,577 rows, some bodies in two or
		// three periods)
		assertThat(org.apparatus.StoreCleaner.count(this.driver, "Agency")).isEqualTo(1568);
	}

	private void createCommune(String code) {
		this.editor.documentName("createAdminUnit")
			.variable("reason", "test: createAdminUnit")
			.variable("input", Map.of("code", code, "name", "Xã " + code, "level", "COMMUNE", "parent", "CM"))
			.execute()
			.path("createAdminUnit.code")
			.entity(String.class)
			.isEqualTo(code);
	}

	private void createBoard(String code) {
		this.editor.documentName("createAgency")
			.variable("reason", "test: createAgency")
			.variable("input",
					Map.of("code", code, "name", "Ban " + code, "sector", "STATE", "kind", "BOARD", "adminUnit", "CM"))
			.execute()
			.path("createAgency.code")
			.entity(String.class)
			.isEqualTo(code);
	}

	private void refused(String document, Map<String, Object> variables, String argument, String problem,
			String classification) {
		var request = this.editor.documentName(document).variable("reason", "test: refused " + document);
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		Consumer<List<ResponseError>> oneErrorAboutTheArgument = errors -> assertThat(errors)
			.as(document + " " + variables)
			.singleElement()
			.satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("argument", argument).containsEntry("problem", problem);
				assertThat(e.getErrorType().toString()).isEqualTo(classification);
				assertThat(e.getMessage()).startsWith(argument + ":");
			});
		request.execute().errors().satisfy(errors -> oneErrorAboutTheArgument.accept(List.copyOf(errors)));
	}

	private static Map<String, String> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			var contents = new java.util.TreeMap<String, String>();
			for (Path file : files.toList()) {
				contents.put(file.getFileName().toString(), Files.readString(file));
			}
			return contents;
		}
	}

}
