package org.apparatus.analysis;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL {@code compare}: two days side by side. */
@Controller
class ComparisonController {

	private final DayComparison comparison;

	ComparisonController(DayComparison comparison) {
		this.comparison = comparison;
	}

	@QueryMapping
	Comparison compare(@Argument LocalDate from, @Argument LocalDate to, @Argument @Nullable String unit) {
		return this.comparison.compare(from, to, unit);
	}

}
