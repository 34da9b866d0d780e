package org.apparatus.scenario;

/**
 * What is wrong with a scenario, and where: {@code changes[2].transfer.function}, or the
 * file's line.
 *
 * @param where the path of the offending value ({@code name},
 * {@code changes[3].merge.into}…)
 * @param message what is wrong, in one sentence
 */
public record ScenarioProblem(String where, String message) {

	@Override
	public String toString() {
		return this.where + ": " + this.message;
	}

}
