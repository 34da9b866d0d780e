package org.apparatus.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The inputs of the registry's mutations (see the Mutation type of the GraphQL schema).
 */
public final class RegistryEdits {

	private RegistryEdits() {
	}

	public record NewAgency(String code, String name, @Nullable String nameEn, Sector sector, AgencyKind kind,
			String adminUnit, @Nullable AgencyStatus status, @Nullable Integer staffQuota) {
	}

	public record AgencyChanges(@Nullable String name, @Nullable String nameEn, @Nullable Sector sector,
			@Nullable AgencyKind kind, @Nullable AgencyStatus status, @Nullable Integer staffQuota,
			@Nullable String adminUnit) {
	}

	public record NewFunction(String code, String name, @Nullable String nameEn, @Nullable String parent,
			@Nullable String cofog) {
	}

	public record FunctionChanges(@Nullable String name, @Nullable String nameEn, @Nullable String parent,
			@Nullable String cofog) {
	}

	public record NewMandate(String code, MandateKind kind, @Nullable String number, String title,
			@Nullable String issuer, @Nullable LocalDate issuedOn, LocalDate effectiveFrom,
			@Nullable LocalDate repealedOn, @Nullable String replacedBy) {
	}

	public record MandateChanges(@Nullable MandateKind kind, @Nullable String number, @Nullable String title,
			@Nullable String issuer, @Nullable LocalDate issuedOn, @Nullable LocalDate effectiveFrom,
			@Nullable LocalDate repealedOn, @Nullable String replacedBy) {
	}

	public record NewAdminUnit(String code, String name, @Nullable String nameEn, AdminLevel level,
			@Nullable UnitKind kind, @Nullable String parent) {
	}

	public record AdminUnitChanges(@Nullable String name, @Nullable String nameEn, @Nullable UnitKind kind,
			@Nullable String parent) {
	}

}
