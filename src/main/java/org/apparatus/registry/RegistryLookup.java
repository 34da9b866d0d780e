package org.apparatus.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Component;

/**
 * The registry's entities by code, many at once (one query per call), for modules that hold codes
 * and need the entities: findings, coverage, reports.
 */
@Component
public class RegistryLookup {

	private final AgencyRepository agencies;

	private final AdminUnitRepository units;

	private final FunctionRepository functions;

	private final MandateRepository mandates;

	RegistryLookup(AgencyRepository agencies, AdminUnitRepository units, FunctionRepository functions,
			MandateRepository mandates) {
		this.agencies = agencies;
		this.units = units;
		this.functions = functions;
		this.mandates = mandates;
	}

	public Map<String, Agency> agencies(Collection<String> codes) {
		return byCode(this.agencies, codes, Agency::code);
	}

	public Map<String, AdminUnit> units(Collection<String> codes) {
		return byCode(this.units, codes, AdminUnit::code);
	}

	public Map<String, GovernmentFunction> functions(Collection<String> codes) {
		return byCode(this.functions, codes, GovernmentFunction::code);
	}

	public Map<String, Mandate> mandates(Collection<String> codes) {
		return byCode(this.mandates, codes, Mandate::code);
	}

	private static <T> Map<String, T> byCode(CrudRepository<T, String> repository, Collection<String> codes,
			Function<T, String> code) {
		Map<String, T> found = new HashMap<>();
		if (!codes.isEmpty()) {
			repository.findAllById(codes).forEach(entity -> found.put(code.apply(entity), entity));
		}
		return found;
	}

}
