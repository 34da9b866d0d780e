package org.apparatus.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apparatus.SeededKnowledgeBase;
import org.apparatus.report.ReportDownloads.Download;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background queue of reports: a small report does not wait behind PDFs, and the
 * queue is bounded, a report falling out of the list cancelled before it is written.
 */
@SeededKnowledgeBase
class ReportQueueTests {

	static final ReportRequest REQUEST = new ReportRequest(LocalDate.of(2025, 2, 28), null, null, "en");

	@Autowired
	ReportBuilder builder;

	@Test
	void aSmallReportDoesNotWaitBehindPdfsAndAReportFallingOutOfTheListIsCancelled() throws Exception {
		ReportDownloads downloads = new ReportDownloads(this.builder, Duration.ofHours(1), 3);
		CountDownLatch pdfWriterBusy = new CountDownLatch(1);
		try {
			downloads.writerOf(ReportFormat.PDF).submit(() -> {
				pdfWriterBusy.await();
				return null;
			});
			Download pdf = downloads.start(REQUEST, ReportFormat.PDF);
			Download markdown = downloads.start(REQUEST, ReportFormat.MD);

			assertThat(new String(markdown.content().get(2, TimeUnit.MINUTES))).contains("2025-02-28");
			assertThat(pdf.content()).as("the PDF still waits for its writer").isNotDone();

			downloads.start(REQUEST, ReportFormat.JSON);
			downloads.start(REQUEST, ReportFormat.JSON);
			assertThat(downloads.find(pdf.id())).as("the oldest report is forgotten").isEmpty();
			assertThat(pdf.content()).isCancelled();
			assertThat(pdf.failure()).startsWith("cancelled: ");
			assertThat(downloads.find(markdown.id())).isEmpty();
		}
		finally {
			pdfWriterBusy.countDown();
			downloads.destroy();
		}
	}

}
