package org.apparatus.cli;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * Creates the commands picocli runs as beans of an application: their constructor
 * arguments (the services they adapt) come from its context. The jar's runner takes this
 * bean from the application it started for the command; tests take it from their shared
 * test context.
 */
@Component
final class CommandFactory implements CommandLine.IFactory {

	private final AutowireCapableBeanFactory beans;

	CommandFactory(AutowireCapableBeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		if (type.getPackageName().startsWith("org.apparatus.")) {
			return this.beans.createBean(type);
		}
		return CommandLine.defaultFactory().create(type);
	}

}
