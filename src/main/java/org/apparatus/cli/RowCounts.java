package org.apparatus.cli;

import java.util.Map;
import java.util.stream.Collectors;

import org.apparatus.dataset.DataSetFile;

final class RowCounts {

	private RowCounts() {
	}

	static String describe(Map<DataSetFile, ? extends Number> rows) {
		return rows.entrySet()
			.stream()
			.map(e -> String.format("%,d %s", e.getValue().longValue(), e.getKey().fileName()))
			.collect(Collectors.joining(", "));
	}

}
