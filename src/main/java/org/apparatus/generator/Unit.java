package org.apparatus.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apparatus.generator.FunctionTree.Task;
import org.apparatus.generator.Row.AgencyRow;
import org.apparatus.generator.Row.ReportingLineRow;
import org.apparatus.generator.Row.ResponsibilityRow;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.ReportingLineKind;
import org.apparatus.registry.Role;
import org.apparatus.registry.Sector;

/**
 * One admin unit being generated: its bodies, which body leads each task, and its
 * responsibility rows. Its agencies and reporting lines go into the province's rows, and
 * its responsibilities are held here; all are written once the province's problems are
 * planted (planters remove and replace some responsibilities) and its reform has given
 * them their periods ({@link Reform}).
 */
final class Unit {

	private final String code;

	private final AdminLevel level;

	private final Random random;

	private final FunctionTree tree;

	private final List<Row> rows;

	private final List<Body> bodies = new ArrayList<>();

	/** task code → leading body code, in the order the tasks were assigned */
	private final Map<String, String> leads = new LinkedHashMap<>();

	private final List<ResponsibilityRow> responsibilities = new ArrayList<>();

	Unit(String code, AdminLevel level, Random random, FunctionTree tree, List<Row> rows) {
		this.code = code;
		this.level = level;
		this.random = random;
		this.tree = tree;
		this.rows = rows;
	}

	String code() {
		return this.code;
	}

	/**
	 * Task code → the body that leads it; a planter that removes a lead removes it here
	 * too.
	 */
	Map<String, String> leads() {
		return this.leads;
	}

	/**
	 * The rows written for this unit once its province is planted; planters may change
	 * them.
	 */
	List<ResponsibilityRow> responsibilities() {
		return this.responsibilities;
	}

	/**
	 * A body of the regular layout; its staff quota is {@code quota} plus up to a third
	 * more, drawn.
	 */
	void add(String suffix, String name, String nameEn, Sector sector, AgencyKind kind, List<String> owns, int quota) {
		var body = new Body(this.code + "-" + suffix, kind, owns);
		this.bodies.add(body);
		this.rows.add(new AgencyRow(body.code(), name + " " + unitName(), nameEn + " of " + this.code, sector, kind,
				this.code, "ACTIVE", quota + this.random.nextInt(quota / 3 + 1)));
	}

	/**
	 * A planted agency: written like the others, but not one of the unit's bodies, so
	 * that no task is assigned to it and {@link #ensureEveryBodyHolds} leaves it as the
	 * planter made it.
	 */
	String extraAgency(String suffix, String name, String nameEn, AgencyKind kind, String status) {
		String agency = this.code + "-" + suffix;
		this.rows.add(new AgencyRow(agency, name + " " + unitName(), nameEn + " of " + this.code, Sector.STATE, kind,
				this.code, status, 5));
		return agency;
	}

	private String unitName() {
		return this.code.replace("-", " ");
	}

	void line(String agency, String superior, ReportingLineKind kind) {
		this.rows.add(new ReportingLineRow(agency, superior, kind));
	}

	/**
	 * A responsibility founded on the domain's decree, and for some of them on its
	 * circular too or (as a second, stale basis) on its repealed decree.
	 */
	void responsibility(String agency, String task, Role role) {
		int domain = Integer.parseInt(task.substring(1, 3));
		this.responsibilities.add(new ResponsibilityRow(agency, task, role, FunctionTree.decree(domain),
				"Điều " + (2 + this.random.nextInt(20))));
		int draw = this.random.nextInt(100);
		if (draw < 10) {
			this.responsibilities.add(new ResponsibilityRow(agency, task, role, FunctionTree.circular(domain),
					"Điều " + (1 + this.random.nextInt(10))));
		}
		else if (draw < 13) {
			this.responsibilities.add(new ResponsibilityRow(agency, task, role, FunctionTree.repealed(domain), null));
		}
	}

	/**
	 * Leads every task required at this level; others coordinate, advise, decide and
	 * inspect some.
	 */
	void assignTasks(String fallbackState, String fallbackParty) {
		for (Task task : this.tree.tasks()) {
			if (!task.levels().contains(this.level)) {
				continue;
			}
			String key = FunctionTree.domainKey(task.domain());
			String leader = this.bodies.stream()
				.filter(b -> b.owns(key, task.function()))
				.map(Body::code)
				.findFirst()
				.orElse(key.startsWith("PARTY") ? fallbackParty : fallbackState);
			this.leads.put(task.code(), leader);
			responsibility(leader, task.code(), Role.LEAD);
			int draw = this.random.nextInt(100);
			if (draw < 30) {
				responsibility(other(leader), task.code(), Role.COORDINATE);
			}
			else if (draw < 35) {
				responsibility(other(leader), task.code(), Role.ADVISE);
			}
			if (FunctionTree.DOMAINS.get(task.domain()).nameEn().equals("Finance")) {
				this.bodies.stream()
					.filter(b -> b.kind() == AgencyKind.PEOPLES_COUNCIL)
					.forEach(council -> responsibility(council.code(), task.code(), Role.DECIDE));
			}
			if (this.random.nextInt(100) < 15) {
				this.bodies.stream()
					.filter(b -> b.kind() == AgencyKind.INSPECTORATE && !b.code().equals(leader))
					.forEach(inspectorate -> responsibility(inspectorate.code(), task.code(), Role.INSPECT));
			}
		}
		ensureEveryBodyHolds();
	}

	/**
	 * Gives a body without any responsibility a coordinating role, so clean data has no
	 * idle body.
	 */
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

	/** A random body of this unit other than {@code not}. */
	private String other(String not) {
		while (true) {
			String body = this.bodies.get(this.random.nextInt(this.bodies.size())).code();
			if (!body.equals(not)) {
				return body;
			}
		}
	}

	String taskLedBy(String agency, Set<AdminLevel> levels, int preferredDomain) {
		return taskLedBy(agency, levels, preferredDomain, Set.of());
	}

	/**
	 * A task required at exactly {@code levels} that {@code agency} leads here, of
	 * {@code preferredDomain} if there is one: which tasks a body leads depends on the
	 * draws.
	 */
	String taskLedBy(String agency, Set<AdminLevel> levels, int preferredDomain, Set<String> except) {
		return this.tree.tasks()
			.stream()
			.filter(t -> t.levels().equals(levels) && agency.equals(this.leads.get(t.code()))
					&& !except.contains(t.code()))
			.sorted(Comparator.comparingInt((Task t) -> t.domain() == preferredDomain ? 0 : 1))
			.map(Task::code)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no task led by " + agency + " at " + levels));
	}

}
