package org.apparatus.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apparatus.registry.AdminUnit;
import org.apparatus.system.CypherFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The pictures of a unit that the report draws and the workbench shows: its org chart and
 * its overlap heat map.
 */
@Service
public class UnitPictures {

	private final Neo4jClient client;

	UnitPictures(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * One unit's agencies on a day as the report draws them: the org chart (who reports
	 * to whom) and the overlap heat map (the pairs that lead the same functions); the
	 * workbench shows the same.
	 */
	public Report.UnitPicture of(AdminUnit unit, boolean english, LocalDate asOf) {
		Map<String, Object> parameters = Map.of("unit", unit.code(), "asOf", asOf);
		List<Report.ChartNode> agencies = this.client.query(CypherFile.load("report/unit-chart"))
			.bindAll(parameters)
			.fetch()
			.all()
			.stream()
			.map(row -> {
				List<?> superiors = (List<?>) row.get("superiors");
				Map<?, ?> first = superiors.isEmpty() ? Map.of() : (Map<?, ?>) superiors.get(0);
				return new Report.ChartNode((String) row.get("code"), ReportBuilder.text(row, english),
						(String) first.get("code"), (String) first.get("line"));
			})
			.toList();
		List<Report.Overlap> overlaps = this.client.query(CypherFile.load("report/unit-overlaps"))
			.bindAll(parameters)
			.fetch()
			.all()
			.stream()
			.map(row -> new Report.Overlap((String) row.get("first"), (String) row.get("second"),
					((Number) row.get("shared")).longValue(),
					((List<?>) row.get("functions")).stream().map(String::valueOf).toList()))
			.toList();
		return new Report.UnitPicture(unit.code(), english && unit.nameEn() != null ? unit.nameEn() : unit.name(),
				agencies, overlaps);
	}

}
