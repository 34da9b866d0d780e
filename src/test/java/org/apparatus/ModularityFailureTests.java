package org.apparatus;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The check of {@link ModularityTests} can fail: over the fixture in
 * {@code org.apparatus.modulithfixture} (test classes only), a module that uses another
 * against its {@code allowedDependencies} is reported by name.
 */
class ModularityFailureTests {

	static final ApplicationModules FIXTURE = ApplicationModules.of("org.apparatus.modulithfixture",
			new ImportOption.OnlyIncludeTests());

	@Test
	void aDependencyTheModuleDoesNotAllowFailsTheVerification() {
		assertThatExceptionOfType(Violations.class).isThrownBy(FIXTURE::verify)
			.withMessageContaining("Module 'store' depends on module 'report' via "
					+ "org.apparatus.modulithfixture.store.Store -> org.apparatus.modulithfixture.report.Summary");
	}

	@Test
	void theAllowedDirectionPasses() {
		assertThatNoException()
			.isThrownBy(() -> FIXTURE.getModuleByName("report").orElseThrow().verifyDependencies(FIXTURE));
	}

}
