package org.apparatus.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * A province as {@link ProvinceBuilder} laid it out: its own unit, its districts and its
 * communes.
 */
record Province(Unit unit, List<Unit> districts, List<Unit> communes) {

	String code() {
		return this.unit.code();
	}

	/**
	 * The {@code index}-th commune of the first district (every district has at least
	 * eight): the commune planters each take their own, so that one rule's plant is not
	 * another's finding.
	 */
	Unit commune(int index) {
		String district = this.districts.get(0).code() + "-";
		return this.communes.stream().filter(c -> c.code().startsWith(district)).toList().get(index);
	}

	/**
	 * Every unit, in the order their responsibilities are written: the province,
	 * districts, communes.
	 */
	List<Unit> units() {
		List<Unit> units = new ArrayList<>();
		units.add(this.unit);
		units.addAll(this.districts);
		units.addAll(this.communes);
		return units;
	}

}
