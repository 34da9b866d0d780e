package org.apparatus.cli;

/**
 * A command that works on the knowledge base of one store or server: the jar's runner
 * starts the application its {@link StoreOptions} name, without web server, and runs the
 * command on it.
 */
interface KnowledgeBaseCommand {

	StoreOptions storeOptions();

}
