package org.apparatus.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apparatus.dataset.DataSetFile;
import org.apparatus.generator.Row.AdminUnitRow;
import org.apparatus.generator.Row.AgencyRow;
import org.apparatus.generator.Row.FunctionLevelRow;
import org.apparatus.generator.Row.FunctionRow;
import org.apparatus.generator.Row.MandateRow;
import org.apparatus.generator.Row.ReportingLineRow;
import org.apparatus.generator.Row.ResponsibilityRow;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.ReportingLineKind;
import org.apparatus.registry.Role;
import org.apparatus.registry.Sector;
import org.jspecify.annotations.Nullable;

/**
 * Writes a synthetic data set of any size, deterministic for a seed. The apparatus it describes is
 * clean by construction (every required task led exactly once in every unit of its level, leads
 * only on tasks, one administrative superior each, every mandate in force, no inspector of its own
 * work), and then one problem of each analysis rule is planted in every province and listed in
 * {@value #PLANTED_FILE}, so that an analysis must find exactly those.
 *
 * <p>At 34 provinces (the national scale of 2025) it has about 32,000 agencies and 1.3 million
 * responsibilities. All codes start with a province code such as {@code P01}; all mandates have
 * obviously synthetic numbers ({@code GEN-…}).
 */
public final class SyntheticDataSetGenerator {

	public static final String PLANTED_FILE = "planted-problems.csv";

	private static final String[] DISTRICT_OFFICE_DOMAINS = { "9", "10", "11,12", "13,14", "15,16", "17", "18",
			"19", "20,21", "22", "23" };

	private static final Set<Integer> SUB_DEPARTMENT_DOMAINS = Set.of(12, 14, 17, 19, 23);

	private static final Set<Integer> CENTER_DOMAINS = Set.of(13, 20, 22);

	private final Random random;

	private final List<Task> tasks = new ArrayList<>();

	private final RowWriter rows;

	private final List<PlantedProblem> planted = new ArrayList<>();

	private final Set<String> responsibilityCodes = new HashSet<>();

	private SyntheticDataSetGenerator(long seed, RowWriter rows) {
		this.random = new Random(seed);
		this.rows = rows;
	}

	/** Writes the data set and {@value #PLANTED_FILE} into {@code folder}. */
	public static GeneratedDataSet generate(int provinces, long seed, Path folder) {
		if (provinces < 1 || provinces > 99) {
			throw new IllegalArgumentException("provinces must be between 1 and 99, not " + provinces);
		}
		SyntheticDataSetGenerator generator;
		Map<DataSetFile, Long> written;
		try (var rows = new RowWriter(folder)) {
			generator = new SyntheticDataSetGenerator(seed, rows);
			generator.functionTreeAndMandates();
			for (int p = 1; p <= provinces; p++) {
				generator.province(String.format("P%02d", p), p);
			}
			written = rows.counts();
		}
		try (var out = new PlantedProblemsFile(folder.resolve(PLANTED_FILE))) {
			generator.planted.forEach(out::write);
		}
		return new GeneratedDataSet(written, generator.responsibilityCodes.size(), List.copyOf(generator.planted));
	}

	// ---- the national part: function tree and mandates

	private record Domain(String key, String name, String nameEn, String cofog, Set<AdminLevel> allowedLevels) {
	}

	private record Task(String code, int domain, int function, Set<AdminLevel> levels) {

		String functionCode() {
			return String.format("F%02d.%d", this.domain, this.function);
		}

	}

	private static final List<Domain> DOMAINS = List.of(
			domain("PARTY_ORG", "Xây dựng Đảng về tổ chức", "Party organisation building", null),
			domain("PARTY_PROP", "Tuyên giáo", "Party propaganda and education", null),
			domain("PARTY_INSPECT", "Kiểm tra, giám sát của Đảng", "Party inspection and supervision", null),
			domain("FRONT", "Mặt trận và đoàn thể", "Front and mass organisations", null),
			domain("MILITARY", "Quốc phòng, quân sự địa phương", "Defence and local military affairs", "02.1"),
			domain("POLICE", "An ninh, trật tự", "Public order and security", "03.1"),
			domain("COURT", "Xét xử", "Adjudication", "03.3"),
			domain("PROCURACY", "Kiểm sát", "Prosecution and supervision of legal compliance", "03.3"),
			domain("COUNCIL", "Giám sát của Hội đồng nhân dân", "Oversight by the people's council", "01.1"),
			domain("STATE", "Nội vụ", "Home affairs", "01.3"), domain("STATE", "Tư pháp", "Justice", "03.3"),
			domain("STATE", "Kế hoạch và đầu tư", "Planning and investment", "01.3"),
			domain("STATE", "Tài chính", "Finance", "01.1"), domain("STATE", "Công thương", "Industry and trade", "04.1"),
			domain("STATE", "Nông nghiệp", "Agriculture", "04.2"),
			domain("STATE", "Giao thông vận tải", "Transport", "04.5"), domain("STATE", "Xây dựng", "Construction", "06.1"),
			domain("STATE", "Tài nguyên và môi trường", "Natural resources and environment", "05.3"),
			domain("STATE", "Thông tin và truyền thông", "Information and communications", "04.6"),
			domain("STATE", "Lao động, thương binh và xã hội", "Labour, invalids and social affairs", "10.9"),
			domain("STATE", "Văn hóa, thể thao và du lịch", "Culture, sports and tourism", "08.2"),
			domain("STATE", "Khoa học và công nghệ", "Science and technology", "01.4"),
			domain("STATE", "Giáo dục và đào tạo", "Education and training", "09.1"),
			domain("STATE", "Y tế", "Health", "07.4"));

	private static Domain domain(String key, String name, String nameEn, @Nullable String cofog) {
		Set<AdminLevel> allowed = key.equals("COURT") || key.equals("PROCURACY")
				? EnumSet.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT)
				: EnumSet.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE);
		return new Domain(key, name, nameEn, cofog == null ? "" : cofog, allowed);
	}

	private static String domainKey(int domain) {
		String key = DOMAINS.get(domain).key();
		return key.equals("STATE") ? "STATE:" + domain : key;
	}

	private void functionTreeAndMandates() {
		for (int d = 0; d < DOMAINS.size(); d++) {
			Domain domain = DOMAINS.get(d);
			String dc = String.format("F%02d", d);
			this.rows.write(new FunctionRow(dc, domain.name(), domain.nameEn(), null, emptyToNull(domain.cofog())));
			for (int f = 1; f <= 4; f++) {
				this.rows.write(new FunctionRow(dc + "." + f, domain.name() + " — chức năng " + f,
						domain.nameEn() + " — function " + f, dc, null));
				for (int t = 1; t <= 5; t++) {
					String code = dc + "." + f + "." + t;
					var task = new Task(code, d, f, levelsFor(domain));
					this.tasks.add(task);
					this.rows.write(new FunctionRow(code, domain.name() + " — nhiệm vụ " + f + "." + t,
							domain.nameEn() + " — task " + f + "." + t, dc + "." + f, null));
					for (AdminLevel level : task.levels()) {
						this.rows.write(new FunctionLevelRow(code, level, decree(d)));
					}
				}
			}
			boolean party = domain.key().startsWith("PARTY");
			this.rows.write(new MandateRow(law(d), party ? "REGULATION" : "LAW", "GEN-L/" + (2010 + d),
					(party ? "Quy định (tổng hợp) về " : "Luật (tổng hợp) về ") + domain.name().toLowerCase(),
					party ? "Ban Chấp hành Trung ương" : "Quốc hội", LocalDate.of(2010 + d % 8, 6, 1),
					LocalDate.of(2011 + d % 8, 1, 1), null));
			this.rows.write(new MandateRow(decree(d), party ? "REGULATION" : "DECREE", "GEN-ND/" + (2015 + d % 5),
					"Văn bản (tổng hợp) quy định chi tiết về " + domain.name().toLowerCase(),
					party ? "Ban Bí thư" : "Chính phủ", LocalDate.of(2015 + d % 5, 3, 1), LocalDate.of(2015 + d % 5, 5, 1),
					null));
			this.rows.write(new MandateRow(circular(d), party ? "REGULATION" : "CIRCULAR", "GEN-TT/" + (2016 + d % 5),
					"Văn bản (tổng hợp) hướng dẫn về " + domain.name().toLowerCase(), "Bộ, ngành Trung ương",
					LocalDate.of(2016 + d % 5, 2, 1), LocalDate.of(2016 + d % 5, 4, 1), null));
			this.rows.write(new MandateRow(repealed(d), party ? "REGULATION" : "DECREE", "GEN-ND-CU/2008",
					"Văn bản (tổng hợp, đã hết hiệu lực) về " + domain.name().toLowerCase(), "Chính phủ",
					LocalDate.of(2008, 1, 1), LocalDate.of(2008, 3, 1), LocalDate.of(2015, 1, 1)));
		}
	}

	private Set<AdminLevel> levelsFor(Domain domain) {
		int draw = this.random.nextInt(100);
		if (!domain.allowedLevels().contains(AdminLevel.COMMUNE)) {
			return EnumSet.of(draw < 50 ? AdminLevel.PROVINCE : AdminLevel.DISTRICT);
		}
		if (draw < 45) {
			return EnumSet.of(AdminLevel.COMMUNE);
		}
		if (draw < 70) {
			return EnumSet.of(AdminLevel.PROVINCE);
		}
		if (draw < 85) {
			return EnumSet.of(AdminLevel.DISTRICT);
		}
		return EnumSet.of(AdminLevel.PROVINCE, AdminLevel.COMMUNE);
	}

	private static String law(int d) {
		return String.format("GEN-L%02d", d);
	}

	private static String decree(int d) {
		return String.format("GEN-ND%02d", d);
	}

	private static String circular(int d) {
		return String.format("GEN-TT%02d", d);
	}

	private static String repealed(int d) {
		return String.format("GEN-ND%02d-CU", d);
	}

	// ---- one province: units, agencies, reporting lines, responsibilities

	/** An agency being generated, with the domain keys whose tasks it leads ("KEY" or "KEY/1,2"). */
	private record Body(String code, AdminLevel level, Sector sector, AgencyKind kind, List<String> owns) {

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

	/** The bodies of one unit and the responsibilities generated for them. */
	private final class Unit {

		final String code;

		final AdminLevel level;

		final List<Body> bodies = new ArrayList<>();

		/** task code → leading body code */
		final Map<String, String> leads = new LinkedHashMap<>();

		final List<ResponsibilityRow> responsibilities = new ArrayList<>();

		Unit(String code, AdminLevel level) {
			this.code = code;
			this.level = level;
		}

		Body add(String suffix, String name, String nameEn, Sector sector, AgencyKind kind, List<String> owns,
				int quota) {
			var body = new Body(this.code + "-" + suffix, this.level, sector, kind, owns);
			this.bodies.add(body);
			rows.write(new AgencyRow(body.code(), name + " " + unitName(this.code), nameEn + " of " + this.code, sector,
					kind, this.code, "ACTIVE", quota + random.nextInt(quota / 3 + 1)));
			return body;
		}

		Body body(String suffix) {
			return this.bodies.stream()
				.filter(b -> b.code().equals(this.code + "-" + suffix))
				.findFirst()
				.orElseThrow();
		}

		void responsibility(String agency, String task, Role role) {
			int domain = Integer.parseInt(task.substring(1, 3));
			this.responsibilities.add(new ResponsibilityRow(agency, task, role, decree(domain), "Điều " + (2 + random.nextInt(20))));
			int draw = random.nextInt(100);
			if (draw < 10) {
				this.responsibilities.add(new ResponsibilityRow(agency, task, role, circular(domain), "Điều " + (1 + random.nextInt(10))));
			}
			else if (draw < 13) {
				this.responsibilities.add(new ResponsibilityRow(agency, task, role, repealed(domain), null));
			}
		}

		/** Leads every task required at this level; others coordinate, advise, decide and inspect some. */
		void assignTasks(String fallbackState, String fallbackParty) {
			for (Task task : tasks) {
				if (!task.levels().contains(this.level)) {
					continue;
				}
				String key = domainKey(task.domain());
				String leader = this.bodies.stream()
					.filter(b -> b.owns(key, task.function()))
					.map(Body::code)
					.findFirst()
					.orElse(key.startsWith("PARTY") ? fallbackParty : fallbackState);
				this.leads.put(task.code(), leader);
				responsibility(leader, task.code(), Role.LEAD);
				int draw = random.nextInt(100);
				if (draw < 30) {
					responsibility(other(leader, null), task.code(), Role.COORDINATE);
				}
				else if (draw < 35) {
					responsibility(other(leader, null), task.code(), Role.ADVISE);
				}
				if (DOMAINS.get(task.domain()).nameEn().equals("Finance")) {
					this.bodies.stream()
						.filter(b -> b.kind() == AgencyKind.PEOPLES_COUNCIL)
						.forEach(council -> responsibility(council.code(), task.code(), Role.DECIDE));
				}
				if (random.nextInt(100) < 15) {
					this.bodies.stream()
						.filter(b -> b.kind() == AgencyKind.INSPECTORATE && !b.code().equals(leader))
						.forEach(inspectorate -> responsibility(inspectorate.code(), task.code(), Role.INSPECT));
				}
			}
			ensureEveryBodyHolds();
		}

		/** Gives a body without any responsibility a coordinating role, so clean data has no idle body. */
		void ensureEveryBodyHolds() {
			Set<String> holders = new HashSet<>();
			this.responsibilities.forEach(r -> holders.add(r.agency()));
			for (Body body : this.bodies) {
				if (!holders.contains(body.code())) {
					String task = this.leads.entrySet()
						.stream()
						.filter(e -> !e.getValue().equals(body.code()))
						.map(Map.Entry::getKey)
						.findFirst()
						.orElseThrow();
					responsibility(body.code(), task, Role.COORDINATE);
				}
			}
		}

		/** A random body of this unit other than {@code not} and {@code notEither}. */
		String other(String not, @Nullable String notEither) {
			while (true) {
				String code = this.bodies.get(random.nextInt(this.bodies.size())).code();
				if (!code.equals(not) && !code.equals(notEither)) {
					return code;
				}
			}
		}

		void write() {
			for (ResponsibilityRow r : this.responsibilities) {
				rows.write(r);
				responsibilityCodes.add(r.key());
			}
		}

	}

	private static String unitName(String code) {
		return code.replace("-", " ");
	}

	private void unit(String code, String name, String nameEn, AdminLevel level, @Nullable String parent) {
		this.rows.write(new AdminUnitRow(code, name, nameEn, level, parent));
	}

	private void line(String agency, String superior, ReportingLineKind line) {
		this.rows.write(new ReportingLineRow(agency, superior, line));
	}

	private void province(String code, int number) {
		unit(code, "Tỉnh Tổng hợp " + number, "Synthetic Province " + number, AdminLevel.PROVINCE, null);
		Unit province = provinceBodies(code);
		province.assignTasks(code + "-UBND", code + "-TU");
		List<Unit> districts = new ArrayList<>();
		List<Unit> communes = new ArrayList<>();
		for (int d = 1; d <= 10; d++) {
			String dc = code + "-D" + String.format("%02d", d);
			unit(dc, "Huyện " + d + " tỉnh " + number, "District " + d + " of province " + number, AdminLevel.DISTRICT,
					code);
			Unit district = districtBodies(dc, code);
			district.assignTasks(dc + "-UBND", dc + "-HU");
			districts.add(district);
			int communeCount = 8 + this.random.nextInt(5);
			for (int c = 1; c <= communeCount; c++) {
				String cc = dc + "-C" + String.format("%02d", c);
				unit(cc, "Xã " + c + " huyện " + d + " tỉnh " + number,
						"Commune " + c + " of district " + d + ", province " + number, AdminLevel.COMMUNE, dc);
				Unit commune = communeBodies(cc, dc);
				commune.assignTasks(cc + "-UBND", cc + "-DU");
				communes.add(commune);
			}
		}
		plant(province, districts, communes);
		province.write();
		districts.forEach(Unit::write);
		communes.forEach(Unit::write);
	}

	private Unit provinceBodies(String p) {
		var u = new Unit(p, AdminLevel.PROVINCE);
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
		for (String line : List.of("BTC", "BTG", "BDV", "UBKT")) {
			line(p + "-" + line, p + "-TU", ReportingLineKind.PARTY);
		}
		line(p + "-UBND", p + "-HDND", ReportingLineKind.ADMINISTRATIVE);
		line(p + "-TTR", p + "-UBND", ReportingLineKind.ADMINISTRATIVE);
		for (int d = 9; d < DOMAINS.size(); d++) {
			String dept = String.format("S%02d", d);
			String functions = SUB_DEPARTMENT_DOMAINS.contains(d) ? "/1,2" : "";
			u.add(dept, "Sở " + DOMAINS.get(d).name(), "Department of " + DOMAINS.get(d).nameEn(), Sector.STATE,
					AgencyKind.DEPARTMENT, List.of("STATE:" + d + functions), 50);
			line(p + "-" + dept, p + "-UBND", ReportingLineKind.ADMINISTRATIVE);
			if (SUB_DEPARTMENT_DOMAINS.contains(d)) {
				u.add(dept + "-CC", "Chi cục thuộc Sở " + DOMAINS.get(d).name(),
						"Sub-department of " + DOMAINS.get(d).nameEn(), Sector.STATE, AgencyKind.SUB_DEPARTMENT,
						List.of("STATE:" + d + "/3,4"), 30);
				line(p + "-" + dept + "-CC", p + "-" + dept, ReportingLineKind.ADMINISTRATIVE);
			}
			if (CENTER_DOMAINS.contains(d)) {
				u.add(dept + "-TT", "Trung tâm thuộc Sở " + DOMAINS.get(d).name(), "Centre of " + DOMAINS.get(d).nameEn(),
						Sector.PUBLIC_SERVICE, AgencyKind.PUBLIC_SERVICE_UNIT, List.of(), 40);
				line(p + "-" + dept + "-TT", p + "-" + dept, ReportingLineKind.ADMINISTRATIVE);
			}
		}
		u.add("MTTQ", "Ủy ban Mặt trận Tổ quốc", "Fatherland Front Committee", Sector.FRONT,
				AgencyKind.FRONT_COMMITTEE, List.of("FRONT/2,3,4"), 20);
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
			line(p + "-" + body, p + "-TU", ReportingLineKind.PARTY);
		}
		return u;
	}

	private Unit districtBodies(String d, String p) {
		var u = new Unit(d, AdminLevel.DISTRICT);
		u.add("HU", "Huyện ủy", "District Party Committee", Sector.PARTY, AgencyKind.PARTY_COMMITTEE,
				List.of("PARTY_ORG", "PARTY_PROP", "FRONT/1"), 20);
		u.add("UBKT", "Ủy ban Kiểm tra Huyện ủy", "District Party Inspection Commission", Sector.PARTY,
				AgencyKind.PARTY_INSPECTION, List.of("PARTY_INSPECT"), 6);
		u.add("HDND", "Hội đồng nhân dân", "District People's Council", Sector.STATE, AgencyKind.PEOPLES_COUNCIL,
				List.of("COUNCIL"), 4);
		u.add("UBND", "Ủy ban nhân dân", "District People's Committee", Sector.STATE, AgencyKind.PEOPLES_COMMITTEE,
				List.of(), 20);
		u.add("TTR", "Thanh tra huyện", "District Inspectorate", Sector.STATE, AgencyKind.INSPECTORATE, List.of(), 6);
		line(d + "-HU", p + "-TU", ReportingLineKind.PARTY);
		line(d + "-UBKT", d + "-HU", ReportingLineKind.PARTY);
		line(d + "-HDND", d + "-HU", ReportingLineKind.PARTY);
		line(d + "-UBND", p + "-UBND", ReportingLineKind.ADMINISTRATIVE);
		line(d + "-TTR", d + "-UBND", ReportingLineKind.ADMINISTRATIVE);
		line(d + "-TTR", p + "-TTR", ReportingLineKind.PROFESSIONAL);
		for (String group : DISTRICT_OFFICE_DOMAINS) {
			List<String> owns = new ArrayList<>();
			for (String domain : group.split(",")) {
				owns.add("STATE:" + domain);
			}
			int first = Integer.parseInt(group.split(",")[0]);
			String office = "P" + group.replace(",", "");
			u.add(office, "Phòng " + DOMAINS.get(first).name(), "Office of " + DOMAINS.get(first).nameEn(), Sector.STATE,
					AgencyKind.OFFICE, owns, 8);
			line(d + "-" + office, d + "-UBND", ReportingLineKind.ADMINISTRATIVE);
			line(d + "-" + office, p + "-" + String.format("S%02d", first), ReportingLineKind.PROFESSIONAL);
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
			line(d + "-" + body, p + "-" + body, ReportingLineKind.ADMINISTRATIVE);
		}
		return u;
	}

	private Unit communeBodies(String c, String d) {
		var u = new Unit(c, AdminLevel.COMMUNE);
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
		line(c + "-DU", d + "-HU", ReportingLineKind.PARTY);
		line(c + "-HDND", c + "-DU", ReportingLineKind.PARTY);
		line(c + "-UBND", d + "-UBND", ReportingLineKind.ADMINISTRATIVE);
		line(c + "-MTTQ", d + "-MTTQ", ReportingLineKind.ADMINISTRATIVE);
		line(c + "-CA", d + "-CA", ReportingLineKind.ADMINISTRATIVE);
		line(c + "-QS", d + "-QS", ReportingLineKind.ADMINISTRATIVE);
		line(c + "-DTN", c + "-DU", ReportingLineKind.PARTY);
		return u;
	}

	// ---- planting one problem of each rule per province

	private void plant(Unit province, List<Unit> districts, List<Unit> communes) {
		String p = province.code;
		List<Unit> firstDistrict = communes.stream().filter(c -> c.code.startsWith(districts.get(0).code + "-")).toList();

		// DUPLICATE: the commune front also leads a task the people's committee leads.
		Unit c1 = firstDistrict.get(0);
		String dupTask = taskLedBy(c1, c1.code + "-UBND", Set.of(AdminLevel.COMMUNE), 12);
		c1.responsibility(c1.code + "-MTTQ", dupTask, Role.LEAD);
		record("DUPLICATE", c1.code, List.of(c1.code + "-MTTQ", c1.code + "-UBND"), List.of(dupTask),
				"a second lead for the same task in the same commune");

		// OVERLAP_NESTED: a department leads a whole function whose tasks a sub-department of another leads.
		String nestedFunction = functionWithProvinceTask(14);
		String nestedLeader = p + "-S09";
		province.responsibility(nestedLeader, nestedFunction, Role.LEAD);
		List<String> nestedTasks = province.leads.keySet()
			.stream()
			.filter(t -> t.startsWith(nestedFunction + "."))
			.toList();
		List<String> nestedFunctions = new ArrayList<>(List.of(nestedFunction));
		nestedFunctions.addAll(nestedTasks);
		record("OVERLAP_NESTED", p, List.of(nestedLeader, province.leads.get(nestedTasks.get(0))), nestedFunctions,
				"a department leads a function whose tasks another department's sub-department leads");

		// OVERLAP_VERTICAL: a commune leads a task the rules keep at the province.
		Unit c2 = firstDistrict.get(1);
		String verticalTask = provinceOnlyTask(15);
		c2.responsibility(c2.code + "-UBND", verticalTask, Role.LEAD);
		record("OVERLAP_VERTICAL", List.of(p, c2.code), List.of(province.leads.get(verticalTask), c2.code + "-UBND"),
				List.of(verticalTask), "led at the province and in one of its communes");

		// GAP: nobody leads a task the rules require in every commune.
		Unit c3 = firstDistrict.get(2);
		String gapTask = taskLedBy(c3, c3.code + "-UBND", Set.of(AdminLevel.COMMUNE), 16);
		c3.responsibilities.removeIf(r -> r.function().equals(gapTask));
		c3.leads.remove(gapTask);
		c3.ensureEveryBodyHolds();
		record("GAP", c3.code, List.of(), List.of(gapTask), "the commune's lead for a required task is missing");

		// NO_LEAD: a commune coordinates a task nobody leads there.
		Unit c4 = firstDistrict.get(3);
		String noLeadTask = provinceOnlyTask(17);
		c4.responsibility(c4.code + "-UBND", noLeadTask, Role.COORDINATE);
		record("NO_LEAD", c4.code, List.of(c4.code + "-UBND"), List.of(noLeadTask), "coordinated, never led");

		// UNFOUNDED: one lead with no mandate, one with only a repealed mandate.
		Unit c5 = firstDistrict.get(4);
		String noMandate = taskLedBy(c5, c5.code + "-UBND", Set.of(AdminLevel.COMMUNE), 18);
		String repealedOnly = taskLedBy(c5, c5.code + "-UBND", Set.of(AdminLevel.COMMUNE), 19, Set.of(noMandate));
		c5.responsibilities.removeIf(r -> r.role() == Role.LEAD && (r.function().equals(noMandate) || r.function().equals(repealedOnly)));
		c5.responsibilities.add(new ResponsibilityRow(c5.code + "-UBND", noMandate, Role.LEAD, null, null));
		c5.responsibilities.add(new ResponsibilityRow(c5.code + "-UBND", repealedOnly, Role.LEAD, repealed(19), "Điều 3"));
		record("UNFOUNDED", c5.code, List.of(c5.code + "-UBND"), List.of(noMandate), "no mandate at all");
		record("UNFOUNDED", c5.code, List.of(c5.code + "-UBND"), List.of(repealedOnly), "only a repealed mandate");

		// INACTIVE_HOLDER and IDLE_AGENCY: a merged board still holds a task; a new centre holds none.
		Unit c6 = firstDistrict.get(5);
		String merged = extraAgency(c6, "BQLC", "Ban Quản lý chợ (đã sáp nhập)", "Market Board (merged)",
				AgencyKind.BOARD, "MERGED");
		line(merged, c6.code + "-UBND", ReportingLineKind.ADMINISTRATIVE);
		c6.responsibility(merged, c6.leads.keySet().iterator().next(), Role.COORDINATE);
		record("INACTIVE_HOLDER", c6.code, List.of(merged), List.of(c6.leads.keySet().iterator().next()),
				"a merged body still holds a responsibility");
		String idle = extraAgency(c6, "TTHTCD", "Trung tâm Học tập cộng đồng", "Community Learning Centre",
				AgencyKind.CENTER, "ACTIVE");
		line(idle, c6.code + "-UBND", ReportingLineKind.ADMINISTRATIVE);
		record("IDLE_AGENCY", c6.code, List.of(idle), List.of(), "an active body with no responsibility");

		// ORPHAN_AGENCY: a board that reports to nobody.
		Unit c7 = firstDistrict.get(6);
		String orphan = extraAgency(c7, "BQLDA", "Ban Quản lý dự án xã", "Commune Project Board", AgencyKind.BOARD,
				"ACTIVE");
		c7.responsibility(orphan, c7.leads.keySet().iterator().next(), Role.COORDINATE);
		record("ORPHAN_AGENCY", c7.code, List.of(orphan), List.of(), "reports to no active body");

		// REPORTING_CYCLE: two boards that report to each other.
		Unit c8 = firstDistrict.get(7);
		String cycleA = extraAgency(c8, "BCDA", "Ban Chỉ đạo A", "Steering Board A", AgencyKind.BOARD, "ACTIVE");
		String cycleB = extraAgency(c8, "BCDB", "Ban Chỉ đạo B", "Steering Board B", AgencyKind.BOARD, "ACTIVE");
		line(cycleA, cycleB, ReportingLineKind.ADMINISTRATIVE);
		line(cycleB, cycleA, ReportingLineKind.ADMINISTRATIVE);
		List<String> c8Tasks = new ArrayList<>(c8.leads.keySet());
		c8.responsibility(cycleA, c8Tasks.get(0), Role.COORDINATE);
		c8.responsibility(cycleB, c8Tasks.get(c8Tasks.size() - 1), Role.COORDINATE);
		record("REPORTING_CYCLE", c8.code, List.of(cycleA, cycleB), List.of(), "two boards report to each other");

		// MULTIPLE_SUPERIORS: a district office also placed administratively under a department.
		Unit d2 = districts.get(1);
		line(d2.code + "-P9", p + "-S09", ReportingLineKind.ADMINISTRATIVE);
		record("MULTIPLE_SUPERIORS", d2.code, List.of(d2.code + "-P9", d2.code + "-UBND", p + "-S09"), List.of(),
				"two administrative superiors");

		// SELF_INSPECTION: a department inspects a task it leads.
		String inspected = province.leads.entrySet()
			.stream()
			.filter(e -> e.getValue().matches(p + "-S2[0-2]"))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
		String inspector = province.leads.get(inspected);
		province.responsibility(inspector, inspected, Role.INSPECT);
		record("SELF_INSPECTION", p, List.of(inspector), List.of(inspected), "leads and inspects the same task");

		// MERGER_CANDIDATE: a new centre leads exactly what a sub-department leads (each task a DUPLICATE too).
		String nestedSubDepartment = province.leads.get(nestedTasks.get(0));
		String twin = SUB_DEPARTMENT_DOMAINS.stream()
			.sorted(java.util.Comparator.reverseOrder())
			.map(d -> p + String.format("-S%02d-CC", d))
			.filter(cc -> !cc.equals(nestedSubDepartment) && province.leads.containsValue(cc))
			.findFirst()
			.orElseThrow();
		List<String> twinTasks = province.leads.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(twin))
			.map(Map.Entry::getKey)
			.toList();
		String twinDepartment = twin.substring(0, twin.length() - 3);
		String copy = extraAgency(province, twinDepartment.substring(p.length() + 1) + "-TTTN",
				"Trung tâm trùng nhiệm vụ với chi cục", "Centre with the sub-department's tasks", AgencyKind.CENTER,
				"ACTIVE");
		line(copy, twinDepartment, ReportingLineKind.ADMINISTRATIVE);
		twinTasks.forEach(task -> province.responsibility(copy, task, Role.LEAD));
		record("MERGER_CANDIDATE", p, List.of(twin, copy), twinTasks, "two bodies lead the same tasks");
		for (String task : twinTasks) {
			record("DUPLICATE", p, List.of(twin, copy), List.of(task), "implied by the MERGER_CANDIDATE plant");
		}
	}

	private String extraAgency(Unit unit, String suffix, String name, String nameEn, AgencyKind kind, String status) {
		String code = unit.code + "-" + suffix;
		this.rows.write(new AgencyRow(code, name + " " + unitName(unit.code), nameEn + " of " + unit.code, Sector.STATE,
				kind, unit.code, status, 5));
		return code;
	}

	private String taskLedBy(Unit unit, String agency, Set<AdminLevel> levels, int preferredDomain) {
		return taskLedBy(unit, agency, levels, preferredDomain, Set.of());
	}

	private String taskLedBy(Unit unit, String agency, Set<AdminLevel> levels, int preferredDomain,
			Set<String> except) {
		return this.tasks.stream()
			.filter(t -> t.levels().equals(levels) && agency.equals(unit.leads.get(t.code()))
					&& !except.contains(t.code()))
			.sorted(java.util.Comparator.comparingInt((Task t) -> t.domain() == preferredDomain ? 0 : 1))
			.map(Task::code)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no task led by " + agency + " at " + levels));
	}

	private String provinceOnlyTask(int preferredDomain) {
		return this.tasks.stream()
			.filter(t -> t.levels().equals(EnumSet.of(AdminLevel.PROVINCE)) && t.domain() >= 9)
			.sorted(java.util.Comparator.comparingInt((Task t) -> t.domain() == preferredDomain ? 0 : 1))
			.map(Task::code)
			.findFirst()
			.orElseThrow();
	}

	/** A function of a sub-department's share (functions 3 and 4) of a domain with a province-level task. */
	private String functionWithProvinceTask(int domain) {
		return this.tasks.stream()
			.filter(t -> t.domain() == domain && t.function() >= 3 && t.levels().contains(AdminLevel.PROVINCE))
			.map(Task::functionCode)
			.findFirst()
			.orElseGet(() -> this.tasks.stream()
				.filter(t -> SUB_DEPARTMENT_DOMAINS.contains(t.domain()) && t.domain() != 23 && t.function() >= 3
						&& t.levels().contains(AdminLevel.PROVINCE))
				.map(Task::functionCode)
				.findFirst()
				.orElseThrow());
	}

	private void record(String rule, String unit, List<String> agencies, List<String> functions, String note) {
		record(rule, List.of(unit), agencies, functions, note);
	}

	private void record(String rule, List<String> units, List<String> agencies, List<String> functions,
			String note) {
		this.planted.add(new PlantedProblem(rule, units, agencies, functions, note));
	}

	private static @Nullable String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
