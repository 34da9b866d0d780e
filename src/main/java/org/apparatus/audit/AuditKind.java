package org.apparatus.audit;

/** The kind of write an audit record describes. */
public enum AuditKind {

	/** A data set imported (the command line, or the seed loaded into an empty store). */
	IMPORT,
	/** An agency added. */
	CREATE_AGENCY,
	/** An agency changed or moved to another unit. */
	UPDATE_AGENCY,
	/** A function or task added. */
	CREATE_FUNCTION,
	/** A function changed or moved in the tree. */
	UPDATE_FUNCTION,
	/** A mandate added. */
	CREATE_MANDATE,
	/** A mandate changed. */
	UPDATE_MANDATE,
	/** An admin unit added. */
	CREATE_ADMIN_UNIT,
	/** An admin unit changed or moved. */
	UPDATE_ADMIN_UNIT,
	/** A responsibility given, or a mandate added to one. */
	ASSIGN_RESPONSIBILITY,
	/** A responsibility, or one mandate's grant of it, taken away. */
	REVOKE_RESPONSIBILITY,
	/** A reporting line added. */
	ADD_REPORTING_LINE,
	/** A reporting line removed. */
	REMOVE_REPORTING_LINE,
	/** A planner's mark set on a finding or taken off. */
	MARK_FINDING,
	/** A scenario saved (new, or replacing one of its name). */
	SAVE_SCENARIO,
	/** A change inserted into a saved scenario. */
	ADD_SCENARIO_CHANGE,
	/** A change taken out of a saved scenario. */
	REMOVE_SCENARIO_CHANGE,
	/** A saved scenario deleted. */
	DELETE_SCENARIO,
	/** A scenario carried out on the knowledge base. */
	APPLY_SCENARIO

}
