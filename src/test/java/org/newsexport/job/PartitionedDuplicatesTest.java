package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.dedup.MinHashParameters;
import org.newsexport.support.DuckDb;
import org.newsexport.support.StepRuns;
import org.newsexport.support.FaultyFileSystem;
import org.newsexport.support.TestCorpus;
import org.newsexport.write.ExportLayout;
import org.newsexport.write.OutputFileSystems;
import org.newsexport.write.ParquetOptions;

/**
 * The duplicates step split into partitions that sketch ranges of the staged articles'
 * parts on threads of one process: the {@code duplicates} dataset is the same, row for
 * row and in order, for 1, 3 and 7 partitions, and the same as one pass over the articles
 * in one process computes.
 */
class PartitionedDuplicatesTest {

	private static final List<String> IDENTITY = List.of("job_execution_id", "exported_at", "export_sequence");

	@TempDir
	Path tmp;

	private final CliRun cli = CliRun.inFolder(() -> tmp.resolve("repository"));

	@Test
	void theDuplicatesOfAnyNumberOfPartitionsAreTheDuplicatesOfOnePass() throws Exception {
		// copies of the five seeds, each with its own headline and sentence: five
		// clusters of near-duplicates
		Path input = TestCorpus.generate(tmp.resolve("input"), 45);
		Files.copy(input.resolve("article-00007.txt"), input.resolve("article-00007-copy.txt"));
		Map<Integer, Path> outputs = new TreeMap<>();
		for (int partitions : new int[] { 1, 3, 7 }) {
			Path output = tmp.resolve("partitions-" + partitions);
			CliRun partitioned = CliRun.inFolder(tmp.resolve("repository-" + partitions));
			assertThat(partitioned.export(input, output, "--export.partitions=" + partitions, "--export.threads=2",
					"--commit-interval", "2", "--part-size", "1KB"))
				.as(partitioned.err())
				.isZero();
			assertThat(partitionExecutions("repository-" + partitions)).as("%d partitions", partitions)
				.hasSize(partitions)
				.allSatisfy((name, executions) -> assertThat(executions).isEqualTo(1));
			assertThat(Files.exists(output.resolve(".staging"))).isFalse();
			outputs.put(partitions, output);
		}
		Path reference = outputs.get(1);
		try (var parts = Files.list(reference.resolve("parquet/articles"))) {
			assertThat(parts.count()).as("article parts, for ranges of several parts").isGreaterThan(7);
		}
		List<List<Object>> expected = duplicates(reference);
		assertThat(expected).as("every article, in five clusters").hasSize(46);
		assertThat(expected.stream().map(row -> row.get(1)).distinct()).hasSize(5);
		assertThat(expected).filteredOn(row -> Boolean.TRUE.equals(row.get(5))).as("exact duplicates").isNotEmpty();
		assertThat(expected).filteredOn(row -> Boolean.FALSE.equals(row.get(5))).as("near-duplicates").isNotEmpty();

		for (int partitions : new int[] { 3, 7 }) {
			try (DuckDb duckdb = new DuckDb()) {
				assertThat(duckdb.exportDifferencesInOrder(outputs.get(partitions), reference, IDENTITY))
					.as(partitions + " partitions")
					.isEmpty();
			}
			assertThat(duplicates(outputs.get(partitions))).isEqualTo(expected);
		}

		// One pass over the published articles, in one process, as the step did before it
		// had partitions.
		Path onePass = tmp.resolve("one-pass");
		try (FileSystem fs = OutputFileSystems.get(reference.toUri(), OutputFileSystems.newConfiguration())) {
			fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(reference.toUri()),
					new org.apache.hadoop.fs.Path(onePass.toUri()));
			fs.delete(new org.apache.hadoop.fs.Path(onePass.resolve("parquet/duplicates").toUri()), true);
			DuplicatesDataset dataset = new DuplicatesDataset(fs,
					new ExportLayout(new org.apache.hadoop.fs.Path(onePass.toUri())), ParquetOptions.defaults(),
					1 << 20, MinHashParameters.DEFAULTS, tmp, 1, 1L);
			assertThat(dataset.write()).isEqualTo(46);
		}
		assertThat(duplicates(onePass)).isEqualTo(expected);
	}

	@Test
	void aRerunAfterAFailedPartitionOrAFailedMergeRunsOnlyWhatFailedAndFindsTheSameDuplicates() throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), 30);
		String[] options = { "--export.partitions=3", "--commit-interval", "2", "--part-size", "1KB" };
		Path reference = tmp.resolve("reference");
		CliRun unpartitioned = CliRun.inFolder(tmp.resolve("reference"));
		assertThat(unpartitioned.export(input, reference, "--commit-interval", "2", "--part-size", "1KB"))
			.as(unpartitioned.err())
			.isZero();
		Path out = tmp.resolve("out");
		String output = "faultfs://" + out;
		try {
			FaultyFileSystem.failNextCreate("p-00001/_sketches.bin");
			assertThat(cli.export(input, output, options)).isEqualTo(1);
			assertThat(cli.err()).contains("Input/output error (injected)")
				.contains("run the same command again to resume")
				.hasLineCount(1);
			assertThat(partitionExecutions("repository")).containsOnlyKeys("duplicatesPartition:p-00000",
					"duplicatesPartition:p-00001", "duplicatesPartition:p-00002");

			// the failed partition runs again; then writing the dataset fails, after
			// every partition completed
			FaultyFileSystem.failNextCreate("/parquet/duplicates/");
			assertThat(cli.export(input, output, options)).isEqualTo(1);
			assertThat(cli.err()).contains("Input/output error (injected)").hasLineCount(1);
			assertThat(partitionExecutions("repository")).containsExactly(entry("duplicatesPartition:p-00000", 1),
					entry("duplicatesPartition:p-00001", 2), entry("duplicatesPartition:p-00002", 1));
			assertThat(out.resolve("_SUCCESS")).doesNotExist();
		}
		finally {
			FaultyFileSystem.failNextCreate(null);
		}

		// the dataset is written again from the partitions' sketches, and no partition
		// runs again
		assertThat(cli.export(input, output, options)).as(cli.err()).isZero();
		assertThat(partitionExecutions("repository").values()).containsExactly(1, 2, 1);
		assertThat(duplicates(out)).hasSize(30).isEqualTo(duplicates(reference));
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.exportDifferencesInOrder(out, reference, IDENTITY)).isEmpty();
		}
	}

	@Test
	void partitionsWithoutArticlePartsSketchNothing() throws Exception {
		Path output = tmp.resolve("out");
		assertThat(cli.export(TestCorpus.SEEDS, output, "--export.partitions=7")).as(cli.err()).isZero();

		try (var parts = Files.list(output.resolve("parquet/articles"))) {
			assertThat(parts.count()).as("fewer article parts than partitions").isLessThan(7);
		}
		assertThat(partitionExecutions("repository")).hasSize(7);
		assertThat(output.resolve("parquet/duplicates/part-00000.parquet")).exists();
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).isEqualTo(5);
			assertThat(duckdb.count(DuckDb.parquet(output, "duplicates"))).isZero();
		}
	}

	/** The rows of the Parquet {@code duplicates}, in their order. */
	private static List<List<Object>> duplicates(Path output) throws Exception {
		try (DuckDb duckdb = new DuckDb()) {
			return duckdb.rows("SELECT doc_id, cluster_id, duplicate_of, estimated_jaccard, exact_jaccard, "
					+ "exact_duplicate FROM read_parquet("
					+ DuckDb.literal(output.resolve("parquet/duplicates/*.parquet"))
					+ ", filename = true, file_row_number = true) ORDER BY filename, file_row_number");
		}
	}

	/** How many executions each partition of the step has in a job repository. */
	private Map<String, Integer> partitionExecutions(String repository) throws Exception {
		return StepRuns.partitionExecutions(tmp.resolve(repository), DuplicatesPartitions.WORKER_STEP);
	}

}
