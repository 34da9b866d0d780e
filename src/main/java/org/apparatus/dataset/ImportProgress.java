package org.apparatus.dataset;

/** Receives the progress of a long import, batch by batch. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (file, done, total) -> {
	};

	/** {@code done} of {@code total} rows of a file are written (not yet committed). */
	void written(DataSetFile file, long done, long total);

}
