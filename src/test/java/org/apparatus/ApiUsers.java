package org.apparatus;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The users of the default configuration (application.properties), as GraphQL testers log
 * in.
 */
public final class ApiUsers {

	private ApiUsers() {
	}

	public static HttpGraphQlTester viewer(HttpGraphQlTester tester) {
		return tester.mutate().headers(headers -> headers.setBasicAuth("viewer", "viewer")).build();
	}

	public static HttpGraphQlTester editor(HttpGraphQlTester tester) {
		return tester.mutate().headers(headers -> headers.setBasicAuth("editor", "editor")).build();
	}

}
