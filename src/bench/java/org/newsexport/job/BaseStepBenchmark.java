package org.newsexport.job;

import java.io.OutputStream;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;

import org.apache.hadoop.fs.FileSystem;
import org.newsexport.bench.Heap;
import org.newsexport.read.FileChange;
import org.newsexport.write.Datasets;
import org.newsexport.write.ExportLayout;
import org.newsexport.write.OutputFileSystems;
import org.newsexport.write.ParquetDatasetWriter;
import org.newsexport.write.ParquetOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Time and heap of the {@code base} step of an incremental export over a published export
 * of many files; prints figures. Run it from the project folder with
 *
 * <pre>
 * bench/run.sh BaseStepBenchmark [FILES]    # default 200000
 * </pre>
 */
public final class BaseStepBenchmark {

	private BaseStepBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path tmp = Files.createTempDirectory("base-step-benchmark");
		try {
			run(args.length > 0 ? Integer.parseInt(args[0]) : 200_000, tmp);
		}
		finally {
			FileSystemUtils.deleteRecursively(tmp);
		}
	}

	private static void run(int files, Path tmp) throws Exception {
		Path root = Files.createDirectories(tmp.resolve("out"));
		try (FileSystem fs = OutputFileSystems.get(root.toUri(), OutputFileSystems.newConfiguration())) {
			ExportLayout output = new ExportLayout(new org.apache.hadoop.fs.Path(root.toUri()));
			try (ParquetDatasetWriter writer = new ParquetDatasetWriter(fs, output.parquetDir(Datasets.FILES),
					Datasets.FILES, ParquetOptions.defaults(), "part")) {
				writer.restore(0, 0);
				for (int i = 0; i < files; i++) {
					writer.write(Datasets.fileRow(path(i), sha256(i), 4000L + i, Datasets.ARTICLE, null, 1L));
				}
				writer.seal();
			}
			try (OutputStream manifest = fs.create(output.manifest())) {
				String columns = Arrays.stream(Datasets.FILES.columnNames())
					.map(name -> "{\"name\": \"" + name + "\"}")
					.collect(Collectors.joining(", "));
				manifest.write(("{\"job_execution_id\": 1, \"parameters\": {\"input.dir\": \"/in\", \"rules.sha256\": "
						+ "\"r\", \"export.sequence\": \"1\"}, \"datasets\": [{\"name\": \"files\", " + "\"columns\": ["
						+ columns + "]}]}")
					.getBytes(StandardCharsets.UTF_8));
			}
			fs.create(output.success()).close();
			ExportLayout staging = output.staging(2);
			BaseExportTasklet step = new BaseExportTasklet(true, fs, output, staging, "/in", "r");

			System.gc();
			long heapBefore = Heap.used();
			Heap.resetPeaks();
			long started = System.nanoTime();
			IncrementalBase base = step.find();
			double readSeconds = (System.nanoTime() - started) / 1e9;
			if (base == null) {
				throw new IllegalStateException("the base step found no base export (see the log line above)");
			}
			long peak = Heap.peak();
			System.gc();
			long retained = Heap.used() - heapBefore;
			base.save(fs, staging);
			long snapshotBytes = fs.getFileStatus(staging.baseFiles()).getLen();
			String[] hashes = new String[files];
			for (int i = 0; i < files; i++) {
				hashes[i] = sha256(i);
			}
			started = System.nanoTime();
			long unchanged = 0;
			for (int i = 0; i < files; i++) {
				unchanged += base.files().change(path(i), hashes[i]) == FileChange.UNCHANGED ? 1 : 0;
			}
			double lookupSeconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("base step: %,d files read into the index in %.2f s; heap retained %,d KB (%.1f bytes a "
					+ "file), peak %,d MB (before %,d MB); snapshot in staging %,d bytes; %,d lookups (%,d unchanged) "
					+ "in %.2f s%n", files, readSeconds, retained >> 10, (double) retained / files, peak >> 20,
					heapBefore >> 20, snapshotBytes, files, unchanged, lookupSeconds);
			Reference.reachabilityFence(base);
		}
	}

	private static String path(int i) {
		return "site-" + (i % 100) + "/2026/11/article-" + i + ".txt";
	}

	private static String sha256(int i) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Integer.toString(i).getBytes()));
	}

}
