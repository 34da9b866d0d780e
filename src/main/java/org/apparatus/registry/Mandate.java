package org.apparatus.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A legal or Party instrument (văn bản) that assigns responsibilities. */
@Node("Mandate")
public record Mandate(@Id String code, MandateKind kind, @Nullable String number, String title, @Nullable String issuer,
		@Nullable LocalDate issuedOn, LocalDate effectiveFrom, @Nullable LocalDate repealedOn) {

	/** How the instrument is cited: {@link MandateName}. */
	public MandateName name() {
		return new MandateName(this.code, this.kind, this.number, this.title);
	}

	/** In force on a day: effective from then or earlier, and not yet repealed. */
	public boolean inForceOn(LocalDate day) {
		return !this.effectiveFrom.isAfter(day) && (this.repealedOn == null || this.repealedOn.isAfter(day));
	}

}
