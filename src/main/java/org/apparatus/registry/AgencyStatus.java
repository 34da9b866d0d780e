package org.apparatus.registry;

/** Whether an agency still exists: only ACTIVE agencies count in the analyses. */
public enum AgencyStatus {

	ACTIVE, MERGED, DISSOLVED

}
