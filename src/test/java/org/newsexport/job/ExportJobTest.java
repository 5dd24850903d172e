package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;
import org.newsexport.support.TestCorpus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole job, in process, on the seeds and on hostile files, read back through DuckDB.
 */
class ExportJobTest {

	@TempDir
	Path tmp;

	private final CliRun cli = CliRun.inFolder(() -> tmp.resolve("repository"));

	@Test
	void seedsArePublishedInBothFormatsWithTheRightTypes() throws Exception {
		Path output = tmp.resolve("out");
		assertThat(cli.export(TestCorpus.SEEDS, output)).as(cli.err()).isZero();

		assertThat(output.resolve("_SUCCESS")).exists();
		assertThat(output.resolve(".staging")).doesNotExist();
		try (Stream<Path> files = Files.walk(output)) {
			assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".crc"))
				.noneMatch(name -> name.endsWith(".inprogress"));
		}
		try (DuckDb duckdb = new DuckDb()) {
			String articles = DuckDb.parquet(output, "articles");
			assertThat(duckdb.columnTypes("SELECT * FROM " + articles)).containsExactly(entry("doc_id", "VARCHAR"),
					entry("source_path", "VARCHAR"), entry("source_sha256", "VARCHAR"), entry("source_bytes", "BIGINT"),
					entry("title", "VARCHAR"), entry("standfirst", "VARCHAR"), entry("byline", "VARCHAR"),
					entry("authors", "VARCHAR"), entry("dateline", "VARCHAR"), entry("agency", "VARCHAR"),
					entry("section", "VARCHAR"), entry("language", "VARCHAR"), entry("published_date", "DATE"),
					entry("body", "VARCHAR"), entry("paragraph_count", "INTEGER"), entry("word_count", "INTEGER"),
					entry("char_count", "INTEGER"), entry("removed_line_count", "INTEGER"),
					entry("job_execution_id", "BIGINT"), entry("exported_at", "TIMESTAMP WITH TIME ZONE"),
					entry("export_sequence", "BIGINT"));
			assertThat(duckdb.columnTypes("SELECT * FROM " + DuckDb.parquet(output, "paragraphs"))).containsExactly(
					entry("doc_id", "VARCHAR"), entry("position", "INTEGER"), entry("kind", "VARCHAR"),
					entry("text", "VARCHAR"), entry("word_count", "INTEGER"), entry("export_sequence", "BIGINT"));
			assertThat(duckdb.columnTypes("SELECT * FROM " + DuckDb.parquet(output, "removed_lines"))).containsExactly(
					entry("doc_id", "VARCHAR"), entry("line_number", "INTEGER"), entry("rule", "VARCHAR"),
					entry("text", "VARCHAR"), entry("export_sequence", "BIGINT"));
			assertThat(duckdb.rows("SELECT doc_id, source_path, source_bytes FROM " + articles + " ORDER BY doc_id"))
				.containsExactly(List.of("000_7d51bb9512d08a90", "000_7d51bb9512d08a90.txt", 3962L),
						List.of("001_05f8e552163d5b26", "001_05f8e552163d5b26.txt", 4715L),
						List.of("002_bf629f94e6ffe79a", "002_bf629f94e6ffe79a.txt", 5605L),
						List.of("003_a746e7c7017f5148", "003_a746e7c7017f5148.txt", 3951L),
						List.of("004_5391374e3f5c9e27", "004_5391374e3f5c9e27.txt", 5684L));
			assertThat(duckdb.count(DuckDb.parquet(output, "rejects"))).isZero();
			// the body is the paragraphs, joined by blank lines, and the counts agree
			// between datasets
			assertThat(duckdb.rows("SELECT a.doc_id FROM " + articles + " a JOIN (SELECT doc_id, string_agg(text, '"
					+ "\n\n' ORDER BY position) AS body, count(*) AS n, sum(word_count) AS words FROM "
					+ DuckDb.parquet(output, "paragraphs") + " GROUP BY doc_id) p USING (doc_id)"
					+ " WHERE a.body <> p.body OR a.paragraph_count <> p.n OR a.word_count <> p.words"))
				.isEmpty();
			assertThat(duckdb.rows("SELECT count(*) FROM " + DuckDb.parquet(output, "removed_lines")
					+ " WHERE text LIKE 'Leave a Reply%' OR text LIKE 'Your Comment%' OR text LIKE '%captcha%'"))
				.containsExactly(List.of(3L));
			for (String dataset : List.of("articles", "paragraphs", "removed_lines", "quotes", "rejects", "files")) {
				assertThat(duckdb.difference(DuckDb.parquet(output, dataset), DuckDb.csv(output, dataset), "*"))
					.as("CSV and Parquet hold the same rows of %s", dataset)
					.isEmpty();
			}
		}
	}

	@Test
	void manifestListsEveryDatasetWithItsRowsFilesAndSchema() throws Exception {
		Path output = tmp.resolve("out");
		assertThat(cli.export(TestCorpus.SEEDS, output)).as(cli.err()).isZero();

		JsonNode manifest = JsonMapper.builder().build().readTree(output.resolve("_manifest.json").toFile());
		assertThat(manifest.get("job").asString()).isEqualTo("newsExportJob");
		assertThat(manifest.get("parameters").get("export.sequence").asString()).isEqualTo("1");
		try (DuckDb duckdb = new DuckDb()) {
			for (JsonNode dataset : manifest.get("datasets")) {
				String name = dataset.get("name").asString();
				assertThat(dataset.get("rows").asLong()).as(name)
					.isEqualTo(duckdb.count(DuckDb.parquet(output, name)))
					.isEqualTo(duckdb.count(DuckDb.csv(output, name)));
				for (JsonNode file : dataset.get("parquet_files")) {
					assertThat(output.resolve(file.asString())).exists();
				}
				assertThat(output.resolve(dataset.get("csv_file").asString())).exists();
				assertThat(dataset.get("columns")).isNotEmpty();
			}
		}
	}

	@Test
	void manifestHasTheStageTimesOfTheExecution() throws Exception {
		Path output = tmp.resolve("out");
		long started = System.nanoTime();
		assertThat(cli.export(TestCorpus.SEEDS, output)).as(cli.err()).isZero();
		double elapsed = (System.nanoTime() - started) / 1e9;

		JsonNode timings = JsonMapper.builder()
			.build()
			.readTree(output.resolve("_manifest.json").toFile())
			.get("timings");
		List<String> stages = List.of("read", "clean", "clean_wall", "write_csv", "write_parquet", "repository",
				"profile", "export", "duplicates", "publish");
		assertThat(timings.propertyNames()).containsExactlyElementsOf(stages);
		for (String stage : stages) {
			assertThat(timings.get(stage).isNumber()).as(stage).isTrue();
			assertThat(timings.get(stage).asDouble()).as(stage).isNotNegative();
		}
		double export = timings.get("export").asDouble();
		assertThat(export).isPositive();
		assertThat(timings.get("clean").asDouble()).isPositive();
		assertThat(timings.get("write_parquet").asDouble()).isPositive();
		assertThat(timings.get("repository").asDouble()).isPositive();
		// reading, writing and the chunk commits are on the step's thread, one after the
		// other
		assertThat(timings.get("read").asDouble() + timings.get("write_csv").asDouble()
				+ timings.get("write_parquet").asDouble())
			.isLessThanOrEqualTo(export + 0.01);
		assertThat(timings.get("clean_wall").asDouble()).isLessThanOrEqualTo(export + 0.01)
			.isLessThanOrEqualTo(timings.get("clean").asDouble() + 0.01);
		assertThat(timings.get("clean").asDouble()).isLessThanOrEqualTo(
				Runtime.getRuntime().availableProcessors() * timings.get("clean_wall").asDouble() + 0.01);
		assertThat(timings.get("profile").asDouble() + export + timings.get("duplicates").asDouble()
				+ timings.get("publish").asDouble())
			.isLessThanOrEqualTo(elapsed);
		assertThat(timings.get("repository").asDouble()).isLessThanOrEqualTo(elapsed);
	}

	@Test
	void runAfterACompletedRunPublishesTheNextExport() throws Exception {
		Path output = tmp.resolve("out");
		assertThat(cli.export(TestCorpus.SEEDS, output)).as(cli.err()).isZero();
		assertThat(cli.export(TestCorpus.SEEDS, output)).as(cli.err()).isZero();

		JsonNode manifest = JsonMapper.builder().build().readTree(output.resolve("_manifest.json").toFile());
		assertThat(manifest.get("parameters").get("export.sequence").asString()).isEqualTo("2");
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).isEqualTo(5);
			assertThat(duckdb.rows("SELECT DISTINCT job_execution_id FROM " + DuckDb.parquet(output, "articles")))
				.containsExactly(List.of(manifest.get("job_execution_id").asLong()));
		}
	}

	@Test
	void everyInputFileIsAnArticleOrAReject() throws Exception {
		Path input = tmp.resolve("input");
		Files.createDirectories(input.resolve("sub dir"));
		Files.writeString(input.resolve("good.txt"), "A headline\n\nA sentence that is the whole article body.\n");
		Files.writeString(input.resolve("sub dir/nested.txt"), "Another headline\n\nAnother real sentence here.\n");
		Files.write(input.resolve("empty.txt"), new byte[0]);
		Files.writeString(input.resolve("blank.txt"), " \n\t\n");
		Files.write(input.resolve("binary.txt"), new byte[] { 'G', 'I', 'F', '8', '9', 'a', 0, 1, 0, 0 });
		Files.writeString(input.resolve("boilerplate.txt"),
				"Leave a Reply\n\nYour email address will not be " + "published. Required fields are marked *\n");
		Files.writeString(input.resolve("notes.md"), "not a .txt file: ignored");
		Path output = tmp.resolve("out");

		assertThat(cli.export(input, output)).as(cli.err()).isZero();

		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb
				.rows("SELECT doc_id, source_path FROM " + DuckDb.parquet(output, "articles") + " ORDER BY doc_id"))
				.containsExactly(List.of("good", "good.txt"), List.of("sub dir/nested", "sub dir/nested.txt"));
			assertThat(duckdb
				.rows("SELECT source_path, reason FROM " + DuckDb.parquet(output, "rejects") + " ORDER BY source_path"))
				.containsExactly(List.of("binary.txt", "not_text"), List.of("blank.txt", "empty"),
						List.of("boilerplate.txt", "no_content"), List.of("empty.txt", "empty"));
		}
	}

	@Test
	void linesRepeatedAcrossTheRunAreRemovedButASharedQuoteStays() throws Exception {
		Path input = tmp.resolve("input");
		Files.createDirectories(input);
		for (int i = 0; i < 8; i++) {
			Files.writeString(input.resolve("report-" + i + ".txt"), "Report number " + i + " on the rally\n\n"
					+ "Thousands of people gathered in the capital on Saturday for the rally number " + i
					+ ", the organisers said, and the crowd grew through the afternoon.\n\n"
					+ "“We will not let you stay in the land of the martyrs after today,” the placards read.\n\n"
					+ "The police estimated the crowd at " + (1000 + i) + " people by the evening, and no incident "
					+ "was reported.\n\nDaily Planet Radio Shows\n\nWeather Traffic Podcasts\n");
		}
		Path output = tmp.resolve("out");
		assertThat(cli.export(input, output)).as(cli.err()).isZero();

		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb
				.rows("SELECT DISTINCT rule, text FROM " + DuckDb.parquet(output, "removed_lines") + " ORDER BY text"))
				.containsExactly(List.of("run-repeated-line", "Daily Planet Radio Shows"),
						List.of("run-repeated-line", "Weather Traffic Podcasts"));
			assertThat(duckdb.count(DuckDb.parquet(output, "articles")
					+ " WHERE body LIKE '%We will not let you stay in the land of the martyrs after today%'"))
				.isEqualTo(8);
		}
	}

}
