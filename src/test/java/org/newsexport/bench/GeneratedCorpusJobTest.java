package org.newsexport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;
import org.newsexport.support.TestCorpus;

/**
 * The benchmark corpus goes through the job as a crawl would: its boilerplate removed,
 * its copies found.
 */
class GeneratedCorpusJobTest {

	private static final int FILES = 300;

	@TempDir
	Path tmp;

	@Test
	void everyFileIsAnArticleOrARejectItsBoilerplateIsRemovedAndItsCopiesAreFound() throws Exception {
		Path corpus = tmp.resolve("corpus");
		Path output = tmp.resolve("out");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
		PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		assertThat(GenerateCorpus
			.run(new String[] { "--files", Integer.toString(FILES), "--output", corpus.toString() }, out, errors))
			.as(err.toString())
			.isZero();
		CliRun cli = CliRun.inFolder(tmp.resolve("repository"));
		assertThat(cli.export(corpus, output)).as(cli.err()).isZero();

		CorpusGenerator generator = new CorpusGenerator(TestCorpus.SEEDS, 1);
		try (DuckDb duckdb = new DuckDb()) {
			String articles = DuckDb.parquet(output, "articles");
			String rejects = DuckDb.parquet(output, "rejects");
			assertThat(duckdb.rows("SELECT count(DISTINCT source_path) FROM (SELECT source_path FROM " + articles
					+ " UNION ALL SELECT source_path FROM " + rejects + ")"))
				.containsExactly(List.of((long) FILES));
			assertThat(duckdb.count(articles) + duckdb.count(rejects)).isEqualTo(FILES);

			String removed = DuckDb.parquet(output, "removed_lines");
			List<Object> rules = duckdb.rows("SELECT DISTINCT rule FROM " + removed)
				.stream()
				.map(row -> row.get(0))
				.toList();
			assertThat(rules).contains("breadcrumb", "newsroom-code", "generic-byline", "source-link", "title-repeat",
					"comment-section", "copyright-footer", "follow-us", "read-more", "app-promo", "newsletter");
			assertThat(rules).containsAnyOf("share-label", "share-on-network", "network-names");
			assertThat(duckdb.rows("SELECT rule FROM " + removed + " WHERE text IN ('• captcha', 'Your Comment', "
					+ "'Leave a Reply') GROUP BY rule"))
				.containsExactly(List.of("comment-section"));
			assertThat(duckdb.count("(SELECT * FROM " + articles + " WHERE body LIKE '%captcha%' OR body LIKE "
					+ "'%Source link%' OR body LIKE '%News ID:%' OR body LIKE '%Leave a Reply%' OR body LIKE "
					+ "'%Home > %')"))
				.as("boilerplate left in bodies")
				.isZero();

			Map<String, String> clusterOf = new HashMap<>();
			Map<String, Boolean> exact = new HashMap<>();
			for (List<Object> row : duckdb
				.rows("SELECT doc_id, cluster_id, exact_duplicate FROM " + DuckDb.parquet(output, "duplicates"))) {
				clusterOf.put((String) row.get(0), (String) row.get(1));
				exact.put((String) row.get(0), (Boolean) row.get(2));
			}
			List<String> copies = new ArrayList<>();
			List<String> found = new ArrayList<>();
			for (int i = 0; i < FILES; i++) {
				int original = generator.copyOf(i);
				if (original < 0) {
					continue;
				}
				String copy = docId(generator, i);
				copies.add(copy);
				String cluster = clusterOf.get(copy);
				if (cluster != null && cluster.equals(clusterOf.get(docId(generator, original)))) {
					found.add(copy);
				}
				if (generator.isExactCopy(i)) {
					assertThat(cluster).as("exact copy %s", copy).isNotNull();
					assertThat(exact.get(copy) == null || exact.get(copy)).as("exact copy %s", copy).isTrue();
				}
			}
			assertThat(copies).as("near and exact copies generated").hasSizeGreaterThanOrEqualTo(FILES / 50);
			assertThat(found).as("copies found in the cluster of their original")
				.hasSizeGreaterThanOrEqualTo(copies.size() * 3 / 4);
			assertThat(clusterOf.size()).as("articles in clusters: the copies and their originals, hardly more")
				.isLessThanOrEqualTo(2 * copies.size() + 2);
		}
	}

	private static String docId(CorpusGenerator generator, int i) {
		String path = generator.relativePath(i);
		return path.substring(0, path.length() - ".txt".length());
	}

}
