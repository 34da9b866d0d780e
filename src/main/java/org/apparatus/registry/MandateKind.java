package org.apparatus.registry;

/**
 * Kind of legal or Party instrument, with the word a citation starts with in each
 * language.
 */
public enum MandateKind {

	CONSTITUTION("Hiến pháp", "Constitution"), LAW("Luật", "Law"), RESOLUTION("Nghị quyết", "Resolution"),
	DECREE("Nghị định", "Decree"), DECISION("Quyết định", "Decision"), CIRCULAR("Thông tư", "Circular"),
	REGULATION("Quy định", "Regulation"), DIRECTIVE("Chỉ thị", "Directive"), CONCLUSION("Kết luận", "Conclusion"),
	PLAN("Kế hoạch", "Plan");

	private final String vi;

	private final String en;

	MandateKind(String vi, String en) {
		this.vi = vi;
		this.en = en;
	}

	/** "Nghị định" or "Decree": {@code language} is {@code vi} or {@code en}. */
	public String word(String language) {
		return "en".equals(language) ? this.en : this.vi;
	}

}
