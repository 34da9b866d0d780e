package org.apparatus.api;

import org.apparatus.SeededKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Guessing passwords: after a few failed sign-ins from one address, the address must
 * wait, longer after each further failure; while it waits every sign-in from it, a right
 * one too, is refused with HTTP 429 and {@code Retry-After}, on the API and on the
 * workbench's form. Other addresses are not affected. Each test signs in from an address
 * of its own, so that the counts stay apart from every other test's.
 */
@SeededKnowledgeBase
class SignInThrottleTests {

	/** Enough tries for the waits to grow past the time between two requests. */
	static final int TRIES = 40;

	@Autowired
	MockMvc mvc;

	@Test
	void repeatedFailedBasicSignInsAreSlowedThenRefusedWith429AndRetryAfter() throws Exception {
		String address = "10.13.0.1";
		for (int i = 0; i < SignInThrottle.FREE; i++) {
			assertThat(graphQl(address, "wrong").getStatus()).as("failure %d is answered", i + 1).isEqualTo(401);
		}
		MockHttpServletResponse refused = null;
		for (int i = 0; i < TRIES && refused == null; i++) {
			graphQl(address, "wrong");
			MockHttpServletResponse right = graphQl(address, "viewer");
			if (right.getStatus() == 429) {
				refused = right;
			}
		}
		assertThat(refused).as("a right password from the waiting address is refused").isNotNull();
		assertThat(Long.parseLong(refused.getHeader(HttpHeaders.RETRY_AFTER))).isPositive();
		assertThat(refused.getContentAsString()).contains("\"classification\":\"TOO_MANY_REQUESTS\"")
			.contains("too many failed sign-ins from this address: try again in ");
		assertThat(graphQl("10.13.0.99", "viewer").getStatus()).as("another address signs in").isEqualTo(200);
	}

	@Test
	void theWorkbenchFormSaysInWordsHowLongToWait() throws Exception {
		String address = "10.13.0.2";
		for (int i = 0; i < SignInThrottle.FREE; i++) {
			assertThat(form(address, "wrong").getRedirectedUrl()).endsWith("/login?error");
		}
		MockHttpServletResponse refused = null;
		for (int i = 0; i < TRIES && refused == null; i++) {
			form(address, "wrong");
			MockHttpServletResponse right = form(address, "viewer");
			if (right.getStatus() == 429) {
				refused = right;
			}
		}
		assertThat(refused).as("a right password from the waiting address is refused").isNotNull();
		assertThat(refused.getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
		assertThat(refused.getContentAsString()).contains("id=\"login-wait\"")
			.contains("Quá nhiều lần đăng nhập sai")
			.contains("<form");
	}

	private MockHttpServletResponse graphQl(String address, String password) throws Exception {
		return perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.content("{\"query\": \"{ __typename }\"}")
			.with(httpBasic("viewer", password)), address);
	}

	private MockHttpServletResponse form(String address, String password) throws Exception {
		return perform(post("/login").param("username", "viewer").param("password", password).with(csrf()), address);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String address) throws Exception {
		RequestPostProcessor from = r -> {
			r.setRemoteAddr(address);
			return r;
		};
		return this.mvc.perform(request.with(from)).andReturn().getResponse();
	}

}
