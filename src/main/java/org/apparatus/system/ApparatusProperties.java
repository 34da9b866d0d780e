package org.apparatus.system;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded store and of the data loaded into it.
 *
 * @param store directory of the embedded Neo4j store
 * @param boltPort port of the embedded Bolt connector on 127.0.0.1 (0 picks a free one)
 * @param pageCache size of the embedded page cache, in Neo4j's notation (e.g.
 * {@code 512m})
 * @param seed data set loaded by {@code serve} into an empty store; empty for none
 * @param boltPassword password of the embedded Bolt connector's user {@code neo4j};
 * unset, one is generated on the first start and kept in the store directory (see
 * {@link BoltPassword})
 * @param minFreeDisk free space the store's file system must have for the embedded
 * database to start (default 100MB: Neo4j writes its transaction log and checkpoints as
 * it starts); below it the start is refused in one line ({@link StoreDisk})
 */
@ConfigurationProperties("apparatus")
public record ApparatusProperties(@DefaultValue("./data/neo4j") Path store, @DefaultValue("7687") int boltPort,
		@DefaultValue("512m") String pageCache, @DefaultValue("classpath:seed-data/") String seed,
		@Nullable String boltPassword, @DefaultValue("100MB") DataSize minFreeDisk) {
}
