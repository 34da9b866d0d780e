package org.apparatus.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A full disk, simulated: the real disk is not filled. A start on a file system with less
 * free space than {@code apparatus.min-free-disk} is refused in one line before Neo4j
 * starts; Neo4j's notice that a database cannot write becomes one line and a stop.
 */
class StoreDiskTests {

	@TempDir
	Path temp;

	@Test
	void aStartWithTooLittleFreeSpaceIsRefusedInOneLineBeforeTheDatabaseStarts() {
		Path store = this.temp.resolve("store");
		var properties = new ApparatusProperties(store, 0, "8m", "", null, DataSize.ofTerabytes(1L << 20));
		assertThatExceptionOfType(EmbeddedStartFailure.class)
			.isThrownBy(() -> EmbeddedNeo4jConfiguration.EmbeddedNeo4j.start(properties))
			.satisfies(failure -> {
				assertThat(failure.kind()).isEqualTo(EmbeddedStartFailure.Kind.DISK_FULL);
				assertThat(failure.getMessage()).doesNotContain("\n")
					.startsWith("The disk of the store " + store + " has ")
					.contains("MB free, less than the 1,099,511,627,776 MB the database needs to start");
			});
		assertThat(Files.exists(store)).as("nothing written").isFalse();
	}

	@Test
	void aDatabaseThatCannotWriteStopsTheProcessWithOneLine() {
		List<String> lines = new ArrayList<>();
		var listener = new StoreDisk.WriteFailureListener(this.temp, lines::add);
		listener.databaseOutOfDiskSpace(() -> "neo4j");
		listener.databasePanic(() -> "neo4j");
		assertThat(lines).as("one stop, however many notices").hasSize(1);
		assertThat(lines.get(0)).doesNotContain("\n")
			.startsWith("the disk of the store " + this.temp + " is full (")
			.contains("database 'neo4j' cannot write: stopping");
	}

}
