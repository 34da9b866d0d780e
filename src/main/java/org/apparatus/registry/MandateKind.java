package org.apparatus.registry;

/** Kind of legal or Party instrument. */
public enum MandateKind {

	CONSTITUTION,
	LAW,
	RESOLUTION,
	DECREE,
	DECISION,
	CIRCULAR,
	REGULATION,
	DIRECTIVE,
	CONCLUSION,
	PLAN

}
