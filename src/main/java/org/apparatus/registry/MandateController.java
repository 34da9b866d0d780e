package org.apparatus.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL queries on mandates, the instruments that assign responsibilities. */
@Controller
class MandateController {

	private final MandateRepository mandates;

	private final RegistryLookup lookup;

	private final GraphReader reader;

	MandateController(MandateRepository mandates, RegistryLookup lookup, GraphReader reader) {
		this.mandates = mandates;
		this.lookup = lookup;
		this.reader = reader;
	}

	@QueryMapping
	@Nullable Mandate mandate(@Argument String code) {
		return this.lookup.mandates(Set.of(code)).get(code);
	}

	@QueryMapping
	List<Mandate> mandates(@Argument @Nullable MandateKind kind, @Argument @Nullable LocalDate inForceOn) {
		List<Mandate> all = kind == null ? this.mandates.findAllByOrderByCode()
				: this.mandates.findByKindOrderByCode(kind);
		return inForceOn == null ? all : all.stream().filter(m -> m.inForceOn(inForceOn)).toList();
	}

	@BatchMapping(typeName = "Mandate")
	Map<Mandate, Mandate> replacedBy(List<Mandate> mandates) {
		return this.reader.one(mandates, Mandate::code, "queries/mandate-successors",
				r -> this.reader.entity(Mandate.class, r.get("successor")));
	}

	@BatchMapping(typeName = "Mandate")
	Map<Mandate, List<Mandate>> replaces(List<Mandate> mandates) {
		return this.reader.many(mandates, Mandate::code, "queries/mandate-predecessors",
				r -> this.reader.entity(Mandate.class, r.get("predecessor")));
	}

	@SchemaMapping
	boolean inForce(Mandate mandate, @Argument @Nullable LocalDate on) {
		return mandate.inForceOn(on != null ? on : LocalDate.now());
	}

	@SchemaMapping
	String citation(Mandate mandate) {
		return mandate.name().citation("vi");
	}

	@SchemaMapping
	String citationEn(Mandate mandate) {
		return mandate.name().citation("en");
	}

}
