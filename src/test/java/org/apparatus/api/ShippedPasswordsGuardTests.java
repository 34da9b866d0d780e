package org.apparatus.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web server opened to the network with the shipped passwords does not start; on
 * loopback, or with passwords of one's own, it does.
 */
class ShippedPasswordsGuardTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withUserConfiguration(Guarded.class)
		.withPropertyValues("apparatus.security.users.viewer.password={noop}viewer",
				"apparatus.security.users.editor.password={noop}editor");

	@Test
	void onEveryInterfaceWithTheShippedPasswordsItRefusesToStart() {
		this.runner.withPropertyValues("server.address=0.0.0.0")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("refusing to listen on 0.0.0.0 (reachable from other machines) while the shipped "
						+ "passwords of editor, viewer are unchanged: set apparatus.security.users.NAME.password "
						+ "(docs/api.md#security)"));
	}

	@Test
	void onLoopbackTheShippedPasswordsAreFine() {
		this.runner.withPropertyValues("server.address=127.0.0.1").run(context -> assertThat(context).hasNotFailed());
		this.runner.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void onEveryInterfaceWithPasswordsOfOnesOwnItStarts() {
		this.runner
			.withPropertyValues("server.address=0.0.0.0", "apparatus.security.users.viewer.password={bcrypt}$2a$10$x",
					"apparatus.security.users.editor.password={bcrypt}$2a$10$y")
			.run(context -> assertThat(context).hasNotFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ApiSecurityProperties.class)
	@Import(ShippedPasswordsGuard.class)
	static class Guarded {

	}

}
