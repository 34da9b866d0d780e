package org.apparatus.analysis;

import java.util.List;

import org.apparatus.api.CostlyField;
import org.apparatus.api.CostlyFields;
import org.springframework.stereotype.Component;

/**
 * The fields of the analysis that run it (every rule on one day with one set of
 * parameters, unless cached): a query is charged for each distinct analysis it asks for.
 * {@code coverage} reads the graph only and costs what its fields cost.
 */
@Component
class AnalysisFieldCosts implements CostlyFields {

	@Override
	public List<CostlyField> costlyFields() {
		return List.of(CostlyField.analysis("Query", "findings"), CostlyField.analysis("Query", "finding"),
				CostlyField.analysis("Query", "stats"), CostlyField.analysis("Query", "gaps"),
				new CostlyField("Query", "mergerCandidates", "analysis", List.of("asOf"), List.of("minScore")),
				new CostlyField("Query", "compare", "analysis", List.of("from"), List.of()),
				new CostlyField("Query", "compare", "analysis", List.of("to"), List.of()),
				CostlyField.analysis("Mutation", "markFinding"),
				// An agency's findings are those of the day it was read as of.
				new CostlyField("Agency", "findings", "analysis", List.of(), List.of()));
	}

}
