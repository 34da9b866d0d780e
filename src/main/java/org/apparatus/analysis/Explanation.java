package org.apparatus.analysis;

/** One sentence saying what was found, naming the entities and citing the mandates. */
public record Explanation(String vi, String en) {

	public String in(String language) {
		return "en".equals(language) ? this.en : this.vi;
	}

}
