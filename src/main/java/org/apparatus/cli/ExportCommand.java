package org.apparatus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apparatus.dataset.DataSetArchive;
import org.apparatus.dataset.DataSetFile;
import org.apparatus.dataset.DataSetService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write the knowledge base as a data set (the same CSV format import reads): the whole record "
				+ "with its periods, or with --as-of the state of one day without periods.")
final class ExportCommand implements Callable<Integer>, KnowledgeBaseCommand {

	private final ObjectProvider<DataSetService> dataSets;

	@Mixin
	StoreOptions storeOptions = new StoreOptions();

	@Parameters(paramLabel = "FOLDER",
			description = "Folder to write the CSV files into (created if needed); a name ending in .zip writes "
					+ "them as one ZIP file, .xlsx as a workbook with one sheet per file (the forms the "
					+ "workbench's upload reads).")
	Path folder;

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
			description = "Write the state of this day only: each unit and agency that exists on it once, with its "
					+ "attributes of that day, the relations that hold on it, every function and mandate; no "
					+ "valid_from/valid_to columns (the first format). Default: the whole record with its periods.")
	@Nullable LocalDate asOf;

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
	public Integer call() throws IOException {
		DataSetArchive form = DataSetArchive.of(this.folder);
		Map<DataSetFile, Long> written;
		if (form != null) {
			try (OutputStream out = Files.newOutputStream(this.folder)) {
				written = this.dataSets.getObject().exportTo(out, form, this.asOf);
			}
		}
		else {
			written = this.asOf == null ? this.dataSets.getObject().exportTo(this.folder)
					: this.dataSets.getObject().exportTo(this.folder, this.asOf);
		}
		this.spec.commandLine()
			.getOut()
			.println("Exported " + (this.asOf == null ? "" : "the state of " + this.asOf + " ") + "to " + this.folder
					+ ": " + RowCounts.describe(written));
		return 0;
	}

}
