package org.apparatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

import static org.assertj.core.api.Assertions.assertThat;

/** What keeps the code base honest: Cypher files that exist, a described schema, documented packages. */
class ConsistencyTests {

	static final Path MAIN = Path.of("src/main/java/org/apparatus");

	@Test
	void everyCypherFileTheCodeNamesExists() throws IOException {
		Pattern byCypherFile = Pattern.compile("CypherFile\\.load\\(\"([^\"]+)\"\\)");
		Pattern byReader = Pattern.compile("(?:rows|grouped|many|one)\\((?:[^\"()]*, )?\"([a-z-]+)\"");
		Pattern byWriter = Pattern.compile("run\\((?:DataSetFile\\.[A-Z_]+|null), \"([a-z-]+)\"");
		List<String> missing = new ArrayList<>();
		int seen = 0;
		for (Path source : javaSources()) {
			String text = Files.readString(source);
			for (Matcher m = byCypherFile.matcher(text); m.find(); seen++) {
				if (!Files.exists(Path.of("cypher", m.group(1) + ".cypher"))) {
					missing.add(source + ": " + m.group(1));
				}
			}
			for (Matcher m = byWriter.matcher(text); m.find(); seen++) {
				if (!Files.exists(Path.of("cypher/dataset", m.group(1) + ".cypher"))) {
					missing.add(source + ": dataset/" + m.group(1));
				}
			}
			for (Matcher m = byReader.matcher(text); m.find(); seen++) {
				if (!Files.exists(Path.of("cypher/queries", m.group(1) + ".cypher"))) {
					missing.add(source + ": queries/" + m.group(1));
				}
			}
		}
		assertThat(seen).as("references found").isGreaterThan(30);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyTypeFieldAndEnumValueOfTheSchemaIsDescribed() throws IOException {
		List<String> undescribed = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
			for (Path file : files.toList()) {
				TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(file));
				registry.types().values().forEach(type -> {
					if (type instanceof graphql.language.AbstractDescribedNode<?> described && described.getDescription() == null) {
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
						input.getInputValueDefinitions().stream().filter(v -> v.getDescription() == null)
							.forEach(v -> undescribed.add(type.getName() + "." + v.getName()));
					}
					if (type instanceof EnumTypeDefinition enumType) {
						enumType.getEnumValueDefinitions().stream().filter(v -> v.getDescription() == null)
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
				assertThat(Files.readString(info)).contains("@NullMarked").containsPattern("/\\*\\*\\s*\\n\\s*\\* \\w+");
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
