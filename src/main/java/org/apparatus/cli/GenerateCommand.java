package org.apparatus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apparatus.generator.SyntheticDataSetGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
		description = {
				"Write a synthetic data set, deterministic for a seed, with one planted problem of each "
						+ "analysis rule per province (listed in planted-problems.csv).",
				"34 provinces is the national scale: about 32,000 agencies and 1.3 million responsibilities." })
final class GenerateCommand implements Callable<Integer> {

	@Option(names = "--provinces", paramLabel = "N", defaultValue = "34",
			description = "Number of provinces, 1 to 99 (default: ${DEFAULT-VALUE}).")
	int provinces;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "1",
			description = "Random seed (default: ${DEFAULT-VALUE}).")
	long seed;

	@Parameters(paramLabel = "FOLDER", description = "Folder to write the data set into (created if needed).")
	Path folder;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (this.provinces < 1 || this.provinces > 99) {
			throw new picocli.CommandLine.ParameterException(this.spec.commandLine(),
					"--provinces must be between 1 and 99");
		}
		var generated = SyntheticDataSetGenerator.generate(this.provinces, this.seed, this.folder);
		var out = this.spec.commandLine().getOut();
		out.println("Generated " + this.folder + ": " + RowCounts.describe(generated.rows()));
		out.printf("%,d distinct responsibilities; %d planted problems: %s%n", generated.responsibilities(),
				generated.planted().size(), generated.plantedByRule());
		return 0;
	}

}
