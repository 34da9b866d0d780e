package org.apparatus.generator;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apparatus.dataset.CsvTableWriter;
import org.apparatus.dataset.DataSetFile;

/**
 * Writes generated rows, each into its file, through the data set's own
 * {@link CsvTableWriter}, so that a generated set has the shape export writes (without
 * the kinds of unit). Rows go out as they are made: only a file's own order matters, and
 * nothing but a province's responsibilities (which the planters still change) needs to
 * wait.
 */
final class RowWriter implements AutoCloseable {

	private final Map<DataSetFile, CsvTableWriter> writers = new EnumMap<>(DataSetFile.class);

	RowWriter(Path folder) {
		for (DataSetFile file : DataSetFile.values()) {
			this.writers.put(file, CsvTableWriter.open(folder, file, generatedColumns(file), false));
		}
	}

	/**
	 * The columns of a generated file: all but the kinds of unit, which the generator
	 * does not draw (its level rules address every unit of their level, so its sets and
	 * their pinned digests are those from before the kinds).
	 */
	private static java.util.List<String> generatedColumns(DataSetFile file) {
		return file.columns()
			.stream()
			.filter(column -> !(file == DataSetFile.ADMIN_UNITS && column.equals("kind"))
					&& !column.equals("unit_kinds"))
			.toList();
	}

	/**
	 * What makes responsibility rows one responsibility ({@code ResponsibilityRow#key}).
	 */
	private final Set<String> responsibilities = new HashSet<>();

	void write(Row row) {
		this.writers.get(row.file()).row(row.cells());
		if (row instanceof Row.ResponsibilityRow responsibility) {
			this.responsibilities.add(responsibility.key());
		}
	}

	/** Distinct responsibilities written so far. */
	long responsibilities() {
		return this.responsibilities.size();
	}

	/** Rows written so far, per file. */
	Map<DataSetFile, Long> counts() {
		Map<DataSetFile, Long> counts = new EnumMap<>(DataSetFile.class);
		this.writers.forEach((file, writer) -> counts.put(file, writer.rows()));
		return counts;
	}

	@Override
	public void close() {
		this.writers.values().forEach(CsvTableWriter::close);
	}

}
