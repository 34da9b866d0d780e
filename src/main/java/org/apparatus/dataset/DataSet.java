package org.apparatus.dataset;

import java.time.LocalDate;
import java.util.List;

import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.AgencyStatus;
import org.apparatus.registry.ChangeKind;
import org.apparatus.registry.MandateKind;
import org.apparatus.registry.Period;
import org.apparatus.registry.ReportingLineKind;
import org.apparatus.registry.Role;
import org.apparatus.registry.Sector;
import org.apparatus.registry.UnitKind;
import org.jspecify.annotations.Nullable;

/** A validated data set: typed rows, every reference resolvable, ready to be written. */
public record DataSet(List<AdminUnitRow> adminUnits, List<FunctionRow> functions, List<MandateRow> mandates,
		List<AgencyRow> agencies, List<ReportingLineRow> reportingLines, List<ResponsibilityRow> responsibilities,
		List<FunctionLevelRow> functionLevels, List<ChangeRow> changes) {

	/**
	 * @param kind the kind of unit within its level; null when unknown
	 */
	public record AdminUnitRow(String code, String name, @Nullable String nameEn, AdminLevel level,
			@Nullable UnitKind kind, @Nullable String parentCode, Period period) {
	}

	public record FunctionRow(String code, String name, @Nullable String nameEn, @Nullable String parentCode,
			@Nullable String cofog) {
	}

	/**
	 * @param replacedBy the code of the instrument that replaced it; only with a
	 * {@code repealedOn}
	 */
	public record MandateRow(String code, MandateKind kind, @Nullable String number, String title,
			@Nullable String issuer, @Nullable LocalDate issuedOn, LocalDate effectiveFrom,
			@Nullable LocalDate repealedOn, @Nullable String replacedBy) {
	}

	public record AgencyRow(String code, String name, @Nullable String nameEn, Sector sector, AgencyKind kind,
			String adminUnitCode, AgencyStatus status, @Nullable Integer staffQuota, Period period) {
	}

	public record ReportingLineRow(String agencyCode, String superiorCode, ReportingLineKind line, Period period) {
	}

	public record ResponsibilityRow(String agencyCode, String functionCode, Role role, @Nullable String mandateCode,
			@Nullable String article, Period period) {

		/**
		 * The responsibility this row grants: one per agency, function, role and period.
		 */
		public String responsibilityCode() {
			return org.apparatus.registry.Responsibility.codeOf(this.agencyCode, this.functionCode, this.role,
					this.period);
		}

	}

	/**
	 * @param unitKinds the kinds of unit of the level the rule addresses, in the order of
	 * {@link UnitKind}; empty: every unit of the level
	 */
	public record FunctionLevelRow(String functionCode, AdminLevel level, List<UnitKind> unitKinds, String mandateCode,
			Period period) {
	}

	/**
	 * A dated change event (domain.md §8.2): from- and to-codes are agencies, or admin
	 * units for the kinds that change units; lists keep the file's order.
	 */
	public record ChangeRow(String code, LocalDate date, ChangeKind kind, List<String> fromCodes, List<String> toCodes,
			List<String> functionCodes, @Nullable String mandateCode, @Nullable String note) {
	}

	/**
	 * Number of distinct responsibilities (agency, function, role, period), however many
	 * mandates grant each.
	 */
	public long distinctResponsibilities() {
		return this.responsibilities.stream().map(ResponsibilityRow::responsibilityCode).distinct().count();
	}

}
