package org.apparatus.registry;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Mandates by code and by kind. */
interface MandateRepository extends Neo4jRepository<Mandate, String> {

	List<Mandate> findAllByOrderByCode();

	List<Mandate> findByKindOrderByCode(MandateKind kind);

}
