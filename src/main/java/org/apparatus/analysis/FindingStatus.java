package org.apparatus.analysis;

/**
 * Where a finding stands with the planners. JUSTIFIED is an intentional overlap or
 * exception (GAO practice: some overlap is by design) and is reported apart from the open
 * findings.
 */
public enum FindingStatus {

	OPEN, ACKNOWLEDGED, JUSTIFIED

}
