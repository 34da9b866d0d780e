package org.apparatus;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apparatus.system.CypherFile;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the statements the application sends through {@link Neo4jClient#query(String)},
 * for tests that bound them (no N+1). It wraps the bean rather than replacing it, so the
 * test context stays the one every {@link SeededKnowledgeBase} test class shares.
 */
public final class QueryCounter implements BeanPostProcessor {

	/**
	 * Not counted: the knowledge base's revision check, which any request may make once a
	 * second (the analysis cache and the gate of initial loads read it), whatever it
	 * asks.
	 */
	private static final String REVISION_CHECK = CypherFile.load("system/read-revision");

	private final AtomicInteger queries = new AtomicInteger();

	private final List<String> statements = new CopyOnWriteArrayList<>();

	/** Starts counting from zero. */
	public void reset() {
		this.queries.set(0);
		this.statements.clear();
	}

	/** The queries since the last {@link #reset()}. */
	public int count() {
		return this.queries.get();
	}

	/** The queries since the last {@link #reset()} whose text contains the fragment. */
	public long count(String fragment) {
		return this.statements.stream().filter(statement -> statement.contains(fragment)).count();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof Neo4jClient client)) {
			return bean;
		}
		return Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(), new Class<?>[] { Neo4jClient.class },
				(proxy, method, args) -> {
					if (method.getName().equals("query") && args.length == 1 && args[0] instanceof String statement
							&& !statement.equals(REVISION_CHECK)) {
						this.queries.incrementAndGet();
						this.statements.add((String) args[0]);
					}
					try {
						return method.invoke(client, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
