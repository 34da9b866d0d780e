package org.apparatus.registry;

import java.util.List;
import java.util.Map;

import org.apparatus.registry.RegistryViews.Grant;
import org.apparatus.registry.RegistryViews.ResponsibilityView;
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

	static ResponsibilityView view(Record r) {
		return new ResponsibilityView(r.get("responsibility").asString(), Role.valueOf(r.get("role").asString()),
				r.get("agency").asString(), r.get("function").asString());
	}

	@BatchMapping(typeName = "Responsibility")
	Map<ResponsibilityView, Agency> agency(List<ResponsibilityView> responsibilities) {
		return this.reader.one(responsibilities, ResponsibilityView::agencyCode, "queries/agencies-by-code",
				r -> this.reader.entity(Agency.class, r.get("agency")));
	}

	@BatchMapping(typeName = "Responsibility")
	Map<ResponsibilityView, GovernmentFunction> function(List<ResponsibilityView> responsibilities) {
		return this.reader.one(responsibilities, ResponsibilityView::functionCode, "queries/functions-by-code",
				r -> this.reader.entity(GovernmentFunction.class, r.get("function")));
	}

	@BatchMapping(typeName = "Responsibility")
	Map<ResponsibilityView, List<Grant>> grants(List<ResponsibilityView> responsibilities) {
		return this.reader.many(responsibilities, ResponsibilityView::code, "queries/responsibility-grants",
				r -> new Grant(this.reader.entity(Mandate.class, r.get("mandate")),
						r.get("article").isNull() ? null : r.get("article").asString()));
	}

}
