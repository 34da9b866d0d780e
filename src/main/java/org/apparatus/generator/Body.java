package org.apparatus.generator;

import java.util.List;

import org.apparatus.registry.AgencyKind;

/**
 * An agency of the regular layout, with the domains whose tasks it leads: {@code "KEY"}
 * for every function of the domain, {@code "KEY/1,2"} for some
 * ({@link FunctionTree#domainKey}).
 */
record Body(String code, AgencyKind kind, List<String> owns) {

	boolean owns(String key, int function) {
		for (String spec : this.owns) {
			String[] parts = spec.split("/");
			if (parts[0].equals(key)
					&& (parts.length == 1 || List.of(parts[1].split(",")).contains(String.valueOf(function)))) {
				return true;
			}
		}
		return false;
	}

}
