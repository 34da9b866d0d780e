package org.apparatus.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apparatus.benchmark.BenchmarkCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * Entry point of {@code apparatus.jar}: one command line with a subcommand per job. Exit
 * status 0 on success, 1 on data errors (or any failure of the job), 2 on usage errors;
 * errors are one line, never a stack trace.
 * <p>
 * A command on the knowledge base runs in two steps: its arguments are parsed first (so
 * that a usage error or {@code --help} starts nothing), then the application is started
 * on the store they name and the command runs as created by that application's
 * {@link CommandFactory}.
 */
@Command(name = "apparatus", mixinStandardHelpOptions = true, version = "Apparatus 0.1.0",
		description = "Knowledge base of a provincial political apparatus: who does what, where, on which legal basis.",
		subcommands = { ServeCommand.class, ImportCommand.class, ExportCommand.class, AnalyzeCommand.class,
				CompareCommand.class, ScenarioCommand.class, ReportCommand.class, AuditCommand.class,
				GenerateCommand.class, SchemaCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class })
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
		CommandLine parsing = commandLine(new CommandFactory(new DefaultListableBeanFactory()), out, err);
		StoreOptions store = storeToStart(parsing, args);
		if (store == null) {
			return parsing.execute(args);
		}
		ConfigurableApplicationContext context;
		try {
			context = store.startQuietly();
		}
		catch (RuntimeException ex) {
			err.println("error: " + Failures.oneLine(ex));
			err.flush();
			return 1;
		}
		try (context) {
			return run(context.getBean(CommandFactory.class), out, err, args);
		}
	}

	/**
	 * Runs a command line whose commands {@code factory} creates, on the application it
	 * belongs to.
	 */
	static int run(CommandFactory factory, PrintWriter out, PrintWriter err, String... args) {
		return commandLine(factory, out, err).execute(args);
	}

	/**
	 * The store options of a command on the knowledge base that is to run, or null if
	 * nothing needs starting.
	 */
	private static @Nullable StoreOptions storeToStart(CommandLine parsing, String... args) {
		ParseResult result;
		try {
			result = parsing.parseArgs(args);
		}
		catch (ParameterException ex) {
			return null;
		}
		while (true) {
			if (result.isUsageHelpRequested() || result.isVersionHelpRequested()) {
				return null;
			}
			if (!result.hasSubcommand()) {
				break;
			}
			result = result.subcommand();
		}
		return result.commandSpec().userObject() instanceof KnowledgeBaseCommand command ? command.storeOptions()
				: null;
	}

	/** A day as the options take it, with an error that says what is wrong in words. */
	static LocalDate day(String text) {
		if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			throw new TypeConversionException(text + " is not a day in the form YYYY-MM-DD, e.g. 2025-02-28");
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new TypeConversionException(text + " is not a valid day (months 01 to 12, days that month has)");
		}
	}

	private static CommandLine commandLine(CommandLine.IFactory factory, PrintWriter out, PrintWriter err) {
		return new CommandLine(ApparatusCli.class, factory).registerConverter(LocalDate.class, ApparatusCli::day)
			.setOut(out)
			.setErr(err)
			.setCaseInsensitiveEnumValuesAllowed(true)
			.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
				commandLine.getErr().println("error: " + Failures.oneLine(ex));
				return 1;
			});
	}

}
