package org.apparatus.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apparatus.generator.Row.FunctionLevelRow;
import org.apparatus.generator.Row.FunctionRow;
import org.apparatus.generator.Row.MandateRow;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.Period;
import org.jspecify.annotations.Nullable;

/**
 * The national part of a generated set, the same for every province: the function tree
 * (each domain with four functions of five tasks), the level or levels at which each task
 * must be led, and four mandates per domain (a law, a decree, a circular and a repealed
 * decree). Provinces are laid out against it, and planters pick their tasks from it.
 */
final class FunctionTree {

	/**
	 * A domain of the tree; its key says which bodies lead it ({@code STATE} domains by
	 * number).
	 */
	record Domain(String key, String name, String nameEn, @Nullable String cofog, Set<AdminLevel> allowedLevels) {
	}

	record Task(String code, int domain, int function, Set<AdminLevel> levels) {

		String functionCode() {
			return String.format("F%02d.%d", this.domain, this.function);
		}

	}

	static final List<Domain> DOMAINS = List.of(
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
			domain("STATE", "Tài chính", "Finance", "01.1"),
			domain("STATE", "Công thương", "Industry and trade", "04.1"),
			domain("STATE", "Nông nghiệp", "Agriculture", "04.2"),
			domain("STATE", "Giao thông vận tải", "Transport", "04.5"),
			domain("STATE", "Xây dựng", "Construction", "06.1"),
			domain("STATE", "Tài nguyên và môi trường", "Natural resources and environment", "05.3"),
			domain("STATE", "Thông tin và truyền thông", "Information and communications", "04.6"),
			domain("STATE", "Lao động, thương binh và xã hội", "Labour, invalids and social affairs", "10.9"),
			domain("STATE", "Văn hóa, thể thao và du lịch", "Culture, sports and tourism", "08.2"),
			domain("STATE", "Khoa học và công nghệ", "Science and technology", "01.4"),
			domain("STATE", "Giáo dục và đào tạo", "Education and training", "09.1"),
			domain("STATE", "Y tế", "Health", "07.4"));

	private final List<Task> tasks = new ArrayList<>();

	private FunctionTree() {
	}

	private static Domain domain(String key, String name, String nameEn, @Nullable String cofog) {
		Set<AdminLevel> allowed = key.equals("COURT") || key.equals("PROCURACY")
				? EnumSet.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT)
				: EnumSet.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE);
		return new Domain(key, name, nameEn, cofog, allowed);
	}

	/**
	 * Draws the levels of every task, in tree order (the first draws of a run), and
	 * writes the functions, their level rules and the mandates.
	 */
	static FunctionTree write(Random random, RowWriter rows) {
		return write(random, rows, false);
	}

	/**
	 * As {@link #write(Random, RowWriter)}; with {@code reform}, the level rules of the
	 * district level end on {@link Reform#DISTRICT_END}.
	 */
	static FunctionTree write(Random random, RowWriter rows, boolean reform) {
		var tree = new FunctionTree();
		for (int d = 0; d < DOMAINS.size(); d++) {
			Domain domain = DOMAINS.get(d);
			String dc = String.format("F%02d", d);
			rows.write(new FunctionRow(dc, domain.name(), domain.nameEn(), null, domain.cofog()));
			for (int f = 1; f <= 4; f++) {
				rows.write(new FunctionRow(dc + "." + f, domain.name() + " — chức năng " + f,
						domain.nameEn() + " — function " + f, dc, null));
				for (int t = 1; t <= 5; t++) {
					String code = dc + "." + f + "." + t;
					var task = new Task(code, d, f, levelsFor(domain, random));
					tree.tasks.add(task);
					rows.write(new FunctionRow(code, domain.name() + " — nhiệm vụ " + f + "." + t,
							domain.nameEn() + " — task " + f + "." + t, dc + "." + f, null));
					for (AdminLevel level : task.levels()) {
						rows.write(new FunctionLevelRow(code, level, decree(d), reform && level == AdminLevel.DISTRICT
								? Period.of(null, Reform.DISTRICT_END) : Period.ALWAYS));
					}
				}
			}
			mandates(d, domain, rows);
		}
		return tree;
	}

	private static void mandates(int d, Domain domain, RowWriter rows) {
		boolean party = domain.key().startsWith("PARTY");
		rows.write(new MandateRow(law(d), party ? "REGULATION" : "LAW", "GEN-L/" + (2010 + d),
				(party ? "Quy định (tổng hợp) về " : "Luật (tổng hợp) về ") + domain.name().toLowerCase(),
				party ? "Ban Chấp hành Trung ương" : "Quốc hội", LocalDate.of(2010 + d % 8, 6, 1),
				LocalDate.of(2011 + d % 8, 1, 1), null, null));
		rows.write(new MandateRow(decree(d), party ? "REGULATION" : "DECREE", "GEN-ND/" + (2015 + d % 5),
				"Văn bản (tổng hợp) quy định chi tiết về " + domain.name().toLowerCase(),
				party ? "Ban Bí thư" : "Chính phủ", LocalDate.of(2015 + d % 5, 3, 1), LocalDate.of(2015 + d % 5, 5, 1),
				null, null));
		rows.write(new MandateRow(circular(d), party ? "REGULATION" : "CIRCULAR", "GEN-TT/" + (2016 + d % 5),
				"Văn bản (tổng hợp) hướng dẫn về " + domain.name().toLowerCase(), "Bộ, ngành Trung ương",
				LocalDate.of(2016 + d % 5, 2, 1), LocalDate.of(2016 + d % 5, 4, 1), null, null));
		rows.write(new MandateRow(repealed(d), party ? "REGULATION" : "DECREE", "GEN-ND-CU/2008",
				"Văn bản (tổng hợp, đã hết hiệu lực) về " + domain.name().toLowerCase(), "Chính phủ",
				LocalDate.of(2008, 1, 1), LocalDate.of(2008, 3, 1), LocalDate.of(2015, 1, 1), null));
	}

	/**
	 * Most tasks are led in every commune, some at the province or district only, a few
	 * at two levels.
	 */
	private static Set<AdminLevel> levelsFor(Domain domain, Random random) {
		int draw = random.nextInt(100);
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

	List<Task> tasks() {
		return this.tasks;
	}

	/**
	 * The key a body's {@code owns} list names a domain by: {@code STATE} domains by
	 * their number.
	 */
	static String domainKey(int domain) {
		String key = DOMAINS.get(domain).key();
		return key.equals("STATE") ? "STATE:" + domain : key;
	}

	/**
	 * A task of a state domain that only the province must lead, of
	 * {@code preferredDomain} if it has one: the draws decide which domains have such
	 * tasks.
	 */
	String provinceOnlyTask(int preferredDomain) {
		return this.tasks.stream()
			.filter(t -> t.levels().equals(EnumSet.of(AdminLevel.PROVINCE)) && t.domain() >= 9)
			.sorted(Comparator.comparingInt((Task t) -> t.domain() == preferredDomain ? 0 : 1))
			.map(Task::code)
			.findFirst()
			.orElseThrow();
	}

	static String law(int domain) {
		return String.format("GEN-L%02d", domain);
	}

	/** The mandate every lead of the domain rests on, and its function-level rules. */
	static String decree(int domain) {
		return String.format("GEN-ND%02d", domain);
	}

	static String circular(int domain) {
		return String.format("GEN-TT%02d", domain);
	}

	static String repealed(int domain) {
		return String.format("GEN-ND%02d-CU", domain);
	}

}
