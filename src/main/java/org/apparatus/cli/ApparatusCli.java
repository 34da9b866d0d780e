package org.apparatus.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code apparatus.jar}: one command line with a subcommand per job. Exit status 0
 * on success, 1 on data errors (or any failure of the job), 2 on usage errors; errors are one line,
 * never a stack trace.
 */
@Command(name = "apparatus", mixinStandardHelpOptions = true, version = "Apparatus 0.1.0",
		description = "Knowledge base of a provincial political apparatus: who does what, where, on which legal basis.",
		subcommands = { ServeCommand.class, ImportCommand.class, ExportCommand.class, AnalyzeCommand.class, ScenarioCommand.class, ReportCommand.class,
				GenerateCommand.class,
				BenchmarkCommand.class, CommandLine.HelpCommand.class })
public final class ApparatusCli {

	public static void main(String[] args) {
		int status = run(args);
		if (!ServeCommand.isServing()) {
			System.exit(status);
		}
	}

	/** Runs a command line on the standard streams and returns its exit status. */
	public static int run(String... args) {
		return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
	}

	/** Runs a command line on the given streams and returns its exit status. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		return new CommandLine(new ApparatusCli()).setOut(out).setErr(err)
			.setCaseInsensitiveEnumValuesAllowed(true)
			.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
				commandLine.getErr().println("error: " + Failures.oneLine(ex));
				return 1;
			})
			.execute(args);
	}

}
