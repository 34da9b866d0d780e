package org.apparatus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apparatus.dataset.DataSetService;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write the knowledge base as a data set (the same CSV format import reads).")
final class ExportCommand implements Callable<Integer>, KnowledgeBaseCommand {

	private final ObjectProvider<DataSetService> dataSets;

	@Mixin
	StoreOptions storeOptions = new StoreOptions();

	@Parameters(paramLabel = "FOLDER", description = "Folder to write the CSV files into (created if needed).")
	Path folder;

	@Spec
	CommandSpec spec;

	ExportCommand(ObjectProvider<DataSetService> dataSets) {
		this.dataSets = dataSets;
	}

	@Override
	public StoreOptions storeOptions() {
		return this.storeOptions;
	}

	@Override
	public Integer call() {
		var written = this.dataSets.getObject().exportTo(this.folder);
		this.spec.commandLine().getOut().println("Exported to " + this.folder + ": " + RowCounts.describe(written));
		return 0;
	}

}
