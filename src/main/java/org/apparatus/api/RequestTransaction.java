package org.apparatus.api;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apparatus.system.RequestDeadline;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Mono;

/**
 * One read transaction for a whole GraphQL query instead of one per data fetcher and
 * batch loader: every read of the request's thread ({@code @Transactional} methods and
 * the {@code Neo4jClient} calls, which join a transaction bound to the thread) runs in
 * it, so a query costs one begin and one commit over Bolt, and sees one state of the
 * store.
 * <p>
 * The interceptor opens a scope on the thread that runs the request's synchronous part
 * (graphql-java runs its data fetchers and dispatches its batch loaders on the thread
 * that subscribes), the instrumentation begins the transaction in that scope when the
 * operation is a query that reads more than the schema, and the interceptor ends it on
 * the same thread before it returns. Mutations keep their own transactions; work that
 * completes later on another thread (the rules of an analysis run in their own
 * transactions) opens its own transactions as before.
 * <p>
 * The scope also holds the request's {@link RequestDeadline}: {@code timeout} from its
 * start, longer once {@link QueryCost} has found that it asks for an analysis. The
 * analysis's rule transactions and a scenario's evaluation end by it, so a request that
 * runs out of time stops the work it started; the read transaction itself is bounded by
 * the longest a request may take.
 */
final class RequestTransaction extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

	private static final Log logger = LogFactory.getLog(RequestTransaction.class);

	private static final ThreadLocal<Scope> SCOPE = new ThreadLocal<>();

	private final PlatformTransactionManager transactions;

	private final Duration timeout;

	private final Duration longest;

	/**
	 * @param timeout the request's time unless it asks for an analysis
	 * @param longest the longest any request may take (one that asks for an analysis)
	 */
	RequestTransaction(PlatformTransactionManager transactions, Duration timeout, Duration longest) {
		this.transactions = transactions;
		this.timeout = timeout;
		this.longest = longest;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return Mono.deferContextual(context -> {
			if (SCOPE.get() != null) {
				return chain.next(request);
			}
			Scope scope = new Scope();
			SCOPE.set(scope);
			CompletableFuture<WebGraphQlResponse> response;
			try (RequestDeadline.Scope deadline = RequestDeadline.begin(this.timeout)) {
				// Subscribing runs the request's synchronous part on this thread, inside
				// the scope.
				response = chain.next(request).contextWrite(context).toFuture();
			}
			finally {
				SCOPE.remove();
				scope.end(this.transactions);
			}
			return Mono.fromFuture(response);
		});
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		Scope scope = SCOPE.get();
		var execution = parameters.getExecutionContext();
		if (scope != null && scope.status == null
				&& execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY
				&& !GraphQlConfiguration.onlyIntrospection(execution)) {
			// Bounded by the longest a request may take, not by this request's deadline:
			// the work that may run long (an analysis's rules, a scenario's evaluation)
			// ends
			// by the deadline in transactions of its own, and a read after it must still
			// be
			// able to report that the time is up.
			DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
					TransactionDefinition.PROPAGATION_REQUIRED);
			definition.setReadOnly(true);
			definition.setName("GraphQL query");
			definition.setTimeout((int) Math.max(1, this.longest.toSeconds()));
			scope.status = this.transactions.getTransaction(definition);
		}
		return SimpleInstrumentationContext.noOp();
	}

	/** The transaction of one request on its thread, once it has begun. */
	private static final class Scope {

		private @Nullable TransactionStatus status;

		void end(PlatformTransactionManager transactions) {
			if (this.status == null || this.status.isCompleted()) {
				return;
			}
			try {
				if (this.status.isRollbackOnly()) {
					transactions.rollback(this.status);
				}
				else {
					transactions.commit(this.status);
				}
			}
			catch (RuntimeException ex) {
				// The answer is already computed; a read transaction that cannot end
				// cleanly changes nothing.
				logger.debug("Could not end the read transaction of a GraphQL query", ex);
			}
		}

	}

}
