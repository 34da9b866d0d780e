package org.apparatus.registry;

/**
 * Kind of admin unit within its level (Luật Tổ chức chính quyền địa phương, Điều 2): a
 * province or a centrally run city; a rural district (huyện), an urban district (quận), a
 * town (thị xã) or a provincial city (thành phố thuộc tỉnh); a rural commune (xã), a ward
 * (phường), a township (thị trấn) or a special zone (đặc khu). A level rule may address
 * some kinds of its level only (the new-rural programme is a task of xã, not of phường).
 */
public enum UnitKind {

	PROVINCE(AdminLevel.PROVINCE), CENTRAL_CITY(AdminLevel.PROVINCE), RURAL_DISTRICT(AdminLevel.DISTRICT),
	URBAN_DISTRICT(AdminLevel.DISTRICT), TOWN(AdminLevel.DISTRICT), PROVINCIAL_CITY(AdminLevel.DISTRICT),
	RURAL_COMMUNE(AdminLevel.COMMUNE), WARD(AdminLevel.COMMUNE), TOWNSHIP(AdminLevel.COMMUNE),
	SPECIAL_ZONE(AdminLevel.COMMUNE);

	private final AdminLevel level;

	UnitKind(AdminLevel level) {
		this.level = level;
	}

	/** The level whose units may be of this kind. */
	public AdminLevel level() {
		return this.level;
	}

	/**
	 * The kinds a unit of a level may be, in words for a problem: "one of RURAL_COMMUNE,
	 * WARD, TOWNSHIP, SPECIAL_ZONE", or "of no kind" for a level without kinds.
	 */
	public static String describe(AdminLevel level) {
		java.util.List<UnitKind> kinds = of(level);
		return kinds.isEmpty() ? "of no kind" : "one of " + String.join(", ", kinds.stream().map(Enum::name).toList());
	}

	/** The kinds of one level, in this order. */
	public static java.util.List<UnitKind> of(AdminLevel level) {
		return java.util.Arrays.stream(values()).filter(kind -> kind.level == level).toList();
	}

}
