package org.apparatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure of {@code docs/architecture.md}, checked: each direct sub-package
 * of {@code org.apparatus} is a Spring Modulith application module that uses only the
 * modules its {@code package-info.java} allows, without cycles; only the command line and
 * the benchmarks start the application, and no benchmark is a bean; bean order is a type
 * reference, never a bean name in a string; and {@code docs/modules/} is the
 * documentation Modulith writes for the code as it is.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ApparatusApplication.class);

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.apparatus");

	static final Path DOCS = Path.of("docs/modules");

	static final String UPDATE = "modules.docs.update";

	@Test
	void everyModuleUsesOnlyTheModulesItAllows() {
		MODULES.verify();
	}

	@Test
	void onlyTheCommandLineUsesTheApplicationClass() {
		noClasses().that()
			.resideOutsideOfPackages("org.apparatus", "org.apparatus.cli..", "org.apparatus.benchmark..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.apparatus")
			.because("the root package holds the application, which only the command line and the benchmarks start")
			.check(MAIN);
	}

	@Test
	void theBenchmarksAreNoBeansOfTheApplication() {
		noClasses().that()
			.resideInAPackage("org.apparatus.benchmark..")
			.should()
			.beMetaAnnotatedWith(Component.class)
			.orShould()
			.beMetaAnnotatedWith(Configuration.class)
			.because("a benchmark is created only when its command runs, not with every start of the application")
			.check(MAIN);
		noMethods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage("org.apparatus.benchmark..")
			.should()
			.beAnnotatedWith(Bean.class)
			.check(MAIN);
	}

	@Test
	void beansAreOrderedByTypesNotByNames() {
		String reason = "@DependsOn names a bean in a string that no compiler or module check sees: "
				+ "take the bean it names as a constructor parameter instead";
		noClasses().should().beAnnotatedWith(DependsOn.class).because(reason).check(MAIN);
		noMethods().should().beAnnotatedWith(DependsOn.class).because(reason).check(MAIN);
	}

	@Test
	void moduleDocumentationIsUpToDate(@TempDir Path generated) throws IOException {
		if (Boolean.getBoolean(UPDATE)) {
			assertThat(System.getenv("CI"))
				.as("-D" + UPDATE + "=true rewrites docs/modules/ and is for a developer's machine, not CI")
				.isNull();
			writeDocumentation(DOCS);
		}
		writeDocumentation(generated);
		assertThat(contents(DOCS))
			.as("docs/modules/ is stale: regenerate it with ./mvnw test -Dtest=ModularityTests -D" + UPDATE
					+ "=true and commit the result")
			.isEqualTo(contents(generated));
	}

	private static void writeDocumentation(Path folder) throws IOException {
		FileSystemUtils.deleteRecursively(folder);
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

	private static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> paths = Files.walk(folder)) {
				for (Path file : paths.filter(Files::isRegularFile).toList()) {
					files.put(folder.relativize(file).toString(), sortedLines(Files.readString(file)));
				}
			}
		}
		return files;
	}

	/**
	 * The Documenter lists components and relations in an order that changes from run to
	 * run, so files are compared as sorted lines: a module or a dependency added or
	 * removed still shows.
	 */
	private static String sortedLines(String text) {
		return text.lines().sorted().collect(Collectors.joining("\n"));
	}

}
