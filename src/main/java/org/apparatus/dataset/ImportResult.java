package org.apparatus.dataset;

import java.time.Duration;
import java.util.Map;

/**
 * What an import wrote: rows per file, the distinct responsibilities, and the graph
 * changes Neo4j counted (all zero when the same data set is imported again).
 */
public record ImportResult(Map<DataSetFile, Integer> rows, long responsibilities, long nodesCreated,
		long relationshipsCreated, long relationshipsDeleted, Duration took) {

	public boolean changedGraphStructure() {
		return this.nodesCreated + this.relationshipsCreated + this.relationshipsDeleted > 0;
	}

}
