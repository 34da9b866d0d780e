package org.apparatus.registry;

/** Kind of a reporting line: hành chính, chuyên môn nghiệp vụ, or Đảng lãnh đạo. */
public enum ReportingLineKind {

	ADMINISTRATIVE, PROFESSIONAL, PARTY

}
