package org.apparatus.api;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apparatus.system.RequestDeadline;
import org.apparatus.system.RequestTimedOutException;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.transaction.TransactionException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps domain exceptions to GraphQL errors with a classification a client can act on and
 * the argument at fault; anything else stays an opaque INTERNAL_ERROR (never a stack
 * trace or Cypher).
 */
@ControllerAdvice
class GraphQlErrors {

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment environment) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ex.problem() == InvalidArgumentException.Problem.UNKNOWN_CODE ? ErrorType.NOT_FOUND
					: ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			.extensions(java.util.Map.of("argument", ex.argument(), "problem", ex.problem().name()))
			.build();
	}

	/**
	 * The request ran out of its time and the work it started (an analysis's rules, a
	 * scenario's evaluation) was stopped; a database error in a request whose time is up
	 * is the same thing, as the database ended the request's transactions at its
	 * deadline. Any other error stays unresolved (an opaque INTERNAL_ERROR).
	 */
	@Bean
	static DataFetcherExceptionResolver timedOut() {
		return DataFetcherExceptionResolver.forSingleError((ex, environment) -> {
			boolean timedOut = ex instanceof RequestTimedOutException
					|| (ex instanceof DataAccessException || ex instanceof TransactionException)
							&& RequestDeadline.passed();
			if (!timedOut) {
				return null;
			}
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorClassification.errorClassification("TIMEOUT"))
				.message(new RequestTimedOutException().getMessage())
				.build();
		});
	}

}
