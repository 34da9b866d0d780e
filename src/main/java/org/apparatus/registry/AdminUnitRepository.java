package org.apparatus.registry;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Admin units by code and by level. */
interface AdminUnitRepository extends Neo4jRepository<AdminUnit, String> {

	List<AdminUnit> findAllByOrderByCode();

	List<AdminUnit> findByLevelOrderByCode(AdminLevel level);

}
