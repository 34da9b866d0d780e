package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apparatus.system.CypherFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads the {@link Successors} of the record between two days. */
@Component
public class RecordedSuccessors {

	private final Neo4jClient client;

	RecordedSuccessors(Neo4jClient client) {
		this.client = client;
	}

	/** The successors by the change events dated in ({@code from}, {@code to}]. */
	public Successors between(LocalDate from, LocalDate to) {
		List<Successors.Step> units = new ArrayList<>();
		List<Successors.Step> agencies = new ArrayList<>();
		this.client.query(CypherFile.load("analysis/successors"))
			.bindAll(Map.of("from", from, "to", to))
			.fetch()
			.all()
			.forEach(row -> {
				Number functions = (Number) row.get("functions");
				var step = new Successors.Step((LocalDate) row.get("date"), (String) row.get("original"),
						(String) row.get("result"), functions == null ? Successors.WHOLE : functions.intValue());
				(Boolean.TRUE.equals(row.get("unit")) ? units : agencies).add(step);
			});
		return new Successors(units, agencies);
	}

}
