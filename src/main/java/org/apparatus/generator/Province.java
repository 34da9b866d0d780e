package org.apparatus.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * A province as {@link ProvinceBuilder} laid it out: its number, its own unit, its
 * districts and its communes, and the rows of its admin units, agencies and reporting
 * lines in the order they were made (planters add to them; its responsibilities are held
 * in the units).
 */
record Province(int number, Unit unit, List<Unit> districts, List<Unit> communes, List<Row> rows) {

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
