package org.apparatus.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apparatus.generator.Row.AdminUnitRow;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.ReportingLineKind;
import org.apparatus.registry.Sector;
import org.jspecify.annotations.Nullable;

import static org.apparatus.generator.FunctionTree.DOMAINS;

/**
 * Lays out the regular apparatus of one province, clean by construction: the province,
 * ten districts and 8 to 12 communes in each; in every unit the party committee and its
 * boards, the people's council and committee with the departments (district offices), the
 * front, the unions, police, military, court and procuracy, with their reporting lines;
 * and every task required at a level led by exactly one body of every unit at that level.
 * The planters then break it on purpose.
 */
final class ProvinceBuilder {

	/** The state domains whose department has a sub-department for functions 3 and 4. */
	static final Set<Integer> SUB_DEPARTMENT_DOMAINS = Set.of(12, 14, 17, 19, 23);

	private static final Set<Integer> CENTER_DOMAINS = Set.of(13, 20, 22);

	/** The state domains of each district office: some offices serve two. */
	private static final String[] DISTRICT_OFFICE_DOMAINS = { "9", "10", "11,12", "13,14", "15,16", "17", "18", "19",
			"20,21", "22", "23" };

	private final Random random;

	private final FunctionTree tree;

	/** The rows of the province being built, in the order they are made. */
	private List<Row> rows = new ArrayList<>();

	ProvinceBuilder(Random random, FunctionTree tree) {
		this.random = random;
		this.tree = tree;
	}

	/**
	 * Lays out the province: its units, agencies and reporting lines are held in the
	 * province's rows, its responsibilities in the units, until they are written.
	 */
	Province build(String code, int number) {
		this.rows = new ArrayList<>();
		adminUnit(code, "Tỉnh Tổng hợp " + number, "Synthetic Province " + number, AdminLevel.PROVINCE, null);
		Unit province = provinceBodies(code);
		province.assignTasks(code + "-UBND", code + "-TU");
		List<Unit> districts = new ArrayList<>();
		List<Unit> communes = new ArrayList<>();
		for (int d = 1; d <= 10; d++) {
			String dc = code + "-D" + String.format("%02d", d);
			adminUnit(dc, "Huyện " + d + " tỉnh " + number, "District " + d + " of province " + number,
					AdminLevel.DISTRICT, code);
			Unit district = districtBodies(dc, code);
			district.assignTasks(dc + "-UBND", dc + "-HU");
			districts.add(district);
			int communeCount = 8 + this.random.nextInt(5);
			for (int c = 1; c <= communeCount; c++) {
				String cc = dc + "-C" + String.format("%02d", c);
				adminUnit(cc, "Xã " + c + " huyện " + d + " tỉnh " + number,
						"Commune " + c + " of district " + d + ", province " + number, AdminLevel.COMMUNE, dc);
				Unit commune = communeBodies(cc, dc);
				commune.assignTasks(cc + "-UBND", cc + "-DU");
				communes.add(commune);
			}
		}
		return new Province(number, province, districts, communes, this.rows);
	}

	private void adminUnit(String code, String name, String nameEn, AdminLevel level, @Nullable String parent) {
		this.rows.add(new AdminUnitRow(code, name, nameEn, level, parent));
	}

	private Unit unit(String code, AdminLevel level) {
		return new Unit(code, level, this.random, this.tree, this.rows);
	}

	/**
	 * The provincial bodies: a department per state domain, some with a sub-department
	 * that leads functions 3 and 4 or a public-service centre. Bodies that own no domain
	 * (the committee, the inspectorate, the unions, the centres) lead nothing and hold
	 * the other roles.
	 */
	private Unit provinceBodies(String p) {
		var u = unit(p, AdminLevel.PROVINCE);
		u.add("TU", "Tỉnh ủy", "Provincial Party Committee", Sector.PARTY, AgencyKind.PARTY_COMMITTEE,
				List.of("PARTY_ORG/1,2"), 40);
		u.add("BTC", "Ban Tổ chức Tỉnh ủy", "Organisation Board", Sector.PARTY, AgencyKind.PARTY_BOARD,
				List.of("PARTY_ORG/3,4"), 25);
		u.add("BTG", "Ban Tuyên giáo Tỉnh ủy", "Propaganda Board", Sector.PARTY, AgencyKind.PARTY_BOARD,
				List.of("PARTY_PROP"), 20);
		u.add("BDV", "Ban Dân vận Tỉnh ủy", "Mass Mobilisation Board", Sector.PARTY, AgencyKind.PARTY_BOARD,
				List.of("FRONT/1"), 15);
		u.add("UBKT", "Ủy ban Kiểm tra Tỉnh ủy", "Party Inspection Commission", Sector.PARTY,
				AgencyKind.PARTY_INSPECTION, List.of("PARTY_INSPECT"), 20);
		u.add("HDND", "Hội đồng nhân dân", "People's Council", Sector.STATE, AgencyKind.PEOPLES_COUNCIL,
				List.of("COUNCIL"), 15);
		u.add("UBND", "Ủy ban nhân dân", "People's Committee", Sector.STATE, AgencyKind.PEOPLES_COMMITTEE, List.of(),
				60);
		u.add("TTR", "Thanh tra tỉnh", "Provincial Inspectorate", Sector.STATE, AgencyKind.INSPECTORATE, List.of(), 30);
		for (String board : List.of("BTC", "BTG", "BDV", "UBKT")) {
			u.line(p + "-" + board, p + "-TU", ReportingLineKind.PARTY);
		}
		u.line(p + "-UBND", p + "-HDND", ReportingLineKind.ADMINISTRATIVE);
		u.line(p + "-TTR", p + "-UBND", ReportingLineKind.ADMINISTRATIVE);
		for (int d = 9; d < DOMAINS.size(); d++) {
			String dept = String.format("S%02d", d);
			String functions = SUB_DEPARTMENT_DOMAINS.contains(d) ? "/1,2" : "";
			u.add(dept, "Sở " + DOMAINS.get(d).name(), "Department of " + DOMAINS.get(d).nameEn(), Sector.STATE,
					AgencyKind.DEPARTMENT, List.of("STATE:" + d + functions), 50);
			u.line(p + "-" + dept, p + "-UBND", ReportingLineKind.ADMINISTRATIVE);
			if (SUB_DEPARTMENT_DOMAINS.contains(d)) {
				u.add(dept + "-CC", "Chi cục thuộc Sở " + DOMAINS.get(d).name(),
						"Sub-department of " + DOMAINS.get(d).nameEn(), Sector.STATE, AgencyKind.SUB_DEPARTMENT,
						List.of("STATE:" + d + "/3,4"), 30);
				u.line(p + "-" + dept + "-CC", p + "-" + dept, ReportingLineKind.ADMINISTRATIVE);
			}
			if (CENTER_DOMAINS.contains(d)) {
				u.add(dept + "-TT", "Trung tâm thuộc Sở " + DOMAINS.get(d).name(),
						"Centre of " + DOMAINS.get(d).nameEn(), Sector.PUBLIC_SERVICE, AgencyKind.PUBLIC_SERVICE_UNIT,
						List.of(), 40);
				u.line(p + "-" + dept + "-TT", p + "-" + dept, ReportingLineKind.ADMINISTRATIVE);
			}
		}
		u.add("MTTQ", "Ủy ban Mặt trận Tổ quốc", "Fatherland Front Committee", Sector.FRONT, AgencyKind.FRONT_COMMITTEE,
				List.of("FRONT/2,3,4"), 20);
		u.add("DTN", "Tỉnh đoàn", "Youth Union", Sector.SOCIO_POLITICAL, AgencyKind.ASSOCIATION, List.of(), 15);
		u.add("HLHPN", "Hội Liên hiệp Phụ nữ", "Women's Union", Sector.SOCIO_POLITICAL, AgencyKind.ASSOCIATION,
				List.of(), 12);
		u.add("HND", "Hội Nông dân", "Farmers' Union", Sector.SOCIO_POLITICAL, AgencyKind.ASSOCIATION, List.of(), 12);
		u.add("CA", "Công an tỉnh", "Provincial Police", Sector.ARMED, AgencyKind.POLICE, List.of("POLICE"), 300);
		u.add("QS", "Bộ Chỉ huy Quân sự", "Military Command", Sector.ARMED, AgencyKind.MILITARY, List.of("MILITARY"),
				200);
		u.add("TA", "Tòa án nhân dân tỉnh", "Provincial People's Court", Sector.JUDICIAL, AgencyKind.COURT,
				List.of("COURT"), 60);
		u.add("VKS", "Viện kiểm sát nhân dân tỉnh", "Provincial People's Procuracy", Sector.JUDICIAL,
				AgencyKind.PROCURACY, List.of("PROCURACY"), 55);
		for (String body : List.of("MTTQ", "DTN", "HLHPN", "HND", "CA", "QS", "TA", "VKS")) {
			u.line(p + "-" + body, p + "-TU", ReportingLineKind.PARTY);
		}
		return u;
	}

	/**
	 * The district bodies: offices that serve one or two state domains, each under a
	 * province department.
	 */
	private Unit districtBodies(String d, String p) {
		var u = unit(d, AdminLevel.DISTRICT);
		u.add("HU", "Huyện ủy", "District Party Committee", Sector.PARTY, AgencyKind.PARTY_COMMITTEE,
				List.of("PARTY_ORG", "PARTY_PROP", "FRONT/1"), 20);
		u.add("UBKT", "Ủy ban Kiểm tra Huyện ủy", "District Party Inspection Commission", Sector.PARTY,
				AgencyKind.PARTY_INSPECTION, List.of("PARTY_INSPECT"), 6);
		u.add("HDND", "Hội đồng nhân dân", "District People's Council", Sector.STATE, AgencyKind.PEOPLES_COUNCIL,
				List.of("COUNCIL"), 4);
		u.add("UBND", "Ủy ban nhân dân", "District People's Committee", Sector.STATE, AgencyKind.PEOPLES_COMMITTEE,
				List.of(), 20);
		u.add("TTR", "Thanh tra huyện", "District Inspectorate", Sector.STATE, AgencyKind.INSPECTORATE, List.of(), 6);
		u.line(d + "-HU", p + "-TU", ReportingLineKind.PARTY);
		u.line(d + "-UBKT", d + "-HU", ReportingLineKind.PARTY);
		u.line(d + "-HDND", d + "-HU", ReportingLineKind.PARTY);
		u.line(d + "-UBND", p + "-UBND", ReportingLineKind.ADMINISTRATIVE);
		u.line(d + "-TTR", d + "-UBND", ReportingLineKind.ADMINISTRATIVE);
		u.line(d + "-TTR", p + "-TTR", ReportingLineKind.PROFESSIONAL);
		for (String group : DISTRICT_OFFICE_DOMAINS) {
			List<String> owns = new ArrayList<>();
			for (String domain : group.split(",")) {
				owns.add("STATE:" + domain);
			}
			int first = Integer.parseInt(group.split(",")[0]);
			String office = "P" + group.replace(",", "");
			u.add(office, "Phòng " + DOMAINS.get(first).name(), "Office of " + DOMAINS.get(first).nameEn(),
					Sector.STATE, AgencyKind.OFFICE, owns, 8);
			u.line(d + "-" + office, d + "-UBND", ReportingLineKind.ADMINISTRATIVE);
			u.line(d + "-" + office, p + "-" + String.format("S%02d", first), ReportingLineKind.PROFESSIONAL);
		}
		u.add("MTTQ", "Ủy ban Mặt trận Tổ quốc huyện", "District Fatherland Front", Sector.FRONT,
				AgencyKind.FRONT_COMMITTEE, List.of("FRONT/2,3,4"), 8);
		u.add("CA", "Công an huyện", "District Police", Sector.ARMED, AgencyKind.POLICE, List.of("POLICE"), 80);
		u.add("QS", "Ban Chỉ huy Quân sự huyện", "District Military Command", Sector.ARMED, AgencyKind.MILITARY,
				List.of("MILITARY"), 30);
		u.add("TA", "Tòa án nhân dân huyện", "District People's Court", Sector.JUDICIAL, AgencyKind.COURT,
				List.of("COURT"), 15);
		u.add("VKS", "Viện kiểm sát nhân dân huyện", "District People's Procuracy", Sector.JUDICIAL,
				AgencyKind.PROCURACY, List.of("PROCURACY"), 12);
		for (String body : List.of("MTTQ", "CA", "QS", "TA", "VKS")) {
			u.line(d + "-" + body, p + "-" + body, ReportingLineKind.ADMINISTRATIVE);
		}
		return u;
	}

	/**
	 * The commune bodies: no offices, so the people's committee leads every state task.
	 */
	private Unit communeBodies(String c, String d) {
		var u = unit(c, AdminLevel.COMMUNE);
		u.add("DU", "Đảng ủy", "Commune Party Committee", Sector.PARTY, AgencyKind.PARTY_COMMITTEE,
				List.of("PARTY_ORG", "PARTY_PROP", "PARTY_INSPECT", "FRONT/1"), 3);
		u.add("HDND", "Hội đồng nhân dân", "Commune People's Council", Sector.STATE, AgencyKind.PEOPLES_COUNCIL,
				List.of("COUNCIL"), 2);
		u.add("UBND", "Ủy ban nhân dân", "Commune People's Committee", Sector.STATE, AgencyKind.PEOPLES_COMMITTEE,
				List.of(), 12);
		u.add("MTTQ", "Ủy ban Mặt trận Tổ quốc", "Commune Fatherland Front", Sector.FRONT, AgencyKind.FRONT_COMMITTEE,
				List.of("FRONT/2,3,4"), 2);
		u.add("CA", "Công an xã", "Commune Police", Sector.ARMED, AgencyKind.POLICE, List.of("POLICE"), 8);
		u.add("QS", "Ban Chỉ huy Quân sự xã", "Commune Military Command", Sector.ARMED, AgencyKind.MILITARY,
				List.of("MILITARY"), 3);
		u.add("DTN", "Đoàn Thanh niên xã", "Commune Youth Union", Sector.SOCIO_POLITICAL, AgencyKind.ASSOCIATION,
				List.of(), 1);
		u.line(c + "-DU", d + "-HU", ReportingLineKind.PARTY);
		u.line(c + "-HDND", c + "-DU", ReportingLineKind.PARTY);
		u.line(c + "-UBND", d + "-UBND", ReportingLineKind.ADMINISTRATIVE);
		u.line(c + "-MTTQ", d + "-MTTQ", ReportingLineKind.ADMINISTRATIVE);
		u.line(c + "-CA", d + "-CA", ReportingLineKind.ADMINISTRATIVE);
		u.line(c + "-QS", d + "-QS", ReportingLineKind.ADMINISTRATIVE);
		u.line(c + "-DTN", c + "-DU", ReportingLineKind.PARTY);
		return u;
	}

}
