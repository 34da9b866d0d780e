package org.apparatus.workbench;

import org.apparatus.SeededKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workbench's search refuses a text too long to search for at once, in words, with
 * the form to try again; a normal text finds its body.
 */
@SeededKnowledgeBase
class WorkbenchSearchTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aLongSearchTextOrOneWithAThousandWordsIsRefusedInWords() throws Exception {
		for (String q : new String[] { "so tai chinh ".repeat(300), "a ".repeat(1000) }) {
			this.mvc
				.perform(get("/search").param("q", q)
					.param("day", "2025-02-28")
					.param("lang", "en")
					.with(user("viewer").roles("VIEWER")))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("id=\"search-problem\"")))
				.andExpect(content().string(containsString("search for at most 200 characters and 12 words")))
				.andExpect(content().string(containsString("<form")));
		}
		this.mvc
			.perform(get("/search").param("q", "so tai chinh")
				.param("day", "2025-02-28")
				.with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("BL_STC")))
			.andExpect(content().string(not(containsString("id=\"search-problem\""))));
	}

}
