package org.apparatus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetArchive;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.UploadedDataSet;
import org.apparatus.dataset.InvalidDataSetException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, description = {
		"Load a data set (a folder of CSV files, or a .zip of them or an .xlsx workbook) into the knowledge base.",
		"Every row is checked first; with any problem nothing is written and each problem is listed as "
				+ "file:line:column: message. The import is one transaction: all or nothing, "
				+ "recorded in the audit log with the operating-system user." })
final class ImportCommand implements Callable<Integer>, KnowledgeBaseCommand {

	private final ObjectProvider<DataSetService> dataSets;

	@Mixin
	StoreOptions storeOptions = new StoreOptions();

	@Parameters(paramLabel = "FOLDER",
			description = "The data-set folder (see docs/data-format.md), or the same as one .zip of its CSV files "
					+ "or one .xlsx workbook with a sheet per file (as export and the workbench write them).")
	Path folder;

	@picocli.CommandLine.Option(names = "--check", description = "Only check the data set; write nothing.")
	boolean checkOnly;

	@picocli.CommandLine.Option(names = "--reason", paramLabel = "TEXT",
			description = "Why the data set is imported, for the audit log (see 'audit').")
	@Nullable String reason;

	@Spec
	CommandSpec spec;

	ImportCommand(ObjectProvider<DataSetService> dataSets) {
		this.dataSets = dataSets;
	}

	@Override
	public StoreOptions storeOptions() {
		return this.storeOptions;
	}

	@Override
	public Integer call() {
		var out = this.spec.commandLine().getOut();
		var err = this.spec.commandLine().getErr();
		if (!Files.exists(this.folder)) {
			err.println("error: " + this.folder + " does not exist");
			return 1;
		}
		boolean file = DataSetArchive.of(this.folder) != null && Files.isRegularFile(this.folder);
		if (!file && !Files.isDirectory(this.folder)) {
			err.println("error: " + this.folder + " is not a folder, a .zip or an .xlsx file");
			return 1;
		}
		try {
			var service = this.dataSets.getObject();
			DataSetSource source = file ? UploadedDataSet.read(this.folder.toString(), read(this.folder))
					: DataSetSource.folder(this.folder);
			if (this.checkOnly) {
				var problems = service.check(source);
				problems.forEach(err::println);
				out.println(problems.isEmpty() ? this.folder + ": no problems"
						: this.folder + ": " + problems.size() + " problems");
				return problems.isEmpty() ? 0 : 1;
			}
			var result = service.importFrom(source, new TerminalProgress(err), Attribution.commandLine(this.reason));
			out.printf(
					"Imported %s in %.1f s: %s; %,d responsibilities; %,d nodes and %,d relationships created, "
							+ "%,d relationships removed.%n",
					this.folder, result.took().toMillis() / 1000.0, RowCounts.describe(result.rows()),
					result.responsibilities(), result.nodesCreated(), result.relationshipsCreated(),
					result.relationshipsDeleted());
			return 0;
		}
		catch (InvalidDataSetException ex) {
			ex.problems().forEach(err::println);
			err.println("error: " + ex.getMessage());
			return 1;
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
