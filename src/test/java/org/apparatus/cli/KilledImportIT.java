package org.apparatus.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apparatus.dataset.TestDataSet;
import org.apparatus.generator.SyntheticDataSetGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed with SIGKILL in the middle of writing leaves the store as it was
 * before, once the store is opened again: for the batched initial load of an empty store
 * and for the single-transaction update of a store with data.
 */
class KilledImportIT {

	// an upper bound, not a wait: on a machine busy with other builds an export of the
	// seed has taken over 3 min
	static final Duration TIMEOUT = Duration.ofMinutes(6);

	@TempDir
	Path temp;

	@Test
	void killedInitialLoadLeavesTheStoreEmpty() throws Exception {
		Path store = this.temp.resolve("store");
		Path data = generated();
		try (var importing = JavaProcess.cli("import", "--store", store.toString(), data.toString())) {
			importing.awaitLine(line -> line.contains("responsibilities.csv") && line.contains("rows"), TIMEOUT);
			importing.kill();
		}
		assertThat(export(store)).allSatisfy((file, content) -> assertThat(content.lines()).as(file).hasSize(1));
	}

	@Test
	void killedUpdateLeavesTheStoreAsItWas() throws Exception {
		Path store = this.temp.resolve("store");
		try (var seeding = JavaProcess.cli("import", "--store", store.toString(), Path.of("seed-data").toString())) {
			assertThat(seeding.exitStatus(TIMEOUT)).as(seeding.output()).isZero();
		}
		Map<String, String> before = export(store);
		Path data = generated();
		try (var importing = JavaProcess.cli("import", "--store", store.toString(), data.toString())) {
			importing.awaitLine(line -> line.contains("responsibilities.csv") && line.contains("rows"), TIMEOUT);
			importing.kill();
		}
		assertThat(export(store)).isEqualTo(before);
	}

	private Path generated() {
		Path data = this.temp.resolve("generated");
		SyntheticDataSetGenerator.generate(2, 3, data);
		return data;
	}

	private Map<String, String> export(Path store) throws InterruptedException {
		Path folder = this.temp.resolve("export-" + System.nanoTime());
		try (var exporting = JavaProcess.cli("export", "--store", store.toString(), folder.toString())) {
			assertThat(exporting.exitStatus(TIMEOUT)).as(exporting.output()).isZero();
		}
		return TestDataSet.read(folder);
	}

}
