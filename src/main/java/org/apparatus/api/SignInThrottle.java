package org.apparatus.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down and then refuses guessing passwords: after {@value #FREE} failed sign-ins
 * from one address (HTTP Basic on the API, the workbench's form at {@code /login}), the
 * address must wait before it may try again, 1 second after the next failure, then twice
 * as long after each further one, up to {@link #LONGEST_WAIT}. While it waits, every
 * sign-in from it is refused at once, before any password is checked: HTTP 429 with
 * {@code Retry-After}, and the workbench's form says so in words. An address without a
 * failure for {@link #FORGET_AFTER} after its wait is forgotten; at most
 * {@value #ADDRESSES} addresses are remembered (the least recently seen go first). A good
 * sign-in costs a lookup here and nothing more: no password check is added.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
public class SignInThrottle extends OncePerRequestFilter {

	/** The request attribute with the seconds to wait, for the form that shows them. */
	public static final String WAIT = "org.apparatus.api.SignInThrottle.wait";

	static final int FREE = 5;

	static final Duration FIRST_WAIT = Duration.ofSeconds(1);

	static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

	static final Duration FORGET_AFTER = Duration.ofMinutes(15);

	static final int ADDRESSES = 10_000;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
			return size() > ADDRESSES;
		}
	};

	private record Failures(int count, Instant waitUntil) {
	}

	/** Seconds the address must still wait before it may sign in; 0 when it may. */
	public long secondsToWait(String address) {
		Instant now = this.clock.instant();
		synchronized (this.failures) {
			Failures known = this.failures.get(address);
			if (known == null) {
				return 0;
			}
			if (now.isAfter(known.waitUntil().plus(FORGET_AFTER))) {
				this.failures.remove(address);
				return 0;
			}
			return now.isBefore(known.waitUntil())
					? Math.max(1, (Duration.between(now, known.waitUntil()).toMillis() + 999) / 1000) : 0;
		}
	}

	/** Counts a failed sign-in from the address. */
	void failed(String address) {
		Instant now = this.clock.instant();
		synchronized (this.failures) {
			Failures known = this.failures.get(address);
			int count = (known == null || now.isAfter(known.waitUntil().plus(FORGET_AFTER))) ? 1 : known.count() + 1;
			Duration wait = Duration.ZERO;
			if (count > FREE) {
				int doublings = Math.min(count - FREE - 1, 20);
				wait = FIRST_WAIT.multipliedBy(1L << doublings);
				if (wait.compareTo(LONGEST_WAIT) > 0) {
					wait = LONGEST_WAIT;
				}
			}
			this.failures.put(address, new Failures(count, now.plus(wait)));
		}
	}

	@EventListener
	void signInFailed(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			failed(details.getRemoteAddress());
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long wait = isSignIn(request) ? secondsToWait(request.getRemoteAddr()) : 0;
		if (wait == 0) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
		if (isForm(request)) {
			// The form again, with the wait in words: GET /login, which signs no one in.
			request.setAttribute(WAIT, wait);
			chain.doFilter(new HttpServletRequestWrapper(request) {
				@Override
				public String getMethod() {
					return "GET";
				}
			}, response);
			return;
		}
		ApiSecurity.writeError(request, response, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS",
				"too many failed sign-ins from this address: try again in " + wait + " s");
	}

	private static boolean isSignIn(HttpServletRequest request) {
		@Nullable String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) || isForm(request);
	}

	private static boolean isForm(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI());
	}

}
