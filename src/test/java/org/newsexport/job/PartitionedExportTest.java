package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;
import org.newsexport.support.StepRuns;
import org.newsexport.support.TestCorpus;
import org.newsexport.write.ExportIdentity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export step split into partitions that run on threads of one process: the published
 * export is the one a single partition makes, row for row and in order; the reject limit
 * counts over all partitions; and a rerun after a failed partition runs that partition
 * again, not the ones that completed.
 */
class PartitionedExportTest {

	private static final List<String> IDENTITY = List.of("job_execution_id", "exported_at", "export_sequence");

	@TempDir
	Path tmp;

	private final CliRun cli = CliRun.inFolder(() -> tmp.resolve("repository"));

	@Test
	void partitionsOnThreadsMakeTheSameExportAsOnePartition() throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), 37);
		Path reference = tmp.resolve("reference");
		CliRun onePartition = CliRun.inFolder(tmp.resolve("reference"));
		assertThat(onePartition.export(input, reference, "--export.threads=1")).as(onePartition.err()).isZero();

		for (int partitions : new int[] { 4, 60 }) {
			Path output = tmp.resolve("partitions-" + partitions);
			CliRun partitioned = CliRun.inFolder(tmp.resolve("repository-" + partitions));
			assertThat(partitioned.export(input, output, "--export.partitions=" + partitions, "--export.threads=2",
					"--commit-interval", "3"))
				.as(partitioned.err())
				.isZero();
			try (DuckDb duckdb = new DuckDb()) {
				assertThat(duckdb.exportDifferencesInOrder(output, reference, IDENTITY)).as(partitions + " partitions")
					.isEmpty();
			}
			assertThat(rowCounts(output)).isEqualTo(rowCounts(reference));
			assertThat(Files.exists(output.resolve(".staging"))).isFalse();
			assertThat(partitionExecutions("repository-" + partitions)).hasSize(partitions)
				.allSatisfy((name, executions) -> assertThat(executions).isEqualTo(1));
		}
	}

	@Test
	void rejectLimitCountsOverAllPartitionsAndARerunRunsOnlyTheFailedPartition() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("input"));
		for (int i = 0; i < 12; i++) {
			Path file = input.resolve(String.format("file-%02d.txt", i));
			if (i % 4 == 1) { // one reject in each of the 3 partitions of 4 files
				Files.write(file, new byte[] { 'G', 'I', 'F', 0, 0, 1 });
			}
			else {
				Files.writeString(file,
						"Headline %d\n\nA real sentence of article %d, long enough to be kept.\n".formatted(i, i));
			}
		}
		Path output = tmp.resolve("out");
		String[] options = { "--reject-limit", "2", "--commit-interval", "1", "--export.partitions=3" };

		assertThat(cli.export(input, output, options)).isEqualTo(1);
		assertThat(cli.err()).contains("more than 2 input files were rejected (export.reject-limit)")
			.contains("run the same command again to resume")
			.hasLineCount(1);
		assertThat(output.resolve("_SUCCESS")).doesNotExist();
		Map<String, Integer> first = partitionExecutions("repository");
		assertThat(first).hasSize(3);

		for (int i = 1; i < 12; i += 4) {
			Files.writeString(input.resolve(String.format("file-%02d.txt", i)),
					"Headline\n\nFixed article %d, a ".formatted(i) + "real sentence long enough to be kept.\n");
		}
		assertThat(cli.export(input, output, options)).as(cli.err()).isZero();

		JsonNode manifest = JsonMapper.builder().build().readTree(output.resolve("_manifest.json").toFile());
		assertThat(manifest.get("parameters").get("export.sequence").asString()).as("the failed export resumed")
			.isEqualTo("1");
		Map<String, Integer> executions = partitionExecutions("repository");
		assertThat(executions.values()).as("partitions run, over both executions: " + executions)
			.containsOnly(1, 2)
			.containsOnlyOnce(2);
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(
					duckdb.count(DuckDb.parquet(output, "articles")) + duckdb.count(DuckDb.parquet(output, "rejects")))
				.isEqualTo(12);
			assertThat(duckdb.count(DuckDb.parquet(output, "rejects"))).as("the completed partitions' rejects")
				.isEqualTo(2);
			assertThat(duckdb.rows("SELECT source_path FROM " + DuckDb.parquet(output, "files"))
				.stream()
				.map(row -> (String) row.get(0))
				.toList()).as("in input order").isSorted().hasSize(12);
			// Parts sealed by the partitions that completed in the first execution keep
			// it as their writer; the stable identity is the same in every part.
			Map<String, Set<String>> footers = new TreeMap<>();
			for (List<Object> row : duckdb.rows("SELECT decode(key), decode(value) FROM parquet_kv_metadata("
					+ DuckDb.literal(output.resolve("parquet/*/*.parquet")) + ") WHERE decode(key) IN ('"
					+ String.join("', '", ExportIdentity.JOB_INSTANCE, ExportIdentity.EXPORT_SEQUENCE,
							ExportIdentity.RULES, ExportIdentity.WRITTEN_BY)
					+ "')")) {
				footers.computeIfAbsent((String) row.get(0), key -> new TreeSet<>()).add((String) row.get(1));
			}
			long completedBy = manifest.get("job_execution_id").asLong();
			assertThat(footers).as("the identities in the footers of the parts of an export resumed once")
				.containsEntry(ExportIdentity.JOB_INSTANCE, Set.of(manifest.get("job_instance_id").asString()))
				.containsEntry(ExportIdentity.EXPORT_SEQUENCE, Set.of("1"))
				.containsEntry(ExportIdentity.RULES, Set.of(manifest.get("parameters").get("rules.sha256").asString()))
				.containsEntry(ExportIdentity.WRITTEN_BY,
						Set.of(String.valueOf(completedBy - 1), String.valueOf(completedBy)));
		}
	}

	/** How many executions each partition of the step has in a job repository. */
	private Map<String, Integer> partitionExecutions(String repository) throws Exception {
		return StepRuns.partitionExecutions(tmp.resolve(repository), ExportPartitions.WORKER_STEP);
	}

	private static Map<String, Long> rowCounts(Path output) throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		for (JsonNode dataset : JsonMapper.builder()
			.build()
			.readTree(output.resolve("_manifest.json").toFile())
			.get("datasets")) {
			counts.put(dataset.get("name").asString(), dataset.get("rows").asLong());
		}
		return counts;
	}

}
