package org.apparatus.registry;

/**
 * Kind of a reporting line: hành chính, chuyên môn nghiệp vụ, Đảng lãnh đạo, or chịu
 * trách nhiệm trước (a people's committee accountable to the people's council of its unit
 * while it reports administratively to the committee above: a dual subordination the law
 * intends, which no rule counts as a second superior; domain.md §8.3).
 */
public enum ReportingLineKind {

	ADMINISTRATIVE, PROFESSIONAL, PARTY, ACCOUNTABLE

}
