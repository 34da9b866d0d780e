package org.apparatus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on an embedded Neo4j without seed data and without web server, for
 * tests that control the whole store (import, export, validation, the command line).
 * Tests start from {@link StoreCleaner#wipe}. Every test class with this annotation
 * shares one context: add nothing to a test class that changes it (bean overrides,
 * properties).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
		"apparatus.store=target/test-stores/empty-${random.uuid}", "apparatus.bolt-port=0", "apparatus.seed=" })
public @interface EmptyKnowledgeBase {

}
