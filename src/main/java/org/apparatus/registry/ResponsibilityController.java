package org.apparatus.registry;

import java.util.List;
import java.util.Map;

import org.apparatus.registry.RegistryViews.Grant;
import org.apparatus.registry.RegistryViews.ResponsibilityView;
import java.time.LocalDate;

import org.neo4j.driver.Record;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The two ends and the legal basis of responsibilities, batch-loaded. */
@Controller
class ResponsibilityController {

	private final GraphReader reader;

	ResponsibilityController(GraphReader reader) {
		this.reader = reader;
	}

	static ResponsibilityView view(Record r, LocalDate asOf) {
		return new ResponsibilityView(r.get("responsibility").asString(), Role.valueOf(r.get("role").asString()),
				r.get("agency").asString(), r.get("function").asString(), asOf);
	}

	@BatchMapping(typeName = "Responsibility")
	Map<ResponsibilityView, Agency> agency(List<ResponsibilityView> responsibilities) {
		return this.reader.one(responsibilities, ResponsibilityView::agencyCode, ResponsibilityView::asOf,
				"queries/agencies-by-code", (r, day) -> Agency.read(r.get("agency"), day));
	}

	@BatchMapping(typeName = "Responsibility")
	Map<ResponsibilityView, GovernmentFunction> function(List<ResponsibilityView> responsibilities) {
		return this.reader.one(responsibilities, ResponsibilityView::functionCode, ResponsibilityView::asOf,
				"queries/functions-by-code", (r, day) -> GovernmentFunction.read(r.get("function"), day));
	}

	@BatchMapping(typeName = "Responsibility")
	Map<ResponsibilityView, List<Grant>> grants(List<ResponsibilityView> responsibilities) {
		return this.reader.many(responsibilities, ResponsibilityView::code, ResponsibilityView::asOf,
				"queries/responsibility-grants",
				(r, day) -> new Grant(this.reader.entity(Mandate.class, r.get("mandate")),
						r.get("article").isNull() ? null : r.get("article").asString()));
	}

}
