package org.apparatus.system;

/**
 * Published after a write to the knowledge base commits (an import, a GraphQL mutation),
 * so that what was computed from the old content (analysis results) is computed again.
 *
 * @param what a short description of the change, for the log
 */
public record KnowledgeBaseChanged(String what) {
}
