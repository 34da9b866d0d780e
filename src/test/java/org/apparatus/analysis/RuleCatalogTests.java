package org.apparatus.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.audit.AuditLog;
import org.apparatus.registry.AdminLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.apparatus.registry.Names;
import org.apparatus.system.KnowledgeBaseRevision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules are files: a new file with a valid header is a new rule, a malformed header a
 * clear error.
 */
@EmptyKnowledgeBase
class RuleCatalogTests {

	static final String VALID_HEADER = """
			// id: BIG_QUOTA
			// severity: LOW
			// title.vi: Biên chế lớn
			// title.en: Large staff quota
			// parameters: asOf
			// columns: key, units, agencies, functions, mandates, score, grants, quota
			// explanation.vi: {agencies} tại {units} có biên chế {quota}.
			// explanation.en: {agencies} in {units} has a staff quota of {quota}.
			//
			// An active agency with a staff quota above 100.
			""";

	static final String VALID_QUERY = """
			MATCH (a:AgencyPeriod {status: 'ACTIVE'})-[:LOCATED_IN]->(u:AdminUnit)
			  WHERE a.staffQuota > 100 AND a.validFrom <= $asOf < a.validTo
			RETURN [a.code] AS key, [u.code] AS units, [a.code] AS agencies, [] AS functions, [] AS mandates,
			       null AS score, [] AS grants, a.staffQuota AS quota
			""";

	@TempDir
	Path rules;

	@Autowired
	Driver driver;

	@Autowired
	Neo4jClient client;

	@Autowired
	FindingMarks marks;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AnalysisProperties properties;

	@Autowired
	KnowledgeBaseRevision revision;

	@Autowired
	Names names;

	@Autowired
	AuditLog audit;

	@Test
	void everyBuiltInRuleOfTheDomainIsThere() {
		assertThat(new RuleCatalog((Path) null).rules()).extracting(Rule::id)
			.containsExactlyInAnyOrder("DUPLICATE", "OVERLAP_NESTED", "OVERLAP_VERTICAL", "GAP", "NO_LEAD", "UNFOUNDED",
					"INACTIVE_HOLDER", "IDLE_AGENCY", "ORPHAN_AGENCY", "MULTIPLE_SUPERIORS", "REPORTING_CYCLE",
					"SELF_INSPECTION", "MERGER_CANDIDATE");
	}

	@Test
	void aNewFileWithAValidHeaderIsANewRuleThatRuns() throws IOException {
		Files.writeString(this.rules.resolve("BIG_QUOTA.cypher"), VALID_HEADER + VALID_QUERY);
		RuleCatalog catalog = new RuleCatalog(this.rules);
		assertThat(catalog.rules()).hasSize(14);
		assertThat(catalog.rule("BIG_QUOTA")).hasValueSatisfying(rule -> {
			assertThat(rule.severity()).isEqualTo(Severity.LOW);
			assertThat(rule.titleEn()).isEqualTo("Large staff quota");
			assertThat(rule.description()).isEqualTo("An active agency with a staff quota above 100.");
		});

		StoreCleaner.wipe(this.driver);
		new TinyApparatus(this.driver).unit("P", AdminLevel.PROVINCE, null).agency("CA", "P");
		try (var session = this.driver.session()) {
			session.run("MATCH (a:AgencyPeriod {code: 'CA'}) SET a.staffQuota = 300").consume();
		}
		var analysis = new AnalysisService(catalog, this.properties, this.client, this.marks, this.revision,
				this.transactions, this.names, this.audit);
		assertThat(analysis.analyze(new AnalysisRequest(null, List.of("BIG_QUOTA"), null)).findings()).singleElement()
			.satisfies(f -> {
				assertThat(f.id()).startsWith("BIG_QUOTA-");
				assertThat(f.explanation().en()).isEqualTo("Body CA in Đơn vị P has a staff quota of 300.");
			});
	}

	@Test
	void malformedHeadersAreErrorsThatNameTheFileAndLine() throws IOException {
		assertRefused("BIG_QUOTA", VALID_HEADER.replace("// severity: LOW", "// severity: HUGE") + VALID_QUERY,
				"BIG_QUOTA.cypher:2: severity 'HUGE' is not one of [HIGH, MEDIUM, LOW, INFO]");
		assertRefused("BIG_QUOTA", VALID_HEADER.replace("// title.en: Large staff quota\n", "") + VALID_QUERY,
				"BIG_QUOTA.cypher:1: the header has no 'title.en'");
		assertRefused("OTHER", VALID_HEADER + VALID_QUERY, "OTHER.cypher:1: id 'BIG_QUOTA' differs from the file name");
		assertRefused("BIG_QUOTA", VALID_HEADER.replace("key, units, ", "") + VALID_QUERY,
				"BIG_QUOTA.cypher:6: columns must include [key, units, agencies, functions, mandates]");
		assertRefused("BIG_QUOTA", VALID_HEADER + VALID_QUERY.replace("> 100", "> $limit"),
				"BIG_QUOTA.cypher:12: the query uses $limit but the header's parameters do not list it");
		assertRefused("BIG_QUOTA",
				VALID_HEADER.replace("// parameters: asOf", "// parameters: threshold") + VALID_QUERY,
				"BIG_QUOTA.cypher:5: unknown parameter 'threshold'");
		assertRefused("BIG_QUOTA", VALID_HEADER.replace("{quota}.", "{quota} {staff}.") + VALID_QUERY,
				"BIG_QUOTA.cypher:7: placeholder {staff} is neither a standard one");
		assertRefused("BIG_QUOTA", VALID_HEADER.replace("{quota}.", "{quota} {agencies:status}.") + VALID_QUERY,
				"BIG_QUOTA.cypher:7: placeholder {agencies:status} is neither a standard one");
		assertRefused("BIG_QUOTA", VALID_HEADER.replace("{quota}.", "{quota} {mandates:repealed}.") + VALID_QUERY,
				"BIG_QUOTA.cypher:7: placeholder {mandates:repealed} is neither a standard one");
		assertRefused("DUPLICATE", VALID_HEADER.replace("BIG_QUOTA", "DUPLICATE") + VALID_QUERY,
				"DUPLICATE.cypher:1: rule DUPLICATE is already defined by cypher/rules/DUPLICATE.cypher");
	}

	private void assertRefused(String name, String text, String message) throws IOException {
		Path folder = Files.createTempDirectory(this.rules, name);
		Files.writeString(folder.resolve(name + ".cypher"), text);
		assertThatThrownBy(() -> new RuleCatalog(folder)).isInstanceOf(InvalidRuleException.class)
			.hasMessageStartingWith(
					folder.resolve(name + ".cypher") + message.substring(message.indexOf(".cypher") + 7));
	}

}
