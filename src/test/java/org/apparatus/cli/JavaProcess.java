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
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A class of this project run as a separate JVM, as a user runs the jar: its output lines are
 * collected (stdout and stderr together), it can be waited for or killed with SIGKILL.
 */
public final class JavaProcess implements AutoCloseable {

	private final Process process;

	private final List<String> lines = new ArrayList<>();

	private JavaProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(() -> {
			try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					synchronized (this.lines) {
						this.lines.add(line);
						this.lines.notifyAll();
					}
				}
			}
			catch (IOException ex) {
				// the process is gone
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
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-cp", System.getProperty("java.class.path"), mainClass));
		command.addAll(List.of(args));
		try {
			return new JavaProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits for a line of output that matches, and returns it. */
	public String awaitLine(Predicate<String> matching, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lines) {
			int seen = 0;
			while (true) {
				for (; seen < this.lines.size(); seen++) {
					if (matching.test(this.lines.get(seen))) {
						return this.lines.get(seen);
					}
				}
				long left = deadline - System.nanoTime();
				if (left <= 0 || (!this.process.isAlive() && seen == this.lines.size())) {
					throw new AssertionError("no such line within " + timeout + "; output:\n" + output());
				}
				this.lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
			}
		}
	}

	/** Waits for the process to end and returns its exit status. */
	public int exitStatus(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("still running after " + timeout + "; output:\n" + output());
		}
		Thread.sleep(100);
		return this.process.exitValue();
	}

	/** Kills the process the hard way (SIGKILL): no shutdown hook, no clean close. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	public String output() {
		synchronized (this.lines) {
			return String.join("\n", this.lines);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
