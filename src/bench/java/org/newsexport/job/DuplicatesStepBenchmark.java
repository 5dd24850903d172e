package org.newsexport.job;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

import org.apache.hadoop.fs.FileSystem;
import org.newsexport.article.Article;
import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;
import org.newsexport.bench.Heap;
import org.newsexport.dedup.MinHashParameters;
import org.newsexport.write.Datasets;
import org.newsexport.write.ExportLayout;
import org.newsexport.write.OutputFileSystems;
import org.newsexport.write.ParquetDatasetWriter;
import org.newsexport.write.ParquetOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Time (wall, and the process's CPU: the JIT compilers and the collector included) and
 * heap of the duplicates step on generated articles; prints figures, and a hash of the
 * rows. Run it from the project folder with
 *
 * <pre>
 * JAVA_OPTS=-Xmx64m bench/run.sh DuplicatesStepBenchmark [ARTICLES[,ARTICLES...]]    # default 20000
 * </pre>
 *
 * The articles are made from the seeds' paragraphs: 75% new ones (paragraphs shuffled, a
 * quarter of the words replaced: unrelated to each other), 10% exact copies and 15% light
 * edits (one to four words) of earlier ones. They are written straight into a staged
 * {@code articles} dataset (row groups of 16 MB, parts of 64 MB), then the step runs as
 * in the job.
 */
public final class DuplicatesStepBenchmark {

	/**
	 * Row groups of 16 MB, so that a small heap can run the benchmark: the Parquet writer
	 * holds a row group in memory, and the step's reader one row group's compressed
	 * doc_id and body columns.
	 */
	private static final ParquetOptions ARTICLE_PARTS = ParquetOptions.defaults().withRowGroupSize(16L << 20);

	private DuplicatesStepBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path tmp = Files.createTempDirectory("duplicates-step-benchmark");
		try {
			run(args.length > 0 ? args[0] : "20000", tmp);
		}
		finally {
			FileSystemUtils.deleteRecursively(tmp);
		}
	}

	private static void run(String sizes, Path tmp) throws IOException {
		List<List<String>> seeds = seedParagraphs();
		for (String size : sizes.split(",")) {
			int articles = Integer.parseInt(size.strip());
			Path root = Files.createDirectories(tmp.resolve("staging-" + articles));
			try (FileSystem fs = OutputFileSystems.get(root.toUri(), OutputFileSystems.newConfiguration())) {
				ExportLayout staging = new ExportLayout(new org.apache.hadoop.fs.Path(root.toUri()));
				long bodyBytes = writeArticles(fs, staging, seeds, articles);
				DuplicatesDataset step = new DuplicatesDataset(fs, staging, ParquetOptions.defaults(), 128L << 20,
						MinHashParameters.DEFAULTS, tmp, Runtime.getRuntime().availableProcessors(), 1L);

				System.gc();
				long heapBefore = Heap.used();
				Heap.resetPeaks();
				OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
				long cpu = os.getProcessCpuTime();
				long started = System.nanoTime();
				long rows = step.write();
				double seconds = (System.nanoTime() - started) / 1e9;
				double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
				long peak = Heap.peak();
				System.out.printf("duplicates step: %,d articles (%,d MB of body text), %,d rows in %.2f s, "
						+ "process cpu %.2f s (%,.0f articles/s); heap before %,d MB, peak %,d MB (max heap %,d MB); "
						+ "signatures %,d bytes per article in a mapped temporary file; rows %s%n", articles,
						bodyBytes >> 20, rows, seconds, cpuSeconds, articles / seconds, heapBefore >> 20, peak >> 20,
						Runtime.getRuntime().maxMemory() >> 20, 4 * MinHashParameters.DEFAULTS.permutations(),
						csvHash(Path.of(staging.csvPartsDir(Datasets.DUPLICATES).toUri())));
			}
		}
	}

	/**
	 * A hash of the dataset's CSV parts, in the order of their names: the same rows
	 * (pairs, clusters, similarities) give the same hash, so that a change meant to make
	 * the step faster can show it found the same duplicates.
	 */
	private static String csvHash(Path csvParts) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		try (Stream<Path> parts = Files.list(csvParts)) {
			for (Path part : parts.filter(part -> !part.getFileName().toString().startsWith(".")).sorted().toList()) {
				digest.update(Files.readAllBytes(part));
			}
		}
		return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
	}

	private static long writeArticles(FileSystem fs, ExportLayout staging, List<List<String>> seeds, int count)
			throws IOException {
		long bytes = 0;
		Instant now = Instant.now();
		try (ParquetDatasetWriter writer = new ParquetDatasetWriter(fs, staging.parquetDir(Datasets.ARTICLES),
				Datasets.ARTICLES, ARTICLE_PARTS, "part")) {
			writer.restore(0, 0);
			for (int i = 0; i < count; i++) {
				List<String> paragraphs = articleParagraphs(seeds, i);
				List<Paragraph> kept = new ArrayList<>();
				for (String text : paragraphs) {
					kept.add(new Paragraph(kept.size(), ParagraphKind.BODY, text));
					bytes += text.length();
				}
				String docId = String.format("article-%07d", i);
				Article article = new Article(docId, docId + ".txt", "0".repeat(64), 0, null, null, null, null, null,
						null, kept, List.of(), List.of());
				writer.write(Datasets.articleRow(article, 1L, now, 1L));
				if (writer.bufferedBytes() >= 64L << 20) {
					writer.seal();
				}
			}
			writer.seal();
		}
		return bytes;
	}

	/** The paragraphs of generated article {@code i}, a function of {@code i} alone. */
	private static List<String> articleParagraphs(List<List<String>> seeds, int i) {
		Random random = new Random(i * 0x9e3779b97f4a7c15L);
		int kind = random.nextInt(100);
		if (i == 0 || kind >= 25) {
			return newArticle(seeds, i);
		}
		int original = random.nextInt(i);
		while (original > 0 && new Random(original * 0x9e3779b97f4a7c15L).nextInt(100) < 25) {
			original--; // copies are made of new articles only
		}
		List<String> paragraphs = newArticle(seeds, original);
		if (kind < 10) {
			return paragraphs;
		}
		List<String> edited = new ArrayList<>(paragraphs);
		for (int edit = 1 + random.nextInt(4); edit > 0; edit--) {
			int p = random.nextInt(edited.size());
			String[] words = edited.get(p).split(" ");
			words[random.nextInt(words.length)] = "edited" + random.nextInt(1000);
			edited.set(p, String.join(" ", words));
		}
		return edited;
	}

	private static List<String> newArticle(List<List<String>> seeds, int i) {
		Random random = new Random(i);
		List<String> paragraphs = new ArrayList<>(seeds.get(random.nextInt(seeds.size())));
		Collections.shuffle(paragraphs, random);
		List<String> result = new ArrayList<>();
		for (String paragraph : paragraphs) {
			String[] words = paragraph.split(" ");
			for (int w = 0; w < words.length; w++) {
				if (random.nextInt(4) == 0) {
					words[w] = "word" + random.nextInt(20_000);
				}
			}
			result.add(String.join(" ", words));
		}
		return result;
	}

	private static List<List<String>> seedParagraphs() throws IOException {
		List<List<String>> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			for (Path seed : files.sorted().toList()) {
				seeds.add(Arrays.stream(Files.readString(seed).split("\\R"))
					.map(String::strip)
					.filter(line -> line.split(" ").length >= 8)
					.toList());
			}
		}
		return seeds;
	}

}
