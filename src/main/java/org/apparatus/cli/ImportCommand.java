package org.apparatus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.InvalidDataSetException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Load a data set (a folder of CSV files) into the knowledge base.",
				"Every row is checked first; with any problem nothing is written and each problem is listed as "
						+ "file:line:column: message. The import is one transaction: all or nothing, "
						+ "recorded in the audit log with the operating-system user." })
final class ImportCommand implements Callable<Integer>, KnowledgeBaseCommand {

	private final ObjectProvider<DataSetService> dataSets;

	@Mixin
	StoreOptions storeOptions = new StoreOptions();

	@Parameters(paramLabel = "FOLDER", description = "The data-set folder (see docs/data-format.md).")
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
		if (!Files.isDirectory(this.folder)) {
			err.println("error: " + this.folder + " is not a folder");
			return 1;
		}
		try {
			var service = this.dataSets.getObject();
			var source = DataSetSource.folder(this.folder);
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

}
