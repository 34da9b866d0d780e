package org.apparatus.registry;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Functions by code. */
interface FunctionRepository extends Neo4jRepository<GovernmentFunction, String> {

}
