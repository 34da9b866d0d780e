package org.apparatus.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import static org.awaitility.Awaitility.await;

/**
 * A class of this project run as a separate JVM, as a user runs the jar: its output lines
 * are collected (stdout and stderr together), it can be waited for or killed with
 * SIGKILL.
 */
public final class JavaProcess implements AutoCloseable {

	private static final Duration POLL = Duration.ofMillis(50);

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private volatile boolean outputEnded;

	private JavaProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(() -> {
			try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					this.lines.add(line);
				}
			}
			catch (IOException ex) {
				// the process is gone
			}
			finally {
				this.outputEnded = true;
			}
		});
		reader.setDaemon(true);
		reader.start();
	}

	/** Runs the command line ({@link ApparatusCli}) with these arguments. */
	public static JavaProcess cli(String... args) {
		return start(ApparatusCli.class.getName(), args);
	}

	public static JavaProcess start(String mainClass, String... args) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
						System.getProperty("java.class.path"), mainClass));
		command.addAll(List.of(args));
		try {
			return new JavaProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits for a line of output that matches, and returns it; fails as soon as the
	 * output ends without one.
	 */
	public String awaitLine(Predicate<String> matching, Duration timeout) {
		try {
			return await().atMost(timeout)
				.pollInterval(POLL)
				.failFast(() -> this.outputEnded && firstLine(matching) == null)
				.until(() -> firstLine(matching), Objects::nonNull);
		}
		catch (ConditionTimeoutException | TerminalFailureException ex) {
			throw new AssertionError("no such line within " + timeout + "; output:\n" + output(), ex);
		}
	}

	private String firstLine(Predicate<String> matching) {
		return this.lines.stream().filter(matching).findFirst().orElse(null);
	}

	/**
	 * Waits for the process to end and for the last of its output, and returns its exit
	 * status.
	 */
	public int exitStatus(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("still running after " + timeout + "; output:\n" + output());
		}
		await().atMost(Duration.ofSeconds(10)).pollInterval(POLL).until(() -> this.outputEnded);
		return this.process.exitValue();
	}

	/** Kills the process the hard way (SIGKILL): no shutdown hook, no clean close. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	public String output() {
		return String.join("\n", this.lines);
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
