package org.apparatus.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL {@code history(code)}: {@link Histories#of}.
 */
@Controller
class HistoryController {

	private final Histories histories;

	HistoryController(Histories histories) {
		this.histories = histories;
	}

	@QueryMapping
	Histories.@Nullable History history(@Argument String code) {
		return this.histories.of(code);
	}

}
