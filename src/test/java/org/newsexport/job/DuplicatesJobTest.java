package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.dedup.MinHashParameters;
import org.newsexport.support.DuckDb;
import org.newsexport.support.TestCorpus;
import org.newsexport.write.CsvDatasetWriter;
import org.newsexport.write.Datasets;
import org.newsexport.write.ExportLayout;
import org.newsexport.write.OutputFileSystems;
import org.newsexport.write.ParquetOptions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The duplicates step in the whole job: the seeds, plus copies of one of them, read back
 * through DuckDB.
 */
class DuplicatesJobTest {

	private static final String SEED = "002_bf629f94e6ffe79a";

	private static final Map<String, String> TYPES = new LinkedHashMap<>();

	static {
		TYPES.put("doc_id", "VARCHAR");
		TYPES.put("cluster_id", "VARCHAR");
		TYPES.put("duplicate_of", "VARCHAR");
		TYPES.put("estimated_jaccard", "DOUBLE");
		TYPES.put("exact_jaccard", "DOUBLE");
		TYPES.put("exact_duplicate", "BOOLEAN");
		TYPES.put("export_sequence", "BIGINT");
	}

	@TempDir
	Path tmp;

	private final CliRun cli = CliRun.inFolder(() -> tmp.resolve("repository"));

	@Test
	void copiesOfASeedAreOneClusterInBothFormatsWithTheRightTypes() throws Exception {
		Path output = tmp.resolve("out");
		assertThat(cli.export(seedsWithCopies(), output)).as(cli.err()).isZero();

		try (DuckDb duckdb = new DuckDb()) {
			String parquet = DuckDb.parquet(output, "duplicates");
			String csv = DuckDb.csv(output, "duplicates");
			assertThat(duckdb.columnTypes("SELECT * FROM " + parquet)).containsExactlyEntriesOf(TYPES);
			assertThat(duckdb.columnTypes("SELECT * FROM " + csv)).containsExactlyEntriesOf(TYPES);

			List<List<Object>> rows = duckdb.rows("SELECT * FROM " + parquet);
			assertThat(rows).extracting(row -> row.subList(0, 3))
				.containsExactly(Arrays.asList(SEED, SEED, null), List.of("copies/edited", SEED, SEED),
						List.of("copies/exact", SEED, SEED), List.of("copies/respaced", SEED, SEED));
			assertThat(rows.get(0).subList(3, 6)).containsOnlyNulls();
			assertThat(rows.get(1).get(4)).as("exact Jaccard of the edited copy")
				.isInstanceOf(Double.class)
				.satisfies(exact -> assertThat((Double) exact).isBetween(0.9, 0.99));
			assertThat((Double) rows.get(1).get(3)).isCloseTo((Double) rows.get(1).get(4), within(0.1));
			assertThat(rows.get(1).get(5)).isEqualTo(false);
			assertThat(rows.get(2).subList(3, 6)).containsExactly(1.0, 1.0, true);
			assertThat(rows.get(3).subList(3, 6)).containsExactly(1.0, 1.0, true);
			assertThat(duckdb.difference(parquet, csv, "*")).as("CSV and Parquet hold the same rows").isEmpty();
			// no two seeds are near-duplicates: separate reports of one event share
			// quotes, not text
			assertThat(duckdb.rows("SELECT DISTINCT cluster_id FROM " + parquet)).containsExactly(List.of(SEED));
			// the query of docs/datasets.md that drops the duplicates: the five seeds
			// remain
			assertThat(duckdb.rows("SELECT a.doc_id FROM " + DuckDb.parquet(output, "articles") + " a LEFT JOIN "
					+ parquet + " d USING (doc_id) WHERE d.duplicate_of IS NULL ORDER BY 1"))
				.hasSize(5)
				.allSatisfy(row -> assertThat((String) row.get(0)).doesNotStartWith("copies/"));
		}
		JsonNode manifest = JsonMapper.builder().build().readTree(output.resolve("_manifest.json").toFile());
		JsonNode duplicates = manifest.get("datasets").get(manifest.get("datasets").size() - 1);
		assertThat(duplicates.get("name").asString()).isEqualTo("duplicates");
		assertThat(duplicates.get("rows").asLong()).isEqualTo(4);
		assertThat(duplicates.get("parquet_files").get(0).asString())
			.isEqualTo("parquet/duplicates/part-00000.parquet");
		assertThat(duplicates.get("columns").get(3).get("type").asString()).isEqualTo("DOUBLE");
		assertThat(duplicates.get("columns").get(5).get("type").asString()).isEqualTo("BOOLEAN");
	}

	@Test
	void withoutDuplicatesTheDatasetIsOneEmptyPartAndAHeader() throws Exception {
		Path output = tmp.resolve("out");
		assertThat(cli.export(TestCorpus.SEEDS, output)).as(cli.err()).isZero();

		assertThat(output.resolve("parquet/duplicates/part-00000.parquet")).exists();
		assertThat(output.resolve("csv/duplicates.csv")).hasContent(
				"doc_id,cluster_id,duplicate_of,estimated_jaccard,exact_jaccard,exact_duplicate,export_sequence");
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(output, "duplicates"))).isZero();
			assertThat(duckdb.columnTypes("SELECT * FROM " + DuckDb.parquet(output, "duplicates")))
				.containsExactlyEntriesOf(TYPES);
		}
	}

	@Test
	void aRerunOfTheStepReplacesWhatAnInterruptedAttemptLeft() throws Exception {
		Path output = tmp.resolve("out");
		assertThat(cli.export(seedsWithCopies(), output)).as(cli.err()).isZero();
		Path parts = output.resolve("parquet/duplicates");
		Path csv = output.resolve("csv/duplicates.csv");
		String expectedCsv = Files.readString(csv);
		// what a killed attempt can leave: parts in progress, parts beyond the ones of
		// this attempt (CSV rows are staged as part files, assembled into one file at
		// publish)
		Files.copy(parts.resolve("part-00000.parquet"), parts.resolve("part-00001.parquet"));
		Files.writeString(parts.resolve(".part-00002.parquet.inprogress"), "half a part");
		Files.delete(csv);
		Path csvParts = Files.createDirectories(output.resolve("csv/duplicates"));
		Files.writeString(csvParts.resolve("part-00000.csv"), "a,whole,part\r\n");
		Files.writeString(csvParts.resolve("part-00001.csv"), "a,whole,part\r\n");
		Files.writeString(csvParts.resolve(".part-00002.csv.inprogress"), "half,a,row");

		// The published output has the staging layout; the step finds the articles there
		// as in staging.
		try (FileSystem fs = OutputFileSystems.get(output.toUri(), OutputFileSystems.newConfiguration())) {
			DuplicatesDataset step = new DuplicatesDataset(fs,
					new ExportLayout(new org.apache.hadoop.fs.Path(output.toUri())), ParquetOptions.defaults(), 1 << 20,
					MinHashParameters.DEFAULTS, tmp, 3, 1L);
			assertThat(step.write()).isEqualTo(4);
			try (var files = Files.list(csvParts)) {
				assertThat(files.map(path -> path.getFileName().toString())).containsExactly("part-00000.csv");
			}
			CsvDatasetWriter.assemble(fs, new org.apache.hadoop.fs.Path(csvParts.toUri()),
					new org.apache.hadoop.fs.Path(csv.toUri()), Datasets.DUPLICATES);
		}

		try (var files = Files.list(parts)) {
			assertThat(files.map(path -> path.getFileName().toString())).containsExactly("part-00000.parquet");
		}
		assertThat(csv).hasContent(expectedCsv);
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(output, "duplicates"))).isEqualTo(4);
		}
	}

	/**
	 * The seeds, an exact copy of one, a copy that differs only in case, spacing and
	 * punctuation, and one with a new headline and three words changed.
	 */
	private Path seedsWithCopies() throws IOException {
		Path input = tmp.resolve("input");
		Files.createDirectories(input.resolve("copies"));
		try (var seeds = Files.list(TestCorpus.SEEDS)) {
			for (Path seed : seeds.toList()) {
				Files.copy(seed, input.resolve(seed.getFileName()));
			}
		}
		String seed = Files.readString(TestCorpus.SEEDS.resolve(SEED + ".txt"));
		Files.writeString(input.resolve("copies/exact.txt"), seed);
		Files.writeString(input.resolve("copies/respaced.txt"),
				seed.replace("Khazali underlined that the Americans", "KHAZALI underlined  that -- the americans"));
		String edited = seed.replace("Iraqis demand end to US terrorism", "Iraqis rally against US presence")
			.replace("As thousands of people rally", "As many people rally")
			.replace("should have realized", "must have understood");
		assertThat(edited).isNotEqualTo(seed);
		Files.writeString(input.resolve("copies/edited.txt"), edited);
		return input;
	}

}
