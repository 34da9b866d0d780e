package org.apparatus.api;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apparatus.system.KnowledgeBaseLoadingException;
import org.apparatus.system.KnowledgeBaseRevision;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves nothing of the knowledge base while an initial load runs: the load commits batch
 * by batch, and a reader would see part of it (the API answers HTTP 503 with
 * {@code Retry-After} and a GraphQL error, the workbench a page that says so). Signed-in
 * users learn it, others are asked to sign in first. Static files, the sign-in and the
 * error page still answer. Whether a load runs is read with the knowledge base's
 * revision, at most once per {@code apparatus.revision-check}, so the gate costs a
 * request nothing.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class LoadInProgressGate extends OncePerRequestFilter {

	/** Seconds a client is told to wait before it asks again. */
	static final int RETRY_AFTER_SECONDS = 10;

	/**
	 * Looked up at the first request, not when the web server starts its filters: the
	 * revision needs the database, whose start (a taken port, a full disk) must fail on
	 * its own, in one line, not inside the web server's start.
	 */
	private final Supplier<KnowledgeBaseRevision> revision;

	LoadInProgressGate(ObjectProvider<KnowledgeBaseRevision> revision) {
		this.revision = SingletonSupplier.of(revision::getObject);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/workbench/") || path.startsWith("/webjars/") || path.startsWith("/graphiql/")
				|| path.equals("/login") || path.equals("/logout") || path.equals("/error")
				|| path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		KnowledgeBaseRevision.Load load = this.revision.get().loadInProgress();
		if (load == null) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/graphql")) {
			ApiSecurity.writeError(request, response, HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
					KnowledgeBaseLoadingException.describe(load).replace('"', '\'').replace('\\', '/'));
		}
		else {
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

}
