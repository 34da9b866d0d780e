package org.apparatus.registry;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Agencies by code. */
interface AgencyRepository extends Neo4jRepository<Agency, String> {

}
