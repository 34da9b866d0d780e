package org.apparatus.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apparatus.system.CypherFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The one place names are resolved: findings' explanations, reports and the API ask it
 * for a {@link NameSheet} of the codes they are about to show (and of the mandates that
 * replaced the mandates among them). One query, in the caller's transaction, so an
 * analysis names its findings from the same state it found them in.
 */
@Component
public class Names {

	private final Neo4jClient client;

	Names(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * The names of the given codes; agencies and units by their names on {@code asOf}
	 * (domain.md §8).
	 */
	public NameSheet of(Collection<String> agencies, Collection<String> functions, Collection<String> units,
			Collection<String> mandates, LocalDate asOf) {
		NameSheet sheet = new NameSheet();
		this.client.query(CypherFile.load("queries/names"))
			.bindAll(Map.of("agencies", List.copyOf(agencies), "functions", List.copyOf(functions), "units",
					List.copyOf(units), "mandates", List.copyOf(mandates), "asOf", asOf))
			.fetch()
			.all()
			.forEach(row -> {
				String type = (String) row.get("type");
				String code = (String) row.get("code");
				String name = row.get("name") == null ? code : (String) row.get("name");
				if (NameSheet.MANDATE.equals(type)) {
					sheet.addMandate(
							new MandateName(code, MandateKind.valueOf((String) row.get("kind")),
									(String) row.get("number"), name),
							(LocalDate) row.get("since"), (LocalDate) row.get("until"), (String) row.get("replacedBy"));
				}
				else {
					sheet.add(type, code, name, (String) row.get("nameEn"));
				}
			});
		return sheet;
	}

}
