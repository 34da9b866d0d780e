package org.apparatus.scenario;

import java.util.List;

import org.apparatus.api.CostlyField;
import org.apparatus.api.CostlyFields;
import org.springframework.stereotype.Component;

/**
 * The scenario fields that evaluate a scenario: the analysis of the knowledge base on the
 * day, and the scenario's changes with every rule run on them; a comparison with the
 * record also analyses the record's day.
 */
@Component
class ScenarioFieldCosts implements CostlyFields {

	@Override
	public List<CostlyField> costlyFields() {
		return List.of(CostlyField.analysis("Query", "evaluateScenario"),
				new CostlyField("Query", "evaluateScenario", "scenario evaluation", List.of("asOf"), List.of("name")),
				CostlyField.analysis("Query", "scenarioComparison"),
				new CostlyField("Query", "scenarioComparison", "scenario evaluation", List.of("asOf"), List.of("name")),
				new CostlyField("Query", "scenarioComparison", "analysis", List.of("to"), List.of()));
	}

}
