package org.apparatus.report;

import java.util.Map;

/**
 * The words a reader sees for the model's codes (domain.md §2): levels, kinds, sectors,
 * roles, reporting lines and severities, in Vietnamese and English. Rule ids stay as they
 * are: they are names planners quote.
 */
final class ReportLabels {

	private static final Map<String, Map<String, String[]>> LABELS = Map.of("agencyStatus",
			Map.of("ACTIVE", pair("Đang hoạt động", "Active"), "MERGED", pair("Đã hợp nhất, sáp nhập", "Merged"),
					"DISSOLVED", pair("Đã giải thể", "Dissolved")),
			"status",
			Map.of("OPEN", pair("Cần xử lý", "Open"), "ACKNOWLEDGED", pair("Đã ghi nhận", "Acknowledged"), "JUSTIFIED",
					pair("Được chấp nhận", "Justified")),
			"level",
			Map.of("PROVINCE", pair("Tỉnh", "Province"), "DISTRICT", pair("Huyện", "District"), "COMMUNE",
					pair("Xã", "Commune"), "HAMLET", pair("Ấp, khóm", "Hamlet")),
			"severity",
			Map.of("HIGH", pair("Cao", "High"), "MEDIUM", pair("Trung bình", "Medium"), "LOW", pair("Thấp", "Low"),
					"INFO", pair("Thông tin", "Information")),
			"role",
			Map.of("LEAD", pair("Chủ trì", "Lead"), "COORDINATE", pair("Phối hợp", "Coordinate"), "ADVISE",
					pair("Tham mưu", "Advise"), "DECIDE", pair("Quyết định", "Decide"), "INSPECT",
					pair("Thanh tra, kiểm tra", "Inspect")),
			"line",
			Map.of("ADMINISTRATIVE", pair("hành chính", "administrative"), "PROFESSIONAL",
					pair("chuyên môn, nghiệp vụ", "professional"), "PARTY", pair("Đảng lãnh đạo", "Party leadership"),
					"ACCOUNTABLE", pair("chịu trách nhiệm trước", "accountable to")),
			"sector",
			Map.of("PARTY", pair("Đảng", "Party"), "STATE", pair("Nhà nước", "State"), "FRONT",
					pair("Mặt trận", "Front"), "SOCIO_POLITICAL", pair("Chính trị - xã hội", "Socio-political"),
					"JUDICIAL", pair("Tư pháp", "Judicial"), "ARMED", pair("Lực lượng vũ trang", "Armed forces"),
					"PUBLIC_SERVICE", pair("Sự nghiệp công lập", "Public service")),
			"kind",
			Map.ofEntries(Map.entry("PARTY_COMMITTEE", pair("Cấp ủy Đảng", "Party committee")),
					Map.entry("PARTY_BOARD", pair("Ban Đảng", "Party board")),
					Map.entry("PARTY_INSPECTION", pair("Ủy ban kiểm tra Đảng", "Party inspection commission")),
					Map.entry("PEOPLES_COUNCIL", pair("Hội đồng nhân dân", "People's council")),
					Map.entry("PEOPLES_COMMITTEE", pair("Ủy ban nhân dân", "People's committee")),
					Map.entry("DEPARTMENT", pair("Sở, ngành", "Department")),
					Map.entry("OFFICE", pair("Văn phòng", "Office")),
					Map.entry("SUB_DEPARTMENT", pair("Chi cục", "Sub-department")),
					Map.entry("INSPECTORATE", pair("Thanh tra", "Inspectorate")),
					Map.entry("BOARD", pair("Ban", "Board")), Map.entry("CENTER", pair("Trung tâm", "Centre")),
					Map.entry("COURT", pair("Tòa án", "Court")),
					Map.entry("PROCURACY", pair("Viện kiểm sát", "Procuracy")),
					Map.entry("POLICE", pair("Công an", "Police")), Map.entry("MILITARY", pair("Quân sự", "Military")),
					Map.entry("FRONT_COMMITTEE", pair("Ủy ban Mặt trận", "Front committee")),
					Map.entry("ASSOCIATION", pair("Hội, đoàn thể", "Association")),
					Map.entry("PUBLIC_SERVICE_UNIT", pair("Đơn vị sự nghiệp công lập", "Public service unit"))));

	private ReportLabels() {
	}

	/**
	 * The reader's word for a code of a kind ({@code level}, {@code kind},
	 * {@code sector}, {@code role}, {@code line}, {@code severity}, {@code status} of a
	 * finding, {@code agencyStatus}); the code itself if there is none.
	 */
	static String label(String kind, String code, boolean english) {
		String[] label = LABELS.getOrDefault(kind, Map.of()).get(code);
		return label == null ? code : label[english ? 1 : 0];
	}

	private static String[] pair(String vi, String en) {
		return new String[] { vi, en };
	}

}
