package org.apparatus.cli;

import java.io.PrintWriter;

import org.apparatus.dataset.DataSetFile;
import org.apparatus.dataset.ImportProgress;

/**
 * Shows a long import's progress, one line per batch, only for files with more than one
 * batch.
 */
final class TerminalProgress implements ImportProgress {

	private final PrintWriter err;

	TerminalProgress(PrintWriter err) {
		this.err = err;
	}

	@Override
	public void written(DataSetFile file, long done, long total) {
		if (total > 10_000) {
			this.err.printf("  %-24s %,12d / %,d rows (%d%%)%n", file.fileName(), done, total, done * 100 / total);
			this.err.flush();
		}
	}

}
