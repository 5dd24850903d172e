package org.newsexport.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.hadoop.fs.FileSystem;
import org.newsexport.article.SourceItem;
import org.newsexport.article.SourceText;
import org.newsexport.read.InputFileReader;
import org.newsexport.read.ReadCheckpoint;
import org.newsexport.write.Column;
import org.newsexport.write.ColumnType;
import org.newsexport.write.DatasetSchema;
import org.newsexport.write.OutputFileSystems;
import org.newsexport.write.ParquetDatasetWriter;
import org.newsexport.write.ParquetOptions;

/**
 * The bare writer, the benchmark's lower bound for the job: reads the input as the job
 * does ({@link InputFileReader}: the sorted walk, size check, decoding, SHA-256) and
 * writes each decoded text, uncleaned, as {@code (doc_id, body)} to one Parquet part with
 * the job's writer and settings. No cleaning, no CSV, no Spring, no job repository.
 * Prints MB/s and files/s. Usage: {@code BareWriter --input DIR --output DIR}
 * (bench/benchmark.py runs it).
 */
public final class BareWriter {

	public static final String INPUT = "input";

	public static final String OUTPUT = "output";

	static final DatasetSchema SCHEMA = new DatasetSchema("bare",
			List.of(Column.required("doc_id", ColumnType.STRING), Column.required("body", ColumnType.STRING)));

	/** The job's default export.max-file-size. */
	private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

	private static final Set<String> OPTIONS = Set.of(INPUT, OUTPUT);

	private final Map<String, String> options;

	public BareWriter(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * The program on these arguments: its exit code (2 for a bad command line, see
	 * {@link BenchCommandLine}).
	 */
	static int run(String[] args, PrintStream out, PrintStream err) {
		return BenchCommandLine.run("bare-writer", () -> new BareWriter(BenchCommandLine.parse(args, OPTIONS)).run(out),
				err);
	}

	/**
	 * @throws IllegalArgumentException for a missing option or input directory
	 */
	public void run(PrintStream out) {
		String input = options.get(INPUT);
		String output = options.get(OUTPUT);
		if (input == null || output == null) {
			throw new IllegalArgumentException("missing --input DIR or --output DIR");
		}
		Path inputDir = Path.of(input);
		if (!Files.isDirectory(inputDir)) {
			throw new IllegalArgumentException("input directory does not exist: " + inputDir);
		}
		long started = System.nanoTime();
		long files = 0;
		long bytes = 0;
		long rows;
		Path outputDir = Path.of(output).toAbsolutePath();
		try (FileSystem fs = OutputFileSystems.get(outputDir.toUri(), OutputFileSystems.newConfiguration());
				ParquetDatasetWriter writer = new ParquetDatasetWriter(fs,
						new org.apache.hadoop.fs.Path(outputDir.toUri()), SCHEMA, ParquetOptions.defaults(), "part")) {
			writer.restore(0, 0);
			InputFileReader reader = new InputFileReader(inputDir, new ReadCheckpoint(), MAX_FILE_BYTES);
			for (SourceItem item = reader.read(); item != null; item = reader.read()) {
				files++;
				if (item instanceof SourceText text) {
					bytes += text.bytes();
					writer.write(new Object[] { text.docId(), text.text() });
				}
			}
			writer.seal();
			writer.sealEmptyPartIfNone();
			rows = writer.sealedRows();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex.getMessage(), ex);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		out.printf("bare-writer: %d files, %.1f MB in %.2f s: %.1f MB/s, %.0f files/s; %d rows into %s%n", files,
				bytes / 1e6, seconds, bytes / 1e6 / seconds, files / seconds, rows,
				outputDir.resolve("part-00000.parquet"));
	}

}
