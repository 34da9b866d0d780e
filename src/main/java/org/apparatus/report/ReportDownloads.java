package org.apparatus.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reports asked for over GraphQL or HTTP, written in the background and kept for a while
 * under an unguessable id, so that a client gets a download link at once (a report on a
 * large province with a scenario takes longer than a GraphQL request may) and fetches the
 * file when it is written. PDFs, the slow ones, are written one at a time by a writer of
 * their own, the other formats one at a time by another, so that a Markdown, JSON, HTML
 * or XLSX report never waits behind PDFs. At most {@value #KEPT} reports are kept, those
 * waiting to be written included: asking for one more forgets the oldest and, when it is
 * still waiting, cancels it (one being written is finished and dropped).
 */
@Component
public class ReportDownloads implements DisposableBean {

	/** At most this many reports are kept; the oldest go first. */
	static final int KEPT = 32;

	private final ReportBuilder builder;

	private final Duration keptFor;

	private final int kept;

	private final Clock clock;

	private final Map<String, Download> downloads = new ConcurrentHashMap<>();

	private final Map<String, Future<?>> writing = new ConcurrentHashMap<>();

	// One report at a time per writer: each holds the analysis (and a scenario's
	// transaction) in memory.
	private final ExecutorService pdfWriter = writer("report-writer-pdf");

	private final ExecutorService writer = writer("report-writer");

	@Autowired
	ReportDownloads(ReportBuilder builder, @Value("${apparatus.report.kept-for:1h}") Duration keptFor) {
		this(builder, keptFor, KEPT);
	}

	ReportDownloads(ReportBuilder builder, Duration keptFor, int kept) {
		this.builder = builder;
		this.keptFor = keptFor;
		this.kept = kept;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Checks the request (unknown unit or scenario are refused here, naming the argument)
	 * and queues the report for its writer.
	 */
	public Download start(ReportRequest request, ReportFormat format) {
		this.builder.check(request);
		forgetOld();
		Instant now = this.clock.instant();
		String id = UUID.randomUUID().toString();
		CompletableFuture<byte[]> content = new CompletableFuture<>();
		Download download = new Download(id, format, request, now, now.plus(this.keptFor), content);
		this.downloads.put(id, download);
		this.writing.put(id, writerOf(format).submit(() -> {
			try {
				if (!content.isDone()) {
					content.complete(format.render(this.builder.build(request)));
				}
			}
			catch (Throwable ex) {
				content.completeExceptionally(ex);
			}
			finally {
				this.writing.remove(id);
			}
		}));
		if (content.isDone()) {
			this.writing.remove(id);
		}
		return download;
	}

	/** A report asked for earlier and not yet forgotten. */
	public Optional<Download> find(String id) {
		forgetOld();
		return Optional.ofNullable(this.downloads.get(id));
	}

	/** The writer of reports of a format: PDFs have their own. */
	ExecutorService writerOf(ReportFormat format) {
		return format == ReportFormat.PDF ? this.pdfWriter : this.writer;
	}

	private synchronized void forgetOld() {
		Instant now = this.clock.instant();
		this.downloads.values().stream().filter(d -> d.expiresAt().isBefore(now)).toList().forEach(this::forget);
		while (this.downloads.size() >= this.kept) {
			this.downloads.values()
				.stream()
				.min(java.util.Comparator.comparing(Download::requestedAt))
				.ifPresent(this::forget);
		}
	}

	/**
	 * Forgets a report; one still waiting for its writer is cancelled. One being written
	 * is not interrupted (an interrupted thread would close the embedded database's
	 * files) but its file is dropped.
	 */
	private void forget(Download download) {
		this.downloads.remove(download.id());
		download.content()
			.completeExceptionally(new CancellationException("cancelled: more than " + (this.kept - 1)
					+ " newer reports were asked for before it was written; ask for it again"));
		Future<?> task = this.writing.remove(download.id());
		if (task != null) {
			task.cancel(false);
		}
	}

	@Override
	public void destroy() {
		this.pdfWriter.shutdownNow();
		this.writer.shutdownNow();
	}

	private static ExecutorService writer(String name) {
		return Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * A report being written or written.
	 *
	 * @param content the file's bytes once written; completes exceptionally when writing
	 * failed
	 */
	public record Download(String id, ReportFormat format, ReportRequest request, Instant requestedAt,
			Instant expiresAt, CompletableFuture<byte[]> content) {

		/**
		 * The file's name: {@code bao-cao-reform-2025-2025-07-01.pdf},
		 * {@code report-2025-07-01.xlsx}, {@code bao-cao-2025-02-28-2025-07-01.pdf} (a
		 * comparison)…
		 */
		public String fileName() {
			StringBuilder name = new StringBuilder("en".equals(this.request.language()) ? "report" : "bao-cao");
			if (this.request.scenario() != null) {
				name.append('-').append(this.request.scenario().replaceAll("[^A-Za-z0-9._-]", "_"));
			}
			if (this.request.compare() != null) {
				name.append('-').append(this.request.compare());
			}
			if (this.request.asOf() != null) {
				name.append('-').append(this.request.asOf());
			}
			return name.append('.').append(this.format.extension()).toString();
		}

		public boolean ready() {
			return this.content.isDone() && !this.content.isCompletedExceptionally();
		}

		/** Why the report could not be written, once that is known. */
		public @Nullable String failure() {
			if (!this.content.isCompletedExceptionally()) {
				return null;
			}
			try {
				this.content.join();
				return null;
			}
			catch (RuntimeException ex) {
				Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
				return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
			}
		}

		/** The file's size in bytes once written. */
		public @Nullable Integer size() {
			return ready() ? this.content.join().length : null;
		}

	}

}
