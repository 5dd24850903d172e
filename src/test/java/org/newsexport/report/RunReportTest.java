package org.newsexport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The run report of real exports: a well-formed page that fetches nothing, whose every
 * chart holds the figures that DuckDB reads from the published datasets;
 * {@code news-export report} for an older execution, the error for an unknown one, and
 * the trend over two runs into one output.
 */
class RunReportTest {

	private static final String ARTICLE = "A headline for run %d\n\nThe first paragraph of article %d is a real "
			+ "sentence, long enough to be kept by any cleaner of the export.\n\nThe second paragraph adds more "
			+ "running text about the river, the bridge and the town council's vote.\n";

	@TempDir
	Path tmp;

	private final CliRun cli = CliRun.inFolder(() -> tmp.resolve("repository"));

	/**
	 * The seed articles, an exact copy of one under a name that needs escaping (it sorts
	 * first, so it names the cluster), and files that are rejected: empty, binary,
	 * boilerplate only.
	 */
	private Path seedsWithRejectsAndACopy() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("input"));
		try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
			for (Path seed : seeds.toList()) {
				Files.copy(seed, input.resolve(seed.getFileName().toString()));
			}
		}
		Files.copy(Path.of("seeds/000_7d51bb9512d08a90.txt"), input.resolve("!copy <b>&\"'.txt"));
		Files.write(input.resolve("empty.txt"), new byte[0]);
		Files.write(input.resolve("binary.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 });
		Files.writeString(input.resolve("boilerplate.txt"),
				"Leave a Reply\n\nYour email address will not be published.\n");
		return input;
	}

	@Test
	void reportHoldsTheFiguresOfThePublishedDatasets() throws Exception {
		Path input = seedsWithRejectsAndACopy();
		Path output = tmp.resolve("out");
		assertThat(cli.export(input, output)).as(cli.err()).isZero();

		Path file = output.resolve("_report.html");
		assertThat(file).exists();
		String html = Files.readString(file);
		assertFetchesNothing(html);
		Document page = parse(html);
		assertChartsAreDescribed(page);
		long execution = JsonMapper.builder()
			.build()
			.readTree(output.resolve("_manifest.json").toFile())
			.get("job_execution_id")
			.asLong();
		assertThat(text(page, "//h1")).isEqualTo("Run report: execution " + execution);
		assertThat(text(page, "//title")).contains(output.toAbsolutePath().toString());

		try (DuckDb duckdb = new DuckDb()) {
			Map<String, Long> rows = new LinkedHashMap<>();
			for (String dataset : List.of("articles", "paragraphs", "removed_lines", "quotes", "rejects", "files",
					"duplicates")) {
				rows.put(dataset, duckdb.count(DuckDb.parquet(output, dataset)));
			}
			assertThat(rows.get("rejects")).isEqualTo(3);
			assertThat(rows.get("duplicates")).isEqualTo(2);
			assertThat(chart(page, "datasets")).isEqualTo(rows);
			assertThat(table(page, "datasets")).isEqualTo(rows);

			Map<String, Long> reasons = counts(duckdb,
					"SELECT reason, count(*) FROM " + DuckDb.parquet(output, "rejects") + " GROUP BY reason");
			assertThat(reasons).containsOnlyKeys("empty", "not_text", "no_content");
			assertThat(chart(page, "rejects")).isEqualTo(reasons);
			assertThat(table(page, "rejects")).isEqualTo(reasons);

			Map<String, Long> rules = counts(duckdb,
					"SELECT rule, count(*) FROM " + DuckDb.parquet(output, "removed_lines") + " GROUP BY rule");
			Map<String, Long> shown = chart(page, "rules");
			assertThat(shown).hasSize(Math.min(HtmlReport.TOP_RULES, rules.size()));
			shown.forEach((rule, count) -> assertThat(rules.get(rule)).as(rule).isEqualTo(count));
			long smallestShown = shown.values().stream().mapToLong(Long::longValue).min().orElseThrow();
			rules.forEach((rule, count) -> {
				if (!shown.containsKey(rule)) {
					assertThat(count).as("a rule left out removed no more than one shown")
						.isLessThanOrEqualTo(smallestShown);
				}
			});
			assertThat(table(page, "rules")).isEqualTo(shown);

			String articles = DuckDb.parquet(output, "articles");
			for (String[] distribution : new String[][] { { "words", "word_count" },
					{ "paragraphs", "paragraph_count" } }) {
				List<List<Long>> bins = bins(page, "//*[@data-chart='" + distribution[0] + "']//*[@data-low]");
				assertThat(bins).isNotEmpty()
					.isEqualTo(bins(page, "//table[@data-table='" + distribution[0] + "']//*[@data-low]"));
				long sum = 0;
				for (List<Long> bin : bins) {
					assertThat(bin.get(2)).as(distribution[0] + " from " + bin.get(0))
						.isEqualTo(duckdb.count(articles + " WHERE " + distribution[1] + " >= " + bin.get(0) + " AND "
								+ distribution[1] + " < " + bin.get(1)));
					sum += bin.get(2);
				}
				assertThat(sum).isEqualTo(rows.get("articles"));
				List<Object> summary = duckdb
					.rows("SELECT min(" + distribution[1] + "), max(" + distribution[1] + "), quantile_disc("
							+ distribution[1] + ", 0.5), quantile_disc(" + distribution[1] + ", 0.9) FROM " + articles)
					.get(0);
				Map<String, Long> shownSummary = labelled(page,
						"//table[@data-table='" + distribution[0] + "-summary']//*[@data-label]");
				assertThat(shownSummary.get("min")).isEqualTo(((Number) summary.get(0)).longValue());
				assertThat(shownSummary.get("max")).isEqualTo(((Number) summary.get(1)).longValue());
				assertThat(shownSummary.get("median")).isEqualTo(((Number) summary.get(2)).longValue());
				assertThat(shownSummary.get("90th percentile")).isEqualTo(((Number) summary.get(3)).longValue());
			}

			Map<String, Long> languages = counts(duckdb,
					"SELECT coalesce(language, '(none)'), count(*) FROM " + articles + " GROUP BY 1");
			assertThat(chart(page, "languages")).isEqualTo(languages);
			assertThat(table(page, "languages")).isEqualTo(languages);

			String duplicates = DuckDb.parquet(output, "duplicates");
			Map<String, Long> clusters = counts(duckdb,
					"SELECT cluster_id, count(*) FROM " + duplicates + " GROUP BY cluster_id");
			assertThat(clusters).containsEntry("!copy <b>&\"'", 2L);
			assertThat(chart(page, "clusters")).isEqualTo(clusters);
			assertThat(table(page, "clusters")).isEqualTo(clusters);
			Map<String, Long> duplicateSummary = labelled(page,
					"//table[@data-table='duplicates-summary']//*[@data-label]");
			assertThat(duplicateSummary.get("clusters")).isEqualTo(clusters.size());
			assertThat(duplicateSummary.get("articles in clusters")).isEqualTo(rows.get("duplicates"));
			assertThat(duplicateSummary.get("exact duplicates"))
				.isEqualTo(duckdb.count(duplicates + " WHERE exact_duplicate"));

			NodeList trend = nodes(page, "//table[@data-table='trend']//tr[@data-execution]");
			assertThat(trend.getLength()).isEqualTo(1);
			assertThat(((Element) trend.item(0)).getAttribute("data-execution")).isEqualTo(String.valueOf(execution));
			assertThat(((Element) trend.item(0)).getAttribute("data-articles"))
				.isEqualTo(String.valueOf(rows.get("articles")));
			assertThat(((Element) trend.item(0)).getAttribute("data-rejects")).isEqualTo("3");
		}
		assertThat(chart(page, "steps")).containsOnlyKeys("profile", "base", "export", "duplicates", "publish");
		assertThat(chart(page, "stages")).containsKeys("read", "clean", "write_parquet");
	}

	@Test
	void reportCommandForAnOlderExecutionAndTheTrendOfTwoRuns() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("small"));
		for (int i = 0; i < 4; i++) {
			Files.writeString(input.resolve("article-" + i + ".txt"), ARTICLE.formatted(i, i));
		}
		Path output = tmp.resolve("out");
		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		long first = executionOf(output);
		Files.writeString(input.resolve("article-4.txt"), ARTICLE.formatted(4, 4));
		Files.write(input.resolve("empty.txt"), new byte[0]);
		assertThat(cli.export(input, output, "--reject-limit", "0")).isEqualTo(1);
		assertThat(cli.run("executions", "--status", "failed", "--format", "csv")).isZero();
		long failed = Long.parseLong(cli.out().lines().skip(1).findFirst().orElseThrow().split(",")[0]);
		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		long second = executionOf(output);
		assertThat(second).as("the failed export resumed and completed").isGreaterThan(failed);
		assertThat(second).isGreaterThan(first);

		Document latest = parse(Files.readString(output.resolve("_report.html")));
		NodeList trend = nodes(latest, "//table[@data-table='trend']//tr[@data-execution]");
		assertThat(trend.getLength()).as("the completed executions, not the failed one").isEqualTo(2);
		assertThat(((Element) trend.item(0)).getAttribute("data-execution")).isEqualTo(String.valueOf(first));
		assertThat(((Element) trend.item(0)).getAttribute("data-articles")).isEqualTo("4");
		assertThat(((Element) trend.item(1)).getAttribute("data-execution")).isEqualTo(String.valueOf(second));
		assertThat(((Element) trend.item(1)).getAttribute("data-articles")).isEqualTo("5");
		assertThat(((Element) trend.item(1)).getAttribute("data-rejects")).isEqualTo("1");
		assertThat(chart(latest, "trend-articles")).containsExactly(Map.entry("execution " + first, 4L),
				Map.entry("execution " + second, 5L));
		assertThat(chart(latest, "trend-rejects")).containsExactly(Map.entry("execution " + first, 0L),
				Map.entry("execution " + second, 1L));

		// The first execution's export was replaced: its report says so, and has the
		// repository's figures.
		Path older = tmp.resolve("reports/older.html");
		assertThat(cli.run("report", String.valueOf(first), "--to", older.toString())).as(cli.err()).isZero();
		assertThat(cli.out())
			.isEqualTo("news-export: wrote the report of execution " + first + " to " + older + System.lineSeparator());
		Document page = parse(Files.readString(older));
		assertThat(text(page, "//h1")).isEqualTo("Run report: execution " + first);
		assertThat(text(page, "//p[@class='note']")).contains("replaced this execution's export");
		assertThat(chart(page, "datasets")).containsEntry("articles", 4L).containsEntry("rejects", 0L);
		assertThat(nodes(page, "//*[@data-chart='rejects']").getLength()).isZero();
		assertThat(nodes(page, "//table[@data-table='trend']//tr[@data-execution]").getLength())
			.as("the trend up to that execution")
			.isEqualTo(1);

		// Without an id: the latest completed into the output, written into it.
		Files.delete(output.resolve("_report.html"));
		assertThat(cli.run("report", "--output", output.toString())).as(cli.err()).isZero();
		assertThat(cli.out()).contains("report of execution " + second);
		assertThat(text(parse(Files.readString(output.resolve("_report.html"))), "//h1"))
			.isEqualTo("Run report: execution " + second);

		assertThat(cli.run("report", "999")).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: no execution 999 in the job repository (see 'news-export "
				+ "executions')" + System.lineSeparator());
		assertThat(cli.run("report", String.valueOf(failed))).isEqualTo(4);
		assertThat(cli.err()).isEqualTo("news-export: execution " + failed + " is FAILED: only a completed execution "
				+ "has a report" + System.lineSeparator());
		assertThat(cli.run("report", "--output", tmp.resolve("nothing-here").toString())).isEqualTo(4);
		assertThat(cli.err()).startsWith("news-export: no completed execution into ").hasLineCount(1);
		assertThat(cli.run("report", "x")).isEqualTo(2);
		assertThat(cli.err()).contains("execution id must be a number").hasLineCount(1);
		assertThat(cli.run("report", "1", "--output", output.toString())).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: 'report' takes an execution id or --output, not both (see "
				+ "'news-export help report')" + System.lineSeparator());
		assertThat(cli.run("help", "report")).isZero();
		assertThat(cli.out()).contains("report [ID] [--output DIR|URI] [--to FILE]");
	}

	/**
	 * A report that cannot be written (a folder is in its way) leaves the run completed
	 * and its export published.
	 */
	@Test
	void aReportThatCannotBeWrittenDoesNotFailTheRun() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("small"));
		Files.writeString(input.resolve("article.txt"), ARTICLE.formatted(1, 1));
		Path output = tmp.resolve("out");
		Files.createDirectories(output.resolve("_report.html"));
		Files.writeString(output.resolve("_report.html/in-the-way.txt"), "not a report");

		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		assertThat(cli.out()).contains("COMPLETED");
		assertThat(output.resolve("_SUCCESS")).exists();
		assertThat(output.resolve("_report.html/in-the-way.txt")).exists();
		try (Stream<Path> files = Files.list(output)) {
			assertThat(files.map(path -> path.getFileName().toString())).as("no temporary file left")
				.contains("_SUCCESS", "_manifest.json", "_report.html")
				.noneMatch(name -> name.contains("_report.html") && !name.equals("_report.html"));
		}
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).isEqualTo(1);
		}
	}

	private static long executionOf(Path output) throws Exception {
		return JsonMapper.builder()
			.build()
			.readTree(output.resolve("_manifest.json").toFile())
			.get("job_execution_id")
			.asLong();
	}

	/**
	 * Nothing on the page points outside it: no scheme, no source, no import, no url();
	 * links are to its sections.
	 */
	private static void assertFetchesNothing(String html) throws Exception {
		assertThat(html).doesNotContainIgnoringCase("http:")
			.doesNotContainIgnoringCase("https:")
			.doesNotContainIgnoringCase("src=")
			.doesNotContainIgnoringCase("@import")
			.doesNotContainIgnoringCase("url(")
			.doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("<link")
			.doesNotContainIgnoringCase("<img");
		Document page = parse(html);
		NodeList links = nodes(page, "//*[@href]");
		for (int i = 0; i < links.getLength(); i++) {
			String href = ((Element) links.item(i)).getAttribute("href");
			assertThat(href).startsWith("#");
			assertThat(nodes(page, "//*[@id='" + href.substring(1) + "']").getLength()).as(href).isEqualTo(1);
		}
	}

	/**
	 * Every chart is an image with a title and a description, which its aria-labelledby
	 * names.
	 */
	private static void assertChartsAreDescribed(Document page) throws Exception {
		NodeList charts = nodes(page, "//svg");
		assertThat(charts.getLength()).isGreaterThan(8);
		for (int i = 0; i < charts.getLength(); i++) {
			Element chart = (Element) charts.item(i);
			assertThat(chart.getAttribute("role")).isEqualTo("img");
			String[] labels = chart.getAttribute("aria-labelledby").split(" ");
			assertThat(labels).hasSize(2);
			assertThat(text(page, "//svg/title[@id='" + labels[0] + "']")).isNotBlank();
			assertThat(text(page, "//svg/desc[@id='" + labels[1] + "']")).isNotBlank();
		}
	}

	/** The page as XML: the report is XHTML5, well-formed. */
	private static Document parse(String html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
	}

	private static NodeList nodes(Document page, String xpath) throws Exception {
		return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
	}

	private static String text(Document page, String xpath) throws Exception {
		return XPathFactory.newInstance().newXPath().evaluate(xpath, page).strip();
	}

	/** The bars of a chart: label to value, in their order. */
	private static Map<String, Long> chart(Document page, String key) throws Exception {
		return labelled(page, "//*[@data-chart='" + key + "']//*[@data-label]");
	}

	/** The rows of a table: label to value, in their order. */
	private static Map<String, Long> table(Document page, String key) throws Exception {
		return labelled(page, "//table[@data-table='" + key + "']//tr[@data-label]");
	}

	private static Map<String, Long> labelled(Document page, String xpath) throws Exception {
		Map<String, Long> values = new LinkedHashMap<>();
		NodeList nodes = nodes(page, xpath);
		for (int i = 0; i < nodes.getLength(); i++) {
			Element element = (Element) nodes.item(i);
			assertThat(values.put(element.getAttribute("data-label"),
					(long) Double.parseDouble(element.getAttribute("data-value"))))
				.as("one mark per label")
				.isNull();
		}
		return values;
	}

	/** The bins of a histogram: low, high (exclusive) and count each. */
	private static List<List<Long>> bins(Document page, String xpath) throws Exception {
		List<List<Long>> bins = new ArrayList<>();
		NodeList nodes = nodes(page, xpath);
		for (int i = 0; i < nodes.getLength(); i++) {
			Element element = (Element) nodes.item(i);
			bins.add(List.of(Long.parseLong(element.getAttribute("data-low")),
					Long.parseLong(element.getAttribute("data-high")),
					Long.parseLong(element.getAttribute("data-value"))));
		}
		return bins;
	}

	private static Map<String, Long> counts(DuckDb duckdb, String sql) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (List<Object> row : duckdb.rows(sql)) {
			counts.put((String) row.get(0), ((Number) row.get(1)).longValue());
		}
		return counts;
	}

}
