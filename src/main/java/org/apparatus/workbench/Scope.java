package org.apparatus.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apparatus.registry.AdminUnit;
import org.apparatus.registry.UnitKind;
import org.apparatus.registry.RegistryBrowser.UnitNode;
import org.jspecify.annotations.Nullable;

/**
 * What every page shows: a unit (and the units below it) on a day, both chosen with the
 * pickers and kept in every link as the {@code unit} and {@code day} query parameters.
 *
 * @param unit the chosen unit
 * @param day the day the registry and the analysis are read for
 * @param tree every unit of the day in tree order, each with its depth, for the picker
 * @param english whether the reader chose English
 * @param kinds the words for the kinds of unit (xã, phường, …) in the reader's language
 */
record Scope(AdminUnit unit, LocalDate day, List<Entry> tree, boolean english, Map<UnitKind, String> kinds) {

	/** The query string that keeps the scope: {@code unit=…&day=…}. */
	public String query() {
		return "unit=" + this.unit.code() + "&day=" + this.day;
	}

	/** A name in the reader's language: the English one where chosen and known. */
	public String name(String name, @Nullable String nameEn) {
		return this.english && nameEn != null ? nameEn : name;
	}

	public String unitName() {
		return name(this.unit.name(), this.unit.nameEn());
	}

	/** The kind of a unit in words (phường, rural district, …), empty when unknown. */
	public String kind(AdminUnit unit) {
		return unit.kind() == null ? "" : this.kinds.getOrDefault(unit.kind(), unit.kind().name());
	}

	/**
	 * A unit's name in the reader's language followed by its kind in words, unless the
	 * name already says it: "Thành phố Bạc Liêu (thành phố thuộc tỉnh)", but "Phường 1".
	 */
	public String nameWithKind(AdminUnit unit) {
		String name = name(unit.name(), unit.nameEn());
		String kind = kind(unit);
		return kind.isEmpty() || name.toLowerCase(Locale.ROOT).contains(kind.toLowerCase(Locale.ROOT)) ? name
				: name + " (" + kind + ")";
	}

	/** A unit of the day's tree by its code, null when the day has none. */
	public @Nullable AdminUnit unitOf(String code) {
		return this.tree.stream().map(Entry::unit).filter(u -> u.code().equals(code)).findFirst().orElse(null);
	}

	/** A unit of the tree with its depth below the top. */
	record Entry(AdminUnit unit, int depth) {
	}

	/** The units in tree order: each followed by the units below it, by code. */
	static List<Entry> tree(List<UnitNode> nodes) {
		Map<String, List<UnitNode>> children = new HashMap<>();
		List<UnitNode> roots = new ArrayList<>();
		Map<String, UnitNode> byCode = new HashMap<>();
		nodes.forEach(n -> byCode.put(n.unit().code(), n));
		for (UnitNode node : nodes) {
			if (node.parent() == null || !byCode.containsKey(node.parent())) {
				roots.add(node);
			}
			else {
				children.computeIfAbsent(node.parent(), p -> new ArrayList<>()).add(node);
			}
		}
		Comparator<UnitNode> order = Comparator.comparing((UnitNode n) -> n.unit().level())
			.thenComparing(n -> n.unit().code());
		List<Entry> tree = new ArrayList<>();
		roots.sort(order);
		roots.forEach(root -> walk(root, 0, children, order, tree));
		return tree;
	}

	private static void walk(UnitNode node, int depth, Map<String, List<UnitNode>> children, Comparator<UnitNode> order,
			List<Entry> tree) {
		tree.add(new Entry(node.unit(), depth));
		List<UnitNode> below = new ArrayList<>(children.getOrDefault(node.unit().code(), List.of()));
		below.sort(order);
		below.forEach(child -> walk(child, depth + 1, children, order, tree));
	}

}
