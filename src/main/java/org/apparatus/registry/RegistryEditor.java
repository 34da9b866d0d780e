package org.apparatus.registry;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.api.InvalidArgumentException;
import org.apparatus.api.InvalidArgumentException.Problem;
import org.apparatus.audit.Attribution;
import org.apparatus.audit.AuditEntry;
import org.apparatus.audit.AuditKind;
import org.apparatus.audit.AuditLog;
import org.apparatus.registry.RegistryEdits.AdminUnitChanges;
import org.apparatus.registry.RegistryEdits.AgencyChanges;
import org.apparatus.registry.RegistryEdits.FunctionChanges;
import org.apparatus.registry.RegistryEdits.MandateChanges;
import org.apparatus.registry.RegistryEdits.NewAdminUnit;
import org.apparatus.registry.RegistryEdits.NewAgency;
import org.apparatus.registry.RegistryEdits.NewFunction;
import org.apparatus.registry.RegistryEdits.NewMandate;
import org.apparatus.registry.RegistryViews.ResponsibilityView;
import org.apparatus.system.CypherFile;
import org.apparatus.system.KnowledgeBaseChanged;
import org.apparatus.system.KnowledgeBaseRevision;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the knowledge base, one transaction each. Every change first takes the
 * knowledge base's write lock ({@link KnowledgeBaseRevision#lockForEdit}), so that racing
 * editors cannot both pass a check on the same old state, and is checked before anything
 * is written; a refused change throws an {@link InvalidArgumentException} naming the
 * argument and leaves the data as it was. A change that is made appends its audit record,
 * with who made it and why, in its own transaction.
 */
@Service
@Transactional
public class RegistryEditor {

	private final Neo4jClient client;

	private final KnowledgeBaseRevision revision;

	private final RegistryLookup lookup;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	RegistryEditor(Neo4jClient client, RegistryLookup lookup, ApplicationEventPublisher events,
			KnowledgeBaseRevision revision, AuditLog audit) {
		this.revision = revision;
		this.audit = audit;
		this.client = client;
		this.lookup = lookup;
		this.events = events;
	}

	public Agency createAgency(NewAgency input, Attribution by) {
		this.revision.lockForEdit();
		requireNewCode("input.code", input.code(), this.lookup.agencies(List.of(input.code()), today()).isEmpty());
		requireText("input.name", input.name());
		requireExistingUnit("input.adminUnit", input.adminUnit());
		requireQuota(input.staffQuota());
		Map<String, Object> parameters = parameters("code", input.code(), "name", input.name().strip(), "nameEn",
				input.nameEn(), "sector", input.sector().name(), "kind", input.kind().name(), "status",
				(input.status() == null ? AgencyStatus.ACTIVE : input.status()).name(), "staffQuota",
				input.staffQuota(), "unit", input.adminUnit());
		run("editing/create-agency", parameters);
		return changed(by,
				AuditEntry.of(AuditKind.CREATE_AGENCY, "agency " + input.code() + " created in " + input.adminUnit(),
						input.code(), input.adminUnit()),
				this.lookup.agencies(List.of(input.code()), today()).get(input.code()));
	}

	public Agency updateAgency(String code, AgencyChanges input, Attribution by) {
		this.revision.lockForEdit();
		requireAgency("code", code);
		optionalText("input.name", input.name());
		requireQuota(input.staffQuota());
		if (input.adminUnit() != null) {
			requireExistingUnit("input.adminUnit", input.adminUnit());
		}
		run("editing/update-agency",
				parameters("code", code, "name", strip(input.name()), "nameEn", input.nameEn(), "sector",
						name(input.sector()), "kind", name(input.kind()), "status", name(input.status()), "staffQuota",
						input.staffQuota()));
		if (input.adminUnit() != null) {
			run("editing/move-agency", parameters("code", code, "unit", input.adminUnit()));
		}
		return changed(by,
				AuditEntry.of(AuditKind.UPDATE_AGENCY, "agency " + code + given(input), code, input.adminUnit()),
				this.lookup.agencies(List.of(code), today()).get(code));
	}

	public GovernmentFunction createFunction(NewFunction input, Attribution by) {
		this.revision.lockForEdit();
		requireNewCode("input.code", input.code(), this.lookup.functions(List.of(input.code()), today()).isEmpty());
		requireText("input.name", input.name());
		if (input.parent() != null) {
			requireFunction("input.parent", input.parent());
		}
		run("editing/create-function", parameters("code", input.code(), "name", input.name().strip(), "nameEn",
				input.nameEn(), "cofog", input.cofog(), "parent", input.parent()));
		return changed(by,
				AuditEntry.of(AuditKind.CREATE_FUNCTION,
						"function " + input.code() + " created"
								+ (input.parent() == null ? "" : " under " + input.parent()),
						input.code(), input.parent()),
				this.lookup.functions(List.of(input.code()), today()).get(input.code()));
	}

	public GovernmentFunction updateFunction(String code, FunctionChanges input, Attribution by) {
		this.revision.lockForEdit();
		requireFunction("code", code);
		optionalText("input.name", input.name());
		if (input.parent() != null) {
			requireFunction("input.parent", input.parent());
			if (closesCycle("editing/function-cycle", parameters("code", code, "parent", input.parent()))) {
				throw new InvalidArgumentException("input.parent", Problem.CYCLE, "function " + input.parent() + " is "
						+ code + " or lies under it; a function cannot be under itself");
			}
		}
		run("editing/update-function", parameters("code", code, "name", strip(input.name()), "nameEn", input.nameEn(),
				"cofog", input.cofog()));
		if (input.parent() != null) {
			run("editing/move-function", parameters("code", code, "parent", input.parent()));
		}
		return changed(by,
				AuditEntry.of(AuditKind.UPDATE_FUNCTION, "function " + code + given(input), code, input.parent()),
				this.lookup.functions(List.of(code), today()).get(code));
	}

	public Mandate createMandate(NewMandate input, Attribution by) {
		this.revision.lockForEdit();
		requireNewCode("input.code", input.code(), this.lookup.mandates(List.of(input.code())).isEmpty());
		requireText("input.title", input.title());
		requireOrder(input.effectiveFrom(), input.repealedOn());
		if (input.replacedBy() != null) {
			requireSuccessor(input.code(), input.replacedBy(), input.repealedOn());
		}
		run("editing/create-mandate",
				parameters("code", input.code(), "kind", input.kind().name(), "number", input.number(), "title",
						input.title().strip(), "issuer", input.issuer(), "issuedOn", input.issuedOn(), "effectiveFrom",
						input.effectiveFrom(), "repealedOn", input.repealedOn()));
		if (input.replacedBy() != null) {
			run("editing/replace-mandate", parameters("code", input.code(), "successor", input.replacedBy()));
		}
		return changed(by,
				AuditEntry.of(AuditKind.CREATE_MANDATE, "mandate " + input.code() + " created", input.code()),
				this.lookup.mandates(List.of(input.code())).get(input.code()));
	}

	public Mandate updateMandate(String code, MandateChanges input, Attribution by) {
		this.revision.lockForEdit();
		Mandate mandate = this.lookup.mandates(List.of(code)).get(code);
		if (mandate == null) {
			throw InvalidArgumentException.unknown("code", "mandate", code);
		}
		optionalText("input.title", input.title());
		LocalDate repealedOn = input.repealedOn() != null ? input.repealedOn() : mandate.repealedOn();
		requireOrder(input.effectiveFrom() != null ? input.effectiveFrom() : mandate.effectiveFrom(), repealedOn);
		if (input.replacedBy() != null) {
			requireSuccessor(code, input.replacedBy(), repealedOn);
			if (closesCycle("editing/replacement-cycle", parameters("code", code, "successor", input.replacedBy()))) {
				throw new InvalidArgumentException("input.replacedBy", Problem.CYCLE, "mandate " + input.replacedBy()
						+ " was itself replaced, directly or not, by " + code + "; replacements cannot go in a circle");
			}
		}
		run("editing/update-mandate",
				parameters("code", code, "kind", name(input.kind()), "number", input.number(), "title",
						strip(input.title()), "issuer", input.issuer(), "issuedOn", input.issuedOn(), "effectiveFrom",
						input.effectiveFrom(), "repealedOn", input.repealedOn()));
		if (input.replacedBy() != null) {
			run("editing/replace-mandate", parameters("code", code, "successor", input.replacedBy()));
		}
		return changed(by, AuditEntry.of(AuditKind.UPDATE_MANDATE, "mandate " + code + given(input), code),
				this.lookup.mandates(List.of(code)).get(code));
	}

	public AdminUnit createAdminUnit(NewAdminUnit input, Attribution by) {
		this.revision.lockForEdit();
		requireNewCode("input.code", input.code(), this.lookup.units(List.of(input.code()), today()).isEmpty());
		requireText("input.name", input.name());
		requireKindOf(input.level(), input.kind());
		if (input.parent() != null) {
			AdminUnit parent = requireExistingUnit("input.parent", input.parent());
			requireBelow(input.level(), parent);
		}
		run("editing/create-admin-unit", parameters("code", input.code(), "name", input.name().strip(), "nameEn",
				input.nameEn(), "level", input.level().name(), "kind", name(input.kind()), "parent", input.parent()));
		return changed(by,
				AuditEntry.of(AuditKind.CREATE_ADMIN_UNIT,
						"admin unit " + input.code() + " created"
								+ (input.parent() == null ? "" : " in " + input.parent()),
						input.code(), input.parent()),
				this.lookup.units(List.of(input.code()), today()).get(input.code()));
	}

	public AdminUnit updateAdminUnit(String code, AdminUnitChanges input, Attribution by) {
		this.revision.lockForEdit();
		AdminUnit unit = requireUnit("code", code);
		optionalText("input.name", input.name());
		requireKindOf(unit.level(), input.kind());
		if (input.parent() != null) {
			AdminUnit parent = requireExistingUnit("input.parent", input.parent());
			if (closesCycle("editing/admin-unit-cycle", parameters("code", code, "parent", input.parent()))) {
				throw new InvalidArgumentException("input.parent", Problem.CYCLE, "unit " + input.parent() + " is "
						+ code + " or lies within it; a unit cannot be part of itself");
			}
			requireBelow(unit.level(), parent);
		}
		run("editing/update-admin-unit", parameters("code", code, "name", strip(input.name()), "nameEn", input.nameEn(),
				"kind", name(input.kind())));
		if (input.parent() != null) {
			run("editing/move-admin-unit", parameters("code", code, "parent", input.parent()));
		}
		return changed(by,
				AuditEntry.of(AuditKind.UPDATE_ADMIN_UNIT, "admin unit " + code + given(input), code, input.parent()),
				this.lookup.units(List.of(code), today()).get(code));
	}

	/**
	 * Gives an agency a role for a function; an existing responsibility gains the
	 * mandate.
	 */
	public ResponsibilityView assignResponsibility(String agency, String function, Role role, @Nullable String mandate,
			@Nullable String article, Attribution by) {
		this.revision.lockForEdit();
		requireAgency("agency", agency);
		requireFunction("function", function);
		if (mandate != null && this.lookup.mandates(List.of(mandate)).isEmpty()) {
			throw InvalidArgumentException.unknown("mandate", "mandate", mandate);
		}
		String code = Responsibility.codeOf(agency, function, role);
		Map<String, Object> row = this.client.query(CypherFile.load("editing/assign-responsibility"))
			.bindAll(parameters("agency", agency, "function", function, "role", role.name(), "code", code, "mandate",
					mandate, "article", strip(article)))
			.fetch()
			.one()
			.orElseThrow();
		changed(by,
				AuditEntry.of(AuditKind.ASSIGN_RESPONSIBILITY,
						"responsibility " + code + " assigned"
								+ (mandate == null ? " without a mandate"
										: ", granted by " + mandate + (article == null ? "" : " " + article.strip())),
						code, agency, function, mandate),
				row);
		return new ResponsibilityView(code, role, agency, function, today());
	}

	/** Takes a responsibility away, or only one mandate's grant of it. */
	public boolean revokeResponsibility(String agency, String function, Role role, @Nullable String mandate,
			Attribution by) {
		this.revision.lockForEdit();
		requireAgency("agency", agency);
		requireFunction("function", function);
		String code = Responsibility.codeOf(agency, function, role);
		Map<String, Object> state = this.client.query(CypherFile.load("editing/responsibility-grant"))
			.bindAll(parameters("code", code, "mandate", mandate))
			.fetch()
			.one()
			.orElseThrow();
		if (!Boolean.TRUE.equals(state.get("exists"))) {
			throw new InvalidArgumentException("role", Problem.UNKNOWN_CODE,
					agency + " holds no " + role + " responsibility for " + function);
		}
		if (mandate != null && !Boolean.TRUE.equals(state.get("granted"))) {
			throw new InvalidArgumentException("mandate", Problem.UNKNOWN_CODE,
					"mandate " + mandate + " does not grant " + code);
		}
		run("editing/revoke-responsibility", parameters("code", code, "mandate", mandate));
		changed(by,
				AuditEntry.of(AuditKind.REVOKE_RESPONSIBILITY,
						mandate == null ? "responsibility " + code + " revoked"
								: "grant of responsibility " + code + " by " + mandate + " revoked",
						code, agency, function, mandate),
				code);
		return true;
	}

	/**
	 * Places an agency under a superior, unless the line would close a cycle of its kind.
	 */
	public Agency addReportingLine(String agency, String superior, ReportingLineKind line, Attribution by) {
		this.revision.lockForEdit();
		Agency subordinate = requireAgency("agency", agency);
		requireAgency("superior", superior);
		Map<String, Object> parameters = parameters("agency", agency, "superior", superior, "line", line.name());
		if (lineExists(parameters)) {
			throw new InvalidArgumentException("superior", Problem.DUPLICATE_CODE,
					agency + " already reports to " + superior + " by a " + line + " line");
		}
		if (closesCycle("editing/reporting-cycle", parameters)) {
			throw new InvalidArgumentException("superior", Problem.CYCLE, superior + " already reports to " + agency
					+ " by " + line + " lines; this line would close a cycle");
		}
		run("editing/add-reporting-line", parameters);
		return changed(by,
				AuditEntry.of(AuditKind.ADD_REPORTING_LINE,
						"reporting line " + agency + " → " + superior + " (" + line + ") added", agency, superior),
				subordinate);
	}

	public Agency removeReportingLine(String agency, String superior, ReportingLineKind line, Attribution by) {
		this.revision.lockForEdit();
		Agency subordinate = requireAgency("agency", agency);
		requireAgency("superior", superior);
		Map<String, Object> parameters = parameters("agency", agency, "superior", superior, "line", line.name());
		if (!lineExists(parameters)) {
			throw new InvalidArgumentException("superior", Problem.UNKNOWN_CODE,
					agency + " does not report to " + superior + " by a " + line + " line");
		}
		run("editing/remove-reporting-line", parameters);
		return changed(by,
				AuditEntry.of(AuditKind.REMOVE_REPORTING_LINE,
						"reporting line " + agency + " → " + superior + " (" + line + ") removed", agency, superior),
				subordinate);
	}

	/**
	 * What every change ends with, in its transaction: its audit record and the event
	 * published after the commit. The knowledge base's new revision was written when the
	 * change took the write lock ({@link KnowledgeBaseRevision#lockForEdit}), one write
	 * for both.
	 */
	private <T> T changed(Attribution by, AuditEntry what, @Nullable T result) {
		if (result == null) {
			throw new IllegalStateException(what.description() + " left nothing to read back");
		}
		this.audit.record(by, what);
		this.events.publishEvent(new KnowledgeBaseChanged(what.description()));
		return result;
	}

	/**
	 * The fields an update gives (those left out keep their value), for its audit record:
	 * {@code " changed: name, status"}.
	 */
	private static String given(Record input) {
		List<String> fields = new java.util.ArrayList<>();
		for (RecordComponent component : input.getClass().getRecordComponents()) {
			try {
				if (component.getAccessor().invoke(input) != null) {
					fields.add(component.getName());
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return fields.isEmpty() ? " unchanged" : " changed: " + String.join(", ", fields);
	}

	private void run(String statement, Map<String, Object> parameters) {
		this.client.query(CypherFile.load(statement)).bindAll(parameters).run();
	}

	private boolean closesCycle(String statement, Map<String, Object> parameters) {
		return this.client.query(CypherFile.load(statement))
			.bindAll(parameters)
			.fetch()
			.one()
			.map(row -> Boolean.TRUE.equals(row.get("cycle")))
			.orElse(false);
	}

	private boolean lineExists(Map<String, Object> parameters) {
		return this.client.query(CypherFile.load("editing/reporting-line"))
			.bindAll(parameters)
			.fetch()
			.one()
			.map(row -> Boolean.TRUE.equals(row.get("exists")))
			.orElse(false);
	}

	private Agency requireAgency(String argument, String code) {
		Agency agency = this.lookup.agencies(List.of(code), today()).get(code);
		if (agency == null) {
			throw InvalidArgumentException.unknown(argument, "agency", code);
		}
		return agency;
	}

	private void requireFunction(String argument, String code) {
		if (this.lookup.functions(List.of(code), today()).isEmpty()) {
			throw InvalidArgumentException.unknown(argument, "function", code);
		}
	}

	private AdminUnit requireUnit(String argument, String code) {
		AdminUnit unit = this.lookup.units(List.of(code), today()).get(code);
		if (unit == null) {
			throw InvalidArgumentException.unknown(argument, "admin unit", code);
		}
		return unit;
	}

	/**
	 * A unit that exists today, to put a body or a unit in: the edit holds from today on,
	 * and a unit that ended (a district after 1 July 2025) or has not begun would hold a
	 * body that exists nowhere.
	 */
	private AdminUnit requireExistingUnit(String argument, String code) {
		AdminUnit unit = requireUnit(argument, code);
		if (!unit.exists()) {
			LocalDate ended = unit.period().openTo();
			throw new InvalidArgumentException(argument,
					"admin unit " + code + " (" + unit.name() + ") does not exist today, " + today() + ": "
							+ (ended != null && !ended.isAfter(today()) ? "it ended on " + ended
									: "it begins on " + unit.period().openFrom())
							+ "; an edit holds from today on, so put it in a unit that exists today");
		}
		return unit;
	}

	/**
	 * The successor of a mandate must be another mandate in the store, and only a
	 * repealed mandate has one.
	 */
	private void requireSuccessor(String code, String successor, @Nullable LocalDate repealedOn) {
		if (successor.equals(code)) {
			throw new InvalidArgumentException("input.replacedBy", "a mandate cannot be replaced by itself");
		}
		if (this.lookup.mandates(List.of(successor)).isEmpty()) {
			throw InvalidArgumentException.unknown("input.replacedBy", "mandate", successor);
		}
		if (repealedOn == null) {
			throw new InvalidArgumentException("input.replacedBy",
					"needs repealedOn: a mandate still in force has not been replaced yet");
		}
	}

	/**
	 * A unit's kind must be a kind of its level, as the data set's validation says
	 * ({@code admin-units.csv:…:kind}).
	 */
	private static void requireKindOf(AdminLevel level, @Nullable UnitKind kind) {
		if (kind != null && kind.level() != level) {
			throw new InvalidArgumentException("input.kind", "a " + level + " cannot be a " + kind
					+ ", which is a kind of " + kind.level() + "; a " + level + " is " + UnitKind.describe(level));
		}
	}

	private static void requireBelow(AdminLevel level, AdminUnit parent) {
		if (level.compareTo(parent.level()) <= 0) {
			throw new InvalidArgumentException("input.parent", "a " + level + " cannot be part of " + parent.code()
					+ ", a " + parent.level() + " (the parent must be of a higher level)");
		}
	}

	private static void requireNewCode(String argument, String code, boolean free) {
		if (code.isBlank() || !code.equals(code.strip()) || code.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidArgumentException(argument, "a code has no spaces and is not empty");
		}
		if (!free) {
			throw new InvalidArgumentException(argument, Problem.DUPLICATE_CODE, code + " is already taken");
		}
	}

	private static void requireText(String argument, @Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidArgumentException(argument, "must not be empty");
		}
	}

	private static void optionalText(String argument, @Nullable String text) {
		if (text != null) {
			requireText(argument, text);
		}
	}

	private static void requireQuota(@Nullable Integer quota) {
		if (quota != null && quota < 0) {
			throw new InvalidArgumentException("input.staffQuota", "must not be negative, not " + quota);
		}
	}

	private static void requireOrder(@Nullable LocalDate effectiveFrom, @Nullable LocalDate repealedOn) {
		if (effectiveFrom != null && repealedOn != null && !repealedOn.isAfter(effectiveFrom)) {
			throw new InvalidArgumentException("input.repealedOn",
					"must be after effectiveFrom (" + effectiveFrom + "), not " + repealedOn);
		}
	}

	private static @Nullable String strip(@Nullable String text) {
		return text == null ? null : text.strip();
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return value == null ? null : value.name();
	}

	/**
	 * An edit through the API corrects the record as it stands today: it changes the
	 * period of a unit or an agency that contains today (or its latest one), and what it
	 * creates holds without bounds, like a data-set row without periods. A change from a
	 * given day on is a new period, written by a data set or an applied scenario.
	 */
	private static LocalDate today() {
		return Today.or(null);
	}

	/**
	 * Parameters of an edit, with the day it is made on and the bounds of an open period.
	 */
	private static Map<String, Object> parameters(@Nullable Object... keysAndValues) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("asOf", today());
		parameters.put("beginning", Period.BEGINNING);
		parameters.put("end", Period.END);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return parameters;
	}

}
