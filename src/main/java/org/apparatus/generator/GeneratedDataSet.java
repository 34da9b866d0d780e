package org.apparatus.generator;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apparatus.dataset.DataSetFile;

/**
 * What the generator wrote: rows per file, distinct responsibilities, the planted
 * problems (which hold on {@link SyntheticDataSetGenerator#ANSWER_KEY_DAY}), and the
 * change events of its reform (rows of {@code changes.csv}).
 */
public record GeneratedDataSet(Map<DataSetFile, Long> rows, long responsibilities, List<PlantedProblem> planted,
		long changes) {

	/** Number of planted problems per rule id, sorted by rule. */
	public Map<String, Long> plantedByRule() {
		Map<String, Long> counts = new TreeMap<>();
		this.planted.forEach(p -> counts.merge(p.rule(), 1L, Long::sum));
		return counts;
	}

}
