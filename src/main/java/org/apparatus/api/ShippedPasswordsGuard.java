package org.apparatus.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The web server listens on loopback unless {@code server.address} opens it; opened to
 * other machines with the passwords the application ships with (viewer/viewer,
 * editor/editor), anyone on the network could change the knowledge base, so the
 * application refuses to start and says which properties to set.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ShippedPasswordsGuard implements InitializingBean {

	static final Set<String> SHIPPED = Set.of("{noop}viewer", "{noop}editor");

	private final Environment environment;

	private final ApiSecurityProperties security;

	ShippedPasswordsGuard(Environment environment, ApiSecurityProperties security) {
		this.environment = environment;
		this.security = security;
	}

	@Override
	public void afterPropertiesSet() {
		String address = this.environment.getProperty("server.address");
		if (address == null || address.isBlank() || isLoopback(address)) {
			return;
		}
		List<String> shipped = this.security.users()
			.entrySet()
			.stream()
			.filter(user -> SHIPPED.contains(user.getValue().password()))
			.map(user -> user.getKey())
			.sorted()
			.toList();
		if (!shipped.isEmpty()) {
			throw new IllegalStateException("refusing to listen on " + address
					+ " (reachable from other machines) while the shipped passwords of " + String.join(", ", shipped)
					+ " are unchanged: set apparatus.security.users.NAME.password (docs/api.md#security)");
		}
	}

	private static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
