package org.apparatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.EnumTypeDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeps the code base honest: Cypher files that exist, a described schema,
 * documented packages.
 */
class ConsistencyTests {

	static final Path MAIN = Path.of("src/main/java/org/apparatus");

	/**
	 * How the code names a Cypher file: always a whole literal, {@code "folder/name"}
	 * (relative to {@code cypher/}, without extension), never a name put together at run
	 * time, so this test sees every one.
	 */
	static final Pattern NAME = Pattern
		.compile("\"((?:analysis|audit|benchmark|dataset|editing|queries|report|scenario|system)/[a-z0-9-]+)\"");

	/** Folders whose files are all loaded by the folder, not by name. */
	static final List<String> LOADED_BY_FOLDER = List.of("rules/", "migrations/");

	@Test
	void everyCypherFileTheCodeNamesExists() throws IOException {
		Map<String, List<String>> named = namedFiles(javaSources());
		assertThat(named).as("references found").hasSizeGreaterThan(30);
		assertThat(named.keySet()).as("named by the code but missing from cypher/")
			.allSatisfy(
					name -> assertThat(Path.of("cypher", name + ".cypher")).as("%s, named in %s", name, named.get(name))
						.exists());
	}

	@Test
	void everyCypherFileIsUsedByTheCode() throws IOException {
		Set<String> named = namedFiles(javaSources()).keySet();
		List<String> unused = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("cypher"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).toList()) {
				String name = Path.of("cypher")
					.relativize(file)
					.toString()
					.replace('\\', '/')
					.replaceFirst("\\.cypher$", "");
				if (LOADED_BY_FOLDER.stream().noneMatch(name::startsWith) && !named.contains(name)) {
					unused.add(name);
				}
			}
		}
		assertThat(unused).as("files under cypher/ that no code loads: use them or delete them").isEmpty();
	}

	@Test
	void theCheckSeesANameThatIsMissingAndOneThatIsUnused(@TempDir Path temp) throws IOException {
		Path source = temp.resolve("Example.java");
		Files.writeString(source, """
				class Example {
					String a = CypherFile.load("queries/no-such-file");
					List<Record> b = rows("queries/agencies-page", Map.of());
				}
				""");
		Map<String, List<String>> named = namedFiles(List.of(source));
		assertThat(named).containsOnlyKeys("queries/no-such-file", "queries/agencies-page");
		assertThat(Path.of("cypher", "queries/no-such-file.cypher")).doesNotExist();
		assertThat(Path.of("cypher", "queries/agencies-page.cypher")).exists();
	}

	/**
	 * Each Cypher file the sources name (relative to cypher/, without extension), with
	 * where.
	 */
	private static Map<String, List<String>> namedFiles(List<Path> sources) throws IOException {
		Map<String, List<String>> named = new TreeMap<>();
		for (Path source : sources) {
			String text = Files.readString(source);
			for (Matcher m = NAME.matcher(text); m.find();) {
				named.computeIfAbsent(m.group(1), n -> new ArrayList<>()).add(source.getFileName().toString());
			}
		}
		return named;
	}

	/**
	 * The audit log is append-only: one statement creates records, one reads them, and no
	 * other Cypher file or Java string names the label (so nothing updates or deletes a
	 * record, not even the wipe of an interrupted load).
	 */
	@Test
	void onlyTheAuditLogTouchesAuditRecordsAndNothingChangesOne() throws IOException {
		Map<String, String> touching = new TreeMap<>();
		try (Stream<Path> files = Files.walk(Path.of("cypher"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).toList()) {
				String name = Path.of("cypher").relativize(file).toString().replace('\\', '/');
				String statement = Files.readString(file).replaceAll("(?m)^\\s*//.*$", "");
				if (!name.startsWith("migrations/") && statement.contains("AuditRecord")) {
					touching.put(name, statement);
				}
			}
		}
		assertThat(touching).containsOnlyKeys("audit/append-record.cypher", "audit/records.cypher");
		assertThat(touching.values()).allSatisfy(
				statement -> assertThat(statement).doesNotContainPattern("(?i)\\b(SET|DELETE|REMOVE|MERGE|DETACH)\\b"));
		assertThat(touching.get("audit/records.cypher")).doesNotContainPattern("(?i)\\bCREATE\\b");
		assertThat(javaSources()).allSatisfy(
				source -> assertThat(Files.readString(source)).as(source.toString()).doesNotContain(":AuditRecord"));
	}

	@Test
	void everyTypeFieldAndEnumValueOfTheSchemaIsDescribed() throws IOException {
		List<String> undescribed = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
			for (Path file : files.toList()) {
				TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(file));
				registry.types().values().forEach(type -> {
					if (type instanceof graphql.language.AbstractDescribedNode<?> described
							&& described.getDescription() == null) {
						undescribed.add(type.getName());
					}
					if (type instanceof ObjectTypeDefinition object) {
						for (FieldDefinition field : object.getFieldDefinitions()) {
							if (field.getDescription() == null) {
								undescribed.add(type.getName() + "." + field.getName());
							}
						}
					}
					if (type instanceof InputObjectTypeDefinition input) {
						input.getInputValueDefinitions()
							.stream()
							.filter(v -> v.getDescription() == null)
							.forEach(v -> undescribed.add(type.getName() + "." + v.getName()));
					}
					if (type instanceof EnumTypeDefinition enumType) {
						enumType.getEnumValueDefinitions()
							.stream()
							.filter(v -> v.getDescription() == null)
							.forEach(v -> undescribed.add(type.getName() + "." + v.getName()));
					}
				});
			}
		}
		assertThat(undescribed).isEmpty();
	}

	@Test
	void everyPackageSaysWhatItIsFor() throws IOException {
		try (Stream<Path> dirs = Files.walk(MAIN)) {
			for (Path dir : dirs.filter(Files::isDirectory).filter(ConsistencyTests::hasJava).toList()) {
				if (dir.equals(MAIN)) {
					continue;
				}
				Path info = dir.resolve("package-info.java");
				assertThat(info).as(dir.toString()).exists();
				assertThat(Files.readString(info)).contains("@NullMarked")
					.containsPattern("/\\*\\*\\s*\\n\\s*\\* \\w+");
			}
		}
	}

	private static boolean hasJava(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.anyMatch(f -> f.toString().endsWith(".java"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static List<Path> javaSources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(f -> f.toString().endsWith(".java")).toList();
		}
	}

}
