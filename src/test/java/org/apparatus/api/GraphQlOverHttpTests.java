package org.apparatus.api;

import org.apparatus.SeededKnowledgeBase;
import org.apparatus.system.KnowledgeBaseChanged;
import org.apparatus.system.KnowledgeBaseRevision;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GraphQL over HTTP as its specification says: both response media types with their
 * status codes, GET for queries only, and every refusal as a GraphQL error with a
 * classification.
 */
@SeededKnowledgeBase
class GraphQlOverHttpTests {

	static final RequestPostProcessor VIEWER = httpBasic("viewer", "viewer");

	static final String RULES = "{\"query\": \"{ rules { id } }\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void graphqlResponseJsonAnswersAValidQueryWith200() throws Exception {
		answer(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
			.content(RULES)
			.with(VIEWER)).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE))
			.andExpect(jsonPath("$.data.rules[0].id").isString());
	}

	@Test
	void aDocumentThatDoesNotParseOrValidateIs400WithGraphqlResponseJsonAnd200WithJson() throws Exception {
		for (String query : new String[] { "{ rules { id }", "{ rules { noSuchField } }" }) {
			String body = "{\"query\": \"" + query + "\"}";
			answer(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
				.content(body)
				.with(VIEWER)).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE))
				.andExpect(jsonPath("$.data").doesNotExist())
				.andExpect(jsonPath("$.errors[0].extensions.classification").isString());
			answer(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.content(body)
				.with(VIEWER)).andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.errors[0].extensions.classification").isString());
		}
	}

	@Test
	void getRunsAQueryWithItsVariables() throws Exception {
		answer(get("/graphql").param("query", "query Agency($code: ID!) { agency(code: $code) { name } }")
			.param("operationName", "Agency")
			.param("variables", "{\"code\": \"CM_STC\"}")
			.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
			.with(VIEWER)).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE))
			.andExpect(jsonPath("$.data.agency.name").value("Sở Tài chính"));
		answer(get("/graphql").param("query", "{ rules { id }")
			.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
			.with(VIEWER)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].extensions.classification").isString());
	}

	@Test
	void theSameDocumentAnswersForTheVariablesOfEachRequest() throws Exception {
		// the document is parsed and validated once and kept (ParsedDocuments); the
		// variables are each request's own
		String query = "query Agency($code: ID!) { agency(code: $code) { name } }";
		for (String[] agency : new String[][] { { "CM_STC", "Sở Tài chính" }, { "CM_SXD", "Sở Xây dựng" },
				{ "CM_STC", "Sở Tài chính" } }) {
			answer(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.content("{\"query\": \"" + query + "\", \"variables\": {\"code\": \"" + agency[0] + "\"}}")
				.with(VIEWER)).andExpect(status().isOk()).andExpect(jsonPath("$.data.agency.name").value(agency[1]));
		}
	}

	@Test
	void getNeverRunsAMutation() throws Exception {
		this.mvc
			.perform(get("/graphql")
				.param("query", "mutation { markFinding(id: \"x\", status: JUSTIFIED, reason: \"r\") { id } }")
				.with(httpBasic("editor", "editor")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", "POST"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("POST")))
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"));
		this.mvc.perform(get("/graphql").with(VIEWER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"));
	}

	@Test
	void aMissingOrWrongPasswordIs401InGraphqlsShape() throws Exception {
		for (RequestPostProcessor user : new RequestPostProcessor[] { request -> request, httpBasic("viewer", "wrong"),
				httpBasic("nobody", "viewer") }) {
			this.mvc
				.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
					.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
					.content(RULES)
					.with(user))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
				.andExpect(content().contentTypeCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE))
				.andExpect(jsonPath("$.errors[0].message").isString())
				.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"))
				.andExpect(jsonPath("$.timestamp").doesNotExist());
		}
		this.mvc.perform(get("/graphql").param("query", "{ rules { id } }"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"));
	}

	@Test
	void aBodyThatIsNotAGraphqlRequestIs400InGraphqlsShape() throws Exception {
		for (String body : new String[] { "not json", "{\"foo\": 1}", "[]" }) {
			this.mvc
				.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
					.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
					.content(body)
					.with(VIEWER))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("not a GraphQL request")))
				.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"))
				.andExpect(jsonPath("$.timestamp").doesNotExist());
		}
		// A number where the document goes is read as a document, which does not parse.
		answer(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
			.content("{\"query\": 42}")
			.with(VIEWER)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("InvalidSyntax"));
		this.mvc.perform(post("/graphql").contentType(MediaType.TEXT_PLAIN).content(RULES).with(VIEWER))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"));
	}

	/** The answer of a request that GraphQL runs (asynchronously). */
	@Test
	void whileAnInitialLoadRunsNothingOfTheKnowledgeBaseIsServed() throws Exception {
		try (var session = this.driver.session()) {
			KnowledgeBaseRevision.beginLoad(session, "a national data set");
		}
		this.events.publishEvent(new KnowledgeBaseChanged("a load begins in another process"));
		try {
			this.mvc
				.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
					.accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
					.content(RULES)
					.with(VIEWER))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "10"))
				.andExpect(content().contentTypeCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("a national data set")))
				.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAVAILABLE"));
			this.mvc.perform(get("/").with(user("viewer").roles("VIEWER"))).andExpect(status().isServiceUnavailable());
			this.mvc.perform(get("/workbench/workbench.css")).andExpect(status().isOk());
		}
		finally {
			try (var session = this.driver.session()) {
				KnowledgeBaseRevision.endLoad(session);
			}
			this.events.publishEvent(new KnowledgeBaseChanged("the load ends"));
		}
		answer(post("/graphql").contentType(MediaType.APPLICATION_JSON).content(RULES).with(VIEWER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.rules[0].id").isString());
	}

	private ResultActions answer(MockHttpServletRequestBuilder request) throws Exception {
		ResultActions actions = this.mvc.perform(request);
		MvcResult started = actions.andReturn();
		return started.getRequest().isAsyncStarted() ? this.mvc.perform(asyncDispatch(started)) : actions;
	}

}
