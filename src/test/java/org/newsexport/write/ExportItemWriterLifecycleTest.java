package org.newsexport.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.article.Article;
import org.newsexport.article.ExportRecord;
import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;
import org.newsexport.article.Reject;
import org.newsexport.article.RejectReason;
import org.newsexport.read.ReadCheckpoint;
import org.newsexport.support.DuckDb;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The writer as an {@code ItemStream} over a restart, in the manner of Spring Batch's own
 * {@code testRestart} of its item writers: opened, two chunks written, the state saved
 * ({@code update}) and the writer closed; a new writer opened with the saved context goes
 * on where reading resumes (as the reader would, from the checkpoint) to the end of the
 * input. The staged parts, read back with DuckDB in both formats, hold every input file's
 * rows once, in input order. A writer closed without saving its state, as a killed run
 * never saves it, leaves nothing a restart keeps: neither the rows of a chunk in an open
 * part nor a part sealed after the last save.
 */
class ExportItemWriterLifecycleTest {

	/** Files per chunk ({@code export.commit-interval}). */
	private static final int CHUNK = 2;

	/**
	 * Below the rows of two long articles, above those of any number of rejects here: a
	 * size seals the first only.
	 */
	private static final long PART_TARGET_BYTES = 20_000;

	private static final Duration NEVER = Duration.ofDays(1);

	@TempDir
	java.nio.file.Path tmp;

	private final FileSystem fs = OutputFileSystems.get(URI.create("file:///"), OutputFileSystems.newConfiguration());

	/**
	 * The input files in input order: chunks (of two) of long articles, then of rejects,
	 * then a mix with short articles.
	 */
	private final List<ExportRecord> input = List.of(longArticle("f00"), longArticle("f01"), longArticle("f02"),
			longArticle("f03"), reject("f04"), reject("f05"), reject("f06"), reject("f07"), longArticle("f08"),
			article("f09", "A short article."), reject("f10"), article("f11", "Another short article."));

	@AfterEach
	void closeFileSystem() throws IOException {
		fs.close();
	}

	@Test
	void aRestartFromTheSavedContextWritesEveryFileOnceInOrder() throws Exception {
		ReadCheckpoint checkpoint = new ReadCheckpoint();
		ExportItemWriter writer = writer(checkpoint, NEVER);
		ExecutionContext context = new ExecutionContext();
		writer.open(context);
		assertThat(checkpoint.resumeAfter()).isNull();
		writer.write(chunk(0));
		// waits for the first chunk, written and sealed by its size
		writer.write(chunk(1));
		writer.update(context);
		writer.close();

		ExecutionContext saved = saved(context);
		// The second chunk is sealed too if it was written before the update, which does
		// not wait for it.
		assertThat(SealState.resumeAfter(saved)).isIn("f01.txt", "f03.txt");
		assertThat(SealState.sealedRows(saved, Datasets.FILES))
			.isEqualTo(SealState.resumeAfter(saved).equals("f01.txt") ? 2 : 4);

		ExecutionContext end = resumeToTheEnd(saved, NEVER);
		assertThat(SealState.resumeAfter(end)).isEqualTo("f11.txt");
		assertThat(SealState.sealedRows(end, Datasets.FILES)).isEqualTo(input.size());
		assertEveryFileOnceInOrder();
	}

	@Test
	void theRowsOfAChunkWrittenAfterTheLastSaveAreNotKeptWhenTheWriterIsClosedWithoutSaving() throws Exception {
		ExecutionContext context = new ExecutionContext();
		ExportItemWriter writer = writer(new ReadCheckpoint(), NEVER);
		writer.open(context);
		writer.write(chunk(0));
		writer.write(chunk(1));
		writer.update(context);
		writer.write(chunk(2)); // rejects: too few bytes to seal the open parts
		writer.write(chunk(3)); // waits for the third chunk to be written
		writer.close(); // killed: no update after the third chunk

		// The rejects were written to open parts only, which closing discards.
		assertThat(parquetParts(Datasets.REJECTS)).isZero();
		assertThat(parquetParts(Datasets.FILES)).isEqualTo(2);

		resumeToTheEnd(saved(context), NEVER);
		assertEveryFileOnceInOrder();
	}

	@Test
	void thePartsSealedAfterTheLastSaveAreDeletedWhenTheWriterIsReopened() throws Exception {
		ExecutionContext context = new ExecutionContext();
		// seals after every chunk
		ExportItemWriter writer = writer(new ReadCheckpoint(), Duration.ofNanos(1));
		writer.open(context);
		writer.write(chunk(0));
		writer.write(chunk(1));
		writer.update(context);
		for (int chunk = 2; chunk < input.size() / CHUNK; chunk++) {
			// waits for the one before to be written and sealed
			writer.write(chunk(chunk));
		}
		writer.close(); // killed: no update after the second chunk

		ExecutionContext saved = saved(context);
		int savedParts = SealState.sealedParts(saved, Datasets.FILES, SealState.PARQUET);
		assertThat(savedParts).isBetween(1, 2);
		// The later chunks' rows are in sealed parts that the saved state does not count:
		// five parts at least, more than the restart (sealing by size only) makes, so a
		// part it does not delete would stay.
		assertThat(parquetParts(Datasets.FILES)).isGreaterThanOrEqualTo(5);
		assertThat(parquetParts(Datasets.REJECTS)).isPositive();

		resumeToTheEnd(saved, NEVER);
		assertThat(parquetParts(Datasets.FILES)).isLessThan(5);
		assertEveryFileOnceInOrder();
	}

	private ExportItemWriter writer(ReadCheckpoint checkpoint, Duration sealInterval) {
		ExportItemWriter writer = new ExportItemWriter(fs, staging(), checkpoint, ParquetOptions.defaults(),
				PART_TARGET_BYTES, -1, 1, Instant.parse("2026-01-01T00:00:00Z"), 1, null, null, new WriteTimes());
		writer.setSealInterval(sealInterval);
		return writer;
	}

	private ExportLayout staging() {
		return new ExportLayout(new Path(tmp.resolve("staging").toUri()));
	}

	/**
	 * A new writer opened with the saved context, given the files after its checkpoint in
	 * chunks, a commit ({@code update}) after each, the last chunk at the end of the
	 * input; then closed.
	 * @return the context of the last commit
	 */
	private ExecutionContext resumeToTheEnd(ExecutionContext saved, Duration sealInterval) throws Exception {
		ReadCheckpoint checkpoint = new ReadCheckpoint();
		ExportItemWriter writer = writer(checkpoint, sealInterval);
		writer.open(saved);
		try {
			List<ExportRecord> rest = after(checkpoint.resumeAfter());
			assertThat(rest).isNotEmpty();
			for (int from = 0; from < rest.size(); from += CHUNK) {
				int to = Math.min(from + CHUNK, rest.size());
				if (to == rest.size()) {
					// the reader handed out its last file
					checkpoint.markInputExhausted();
				}
				writer.write(new Chunk<>(rest.subList(from, to)));
				writer.update(saved);
			}
		}
		finally {
			writer.close();
		}
		return saved;
	}

	/**
	 * The input files after {@code resumeAfter}, as the reader gives them on a restart.
	 */
	private List<ExportRecord> after(String resumeAfter) {
		return input.stream()
			.filter(record -> resumeAfter == null || record.sourcePath().compareTo(resumeAfter) > 0)
			.toList();
	}

	private void assertEveryFileOnceInOrder() throws Exception {
		ExportLayout staging = staging();
		java.nio.file.Path root = tmp.resolve("staging");
		for (DatasetSchema schema : DatasetOutputs.DATASETS) {
			CsvDatasetWriter.assemble(fs, staging.csvPartsDir(schema), staging.csvFile(schema), schema);
		}
		List<String> paths = input.stream().map(ExportRecord::sourcePath).toList();
		List<String> articles = input.stream().filter(Article.class::isInstance).map(ExportRecord::sourcePath).toList();
		List<String> docIds = articles.stream().map(path -> path.replace(".txt", "")).toList();
		List<String> rejects = input.stream().filter(Reject.class::isInstance).map(ExportRecord::sourcePath).toList();
		try (DuckDb duckDb = new DuckDb()) {
			for (String format : List.of(SealState.PARQUET, SealState.CSV)) {
				assertThat(column(duckDb, root, format, "files", "source_path")).as(format + " files").isEqualTo(paths);
				assertThat(column(duckDb, root, format, "articles", "source_path")).as(format + " articles")
					.isEqualTo(articles);
				assertThat(column(duckDb, root, format, "paragraphs", "doc_id")).as(format + " paragraphs")
					.isEqualTo(docIds);
				assertThat(column(duckDb, root, format, "rejects", "source_path")).as(format + " rejects")
					.isEqualTo(rejects);
			}
		}
	}

	/**
	 * A column of a staged dataset, in the order of the rows in the files (Parquet parts
	 * in name order).
	 */
	private static List<String> column(DuckDb duckDb, java.nio.file.Path root, String format, String dataset,
			String column) throws Exception {
		String select = format.equals(SealState.PARQUET)
				? "SELECT " + column + " FROM read_parquet("
						+ DuckDb.literal(root.resolve("parquet").resolve(dataset).resolve("*.parquet"))
						+ ", filename = true, file_row_number = true) ORDER BY filename, " + "file_row_number"
				: "SELECT " + column + " FROM " + DuckDb.csv(root, dataset);
		return duckDb.rows(select).stream().map(row -> (String) row.get(0)).toList();
	}

	/** The sealed Parquet parts of a dataset in staging. */
	private long parquetParts(DatasetSchema schema) throws IOException {
		java.nio.file.Path dir = tmp.resolve("staging").resolve("parquet").resolve(schema.name());
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (Stream<java.nio.file.Path> files = Files.list(dir)) {
			return files.filter(file -> file.getFileName().toString().matches("part-\\d{5}\\.parquet")).count();
		}
	}

	/**
	 * The context as the job repository gives it back to a restart: serialized and read
	 * again.
	 */
	private static ExecutionContext saved(ExecutionContext context) throws IOException {
		DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		serializer.serialize(context.toMap(), bytes);
		Map<String, Object> values = serializer.deserialize(new ByteArrayInputStream(bytes.toByteArray()));
		return new ExecutionContext(values);
	}

	private Chunk<ExportRecord> chunk(int index) {
		return new Chunk<>(input.subList(index * CHUNK, (index + 1) * CHUNK));
	}

	private static Article longArticle(String name) {
		StringBuilder text = new StringBuilder();
		for (int sentence = 0; text.length() < 12_000; sentence++) {
			text.append("Sentence ").append(sentence).append(" of the long article ").append(name).append(". ");
		}
		return article(name, text.toString());
	}

	private static Article article(String name, String text) {
		return new Article(name, name + ".txt", "0".repeat(64), text.length(), "Title of " + name, null, null, null,
				"en", null, List.of(new Paragraph(0, ParagraphKind.BODY, text)), List.of(), List.of());
	}

	private static Reject reject(String name) {
		return new Reject(name + ".txt", RejectReason.EMPTY, null);
	}

}
