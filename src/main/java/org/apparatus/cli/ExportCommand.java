package org.apparatus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apparatus.dataset.DataSetService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write the knowledge base as a data set (the same CSV format import reads).")
final class ExportCommand implements Callable<Integer> {

	@Mixin
	StoreOptions storeOptions = new StoreOptions();

	@Parameters(paramLabel = "FOLDER", description = "Folder to write the CSV files into (created if needed).")
	Path folder;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		try (var context = this.storeOptions.startQuietly()) {
			var written = context.getBean(DataSetService.class).exportTo(this.folder);
			this.spec.commandLine().getOut().println("Exported to " + this.folder + ": " + RowCounts.describe(written));
			return 0;
		}
	}

}
