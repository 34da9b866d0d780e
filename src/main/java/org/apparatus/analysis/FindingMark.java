package org.apparatus.analysis;

import java.time.Instant;

/** A planner's judgement on a finding, kept by finding id across analyses and imports. */
public record FindingMark(String findingId, FindingStatus status, String note, String markedBy, Instant markedAt) {
}
