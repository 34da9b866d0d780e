package org.apparatus.generator;

import java.time.LocalDate;

import org.apparatus.dataset.DataSetFile;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.Period;
import org.apparatus.registry.ReportingLineKind;
import org.apparatus.registry.Role;
import org.apparatus.registry.Sector;
import org.jspecify.annotations.Nullable;

/**
 * One generated row of a data-set file (docs/data-format.md), typed, so that a cell
 * cannot land in the wrong column; {@link #cells()} is the one place that knows the
 * file's column order.
 */
sealed interface Row {

	DataSetFile file();

	/** The cells in the order of {@link DataSetFile#columns()}; null is an empty cell. */
	@Nullable Object[] cells();

	record AdminUnitRow(String code, String name, String nameEn, AdminLevel level, @Nullable String parent,
			Period period) implements Row {

		/** A row that holds without bounds. */
		AdminUnitRow(String code, String name, String nameEn, AdminLevel level, @Nullable String parent) {
			this(code, name, nameEn, level, parent, Period.ALWAYS);
		}

		@Override
		public DataSetFile file() {
			return DataSetFile.ADMIN_UNITS;
		}

		@Override
		public @Nullable Object[] cells() {
			return new @Nullable Object[] { this.code, this.name, this.nameEn, this.level, this.parent,
					this.period.openFrom(), this.period.openTo() };
		}

	}

	record FunctionRow(String code, String name, String nameEn, @Nullable String parent,
			@Nullable String cofog) implements Row {

		@Override
		public DataSetFile file() {
			return DataSetFile.FUNCTIONS;
		}

		@Override
		public @Nullable Object[] cells() {
			return new @Nullable Object[] { this.code, this.name, this.nameEn, this.parent, this.cofog };
		}

	}

	record MandateRow(String code, String kind, String number, String title, String issuer, LocalDate issuedOn,
			LocalDate effectiveFrom, @Nullable LocalDate repealedOn, @Nullable String replacedBy) implements Row {

		@Override
		public DataSetFile file() {
			return DataSetFile.MANDATES;
		}

		@Override
		public @Nullable Object[] cells() {
			return new @Nullable Object[] { this.code, this.kind, this.number, this.title, this.issuer, this.issuedOn,
					this.effectiveFrom, this.repealedOn, this.replacedBy };
		}

	}

	record AgencyRow(String code, String name, String nameEn, Sector sector, AgencyKind kind, String unit,
			String status, int staffQuota, Period period) implements Row {

		/** A row that holds without bounds. */
		AgencyRow(String code, String name, String nameEn, Sector sector, AgencyKind kind, String unit, String status,
				int staffQuota) {
			this(code, name, nameEn, sector, kind, unit, status, staffQuota, Period.ALWAYS);
		}

		@Override
		public DataSetFile file() {
			return DataSetFile.AGENCIES;
		}

		@Override
		public @Nullable Object[] cells() {
			return new @Nullable Object[] { this.code, this.name, this.nameEn, this.sector, this.kind, this.unit,
					this.status, this.staffQuota, this.period.openFrom(), this.period.openTo() };
		}

	}

	record ReportingLineRow(String agency, String superior, ReportingLineKind line, Period period) implements Row {

		/** A row that holds without bounds. */
		ReportingLineRow(String agency, String superior, ReportingLineKind line) {
			this(agency, superior, line, Period.ALWAYS);
		}

		@Override
		public DataSetFile file() {
			return DataSetFile.REPORTING_LINES;
		}

		@Override
		public @Nullable Object[] cells() {
			return new @Nullable Object[] { this.agency, this.superior, this.line, this.period.openFrom(),
					this.period.openTo() };
		}

	}

	record ResponsibilityRow(String agency, String function, Role role, @Nullable String mandate,
			@Nullable String article, Period period) implements Row {

		/** A row that holds without bounds. */
		ResponsibilityRow(String agency, String function, Role role, @Nullable String mandate,
				@Nullable String article) {
			this(agency, function, role, mandate, article, Period.ALWAYS);
		}

		@Override
		public DataSetFile file() {
			return DataSetFile.RESPONSIBILITIES;
		}

		@Override
		public @Nullable Object[] cells() {
			return new @Nullable Object[] { this.agency, this.function, this.role, this.mandate, this.article,
					this.period.openFrom(), this.period.openTo() };
		}

		/**
		 * What makes two rows the same responsibility: rows that differ only in mandate
		 * and article are one.
		 */
		String key() {
			return this.agency + ":" + this.function + ":" + this.role;
		}

	}

	record FunctionLevelRow(String function, AdminLevel level, String mandate, Period period) implements Row {

		/** A row that holds without bounds. */
		FunctionLevelRow(String function, AdminLevel level, String mandate) {
			this(function, level, mandate, Period.ALWAYS);
		}

		@Override
		public DataSetFile file() {
			return DataSetFile.FUNCTION_LEVELS;
		}

		@Override
		public @Nullable Object[] cells() {
			return new @Nullable Object[] { this.function, this.level, this.mandate, this.period.openFrom(),
					this.period.openTo() };
		}

	}

}
