package org.apparatus.api;

import java.util.regex.Pattern;

import org.apparatus.SeededKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GraphiQL and every script it loads are served by the application itself, not a CDN. */
@SeededKnowledgeBase
class GraphiQlPageTests {

	static final RequestPostProcessor VIEWER = httpBasic("viewer", "viewer");

	@Autowired
	MockMvc mvc;

	@Test
	void withoutLoggingInThePageAsksForCredentials() throws Exception {
		this.mvc.perform(get("/graphiql/index.html"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
	}

	@Test
	void graphiqlAndItsAssetsComeFromTheJar() throws Exception {
		this.mvc.perform(get("/graphiql").with(VIEWER)).andExpect(redirectedUrl("/graphiql/index.html"));
		String page = this.mvc.perform(get("/graphiql/index.html").with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GraphiQL.createFetcher({ url: '/graphql' })")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var assets = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"").matcher(page);
		int count = 0;
		while (assets.find()) {
			this.mvc.perform(get(assets.group(1)).with(VIEWER)).andExpect(status().isOk());
			count++;
		}
		assertThat(count).isEqualTo(4);
		assertThat(page).doesNotContain("https://");
	}

}
