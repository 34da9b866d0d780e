package org.apparatus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on an embedded Neo4j without seed data and without web server, for tests that
 * control the whole store (import, export, validation). Tests start from {@link StoreCleaner#wipe}.
 * Every test class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "apparatus.store=target/test-stores/empty-${random.uuid}", "apparatus.bolt-port=0",
				"apparatus.seed=" })
public @interface EmptyKnowledgeBase {

}
