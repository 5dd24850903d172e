package org.newsexport.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.article.ExportRecord;
import org.newsexport.article.Reject;
import org.newsexport.article.RejectReason;
import org.newsexport.read.ReadCheckpoint;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * {@code export.seal-interval}: parts that fill slowly are sealed by time as well as by
 * size, so that the chunks a commit saves are durable (and a killed run redoes at most
 * about one interval) however large {@code part-size} is.
 */
class ExportItemWriterSealTest {

	@TempDir
	java.nio.file.Path tmp;

	@AutoClose
	private final FileSystem fs = OutputFileSystems.get(URI.create("file:///"), OutputFileSystems.newConfiguration());

	@Test
	void chunksAreSealedOnceTheIntervalHasPassedThoughThePartsAreFarFromFull() throws Exception {
		ExecutionContext context = writeTwoChunks(Duration.ofNanos(1));
		// The first chunk is written (the second waited for it) and sealed: its rows and
		// checkpoint are saved.
		assertThat(SealState.sealedRows(context, Datasets.REJECTS)).isGreaterThanOrEqualTo(1);
		assertThat(SealState.resumeAfter(context)).isIn("a.txt", "b.txt");
		assertThat(Files.list(tmp.resolve("staging/parquet/rejects")).map(path -> path.getFileName().toString()))
			.contains("part-00000.parquet");
	}

	@Test
	void withoutTheIntervalOnlyTheSizeSeals() throws Exception {
		ExecutionContext context = writeTwoChunks(Duration.ofHours(1));
		assertThat(SealState.sealedRows(context, Datasets.REJECTS)).isZero();
		assertThat(SealState.resumeAfter(context)).isNull();
	}

	private ExecutionContext writeTwoChunks(Duration sealInterval) throws Exception {
		ExportLayout staging = new ExportLayout(new Path(tmp.resolve("staging").toUri()));
		ExportItemWriter writer = new ExportItemWriter(fs, staging, new ReadCheckpoint(), ParquetOptions.defaults(),
				Long.MAX_VALUE, -1, 1, Instant.parse("2026-01-01T00:00:00Z"), 1, null, null, new WriteTimes());
		writer.setSealInterval(sealInterval);
		ExecutionContext context = new ExecutionContext();
		writer.open(context);
		try {
			writer.write(chunk(new Reject("a.txt", RejectReason.EMPTY, null)));
			// waits for the first to be written
			writer.write(chunk(new Reject("b.txt", RejectReason.EMPTY, null)));
			writer.update(context);
		}
		finally {
			writer.close();
		}
		return context;
	}

	private static Chunk<ExportRecord> chunk(ExportRecord record) {
		return new Chunk<>(List.of(record));
	}

}
