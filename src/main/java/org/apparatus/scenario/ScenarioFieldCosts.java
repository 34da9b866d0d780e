package org.apparatus.scenario;

import java.util.List;

import org.apparatus.api.CostlyField;
import org.apparatus.api.CostlyFields;
import org.springframework.stereotype.Component;

/**
 * The scenario fields that evaluate a scenario: the analysis of the knowledge base on the
 * day, and the scenario's changes with every rule run on them; a comparison with the
 * record also analyses the record's day. Saving a scenario, or adding or removing one of
 * its changes, checks it by carrying all its changes out (rolled back): on a province
 * that ends a tier it is hundreds of statements, as long as an evaluation without the
 * rules, so those mutations get the time of an analysis too.
 */
@Component
class ScenarioFieldCosts implements CostlyFields {

	@Override
	public List<CostlyField> costlyFields() {
		return List.of(CostlyField.analysis("Query", "evaluateScenario"),
				new CostlyField("Query", "evaluateScenario", "scenario evaluation", List.of("asOf"), List.of("name")),
				CostlyField.analysis("Query", "scenarioComparison"),
				new CostlyField("Query", "scenarioComparison", "scenario evaluation", List.of("asOf"), List.of("name")),
				new CostlyField("Query", "scenarioComparison", "analysis", List.of("to"), List.of()),
				check("saveScenario", List.of()), check("addScenarioChange", List.of("name")),
				check("removeScenarioChange", List.of("name")));
	}

	private static CostlyField check(String mutation, List<String> parameters) {
		return new CostlyField("Mutation", mutation, "scenario check", List.of(), parameters);
	}

}
