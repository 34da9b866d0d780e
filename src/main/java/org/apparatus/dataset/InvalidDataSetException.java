package org.apparatus.dataset;

import java.util.List;

/** A data set with problems; nothing of it was written. */
public class InvalidDataSetException extends RuntimeException {

	private final List<DataSetProblem> problems;

	public InvalidDataSetException(String source, List<DataSetProblem> problems) {
		super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
				+ ", nothing was imported");
		this.problems = List.copyOf(problems);
	}

	public List<DataSetProblem> problems() {
		return this.problems;
	}

}
