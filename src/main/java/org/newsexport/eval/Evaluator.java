package org.newsexport.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.newsexport.article.Article;
import org.newsexport.article.SourceText;
import org.newsexport.clean.LineStatistics;
import org.newsexport.clean.RuleSet;
import org.newsexport.extract.ArticleExtractor;

/**
 * Cleans a directory of scraped pages as the export job does and scores the bodies against hand-made gold bodies.
 * The job's two passes are repeated: a first one builds the {@link LineStatistics} of the whole input directory
 * (the run), a second one extracts each article. A page's prediction is {@link Article#body()}, the export's
 * {@code body} column; a page the job would reject (not text, blank, no content left, cleaner failure) predicts an
 * empty body. Plain Java: no Spring, no database.
 */
public final class Evaluator {

	private final RuleSet rules;

	private final boolean runStatistics;

	/** @param runStatistics whether to build and use the run's line statistics, as the job's profile step does */
	public Evaluator(RuleSet rules, boolean runStatistics) {
		this.rules = rules;
		this.runStatistics = runStatistics;
	}

	/**
	 * @param bodies a directory to write each predicted body to as {@code <doc_id>.txt} (for {@code score.py}), or
	 * {@code null}
	 */
	public SubsetResult evaluate(String name, Path input, Path gold, Path bodies) {
		InputTexts inputs = new InputTexts(input);
		LineStatistics statistics = null;
		if (runStatistics) {
			LineStatistics run = new LineStatistics();
			inputs.forEach(text -> run.add(text.text()), rejected -> {
			});
			statistics = run;
		}
		ArticleExtractor extractor = new ArticleExtractor(rules, statistics);
		Map<String, String> predictions = new HashMap<>();
		int[] failures = { 0 };
		inputs.forEach(text -> {
			String body;
			try {
				body = body(extractor.extract(text));
			}
			catch (RuntimeException ex) {
				failures[0]++;
				body = "";
			}
			predictions.put(text.docId(), body);
		}, rejected -> predictions.put(rejected, ""));
		if (bodies != null) {
			write(bodies, predictions);
		}
		List<DocumentScore> scores = new ArrayList<>();
		for (String docId : goldIds(gold)) {
			String goldText = read(gold.resolve(docId + ".txt"));
			scores.add(ShingleMetric.score(docId, goldText, predictions.getOrDefault(docId, "")));
		}
		return new SubsetResult(name, scores, failures[0]);
	}

	/** What the job writes as the article's body; an article with no paragraph is rejected as no_content. */
	private static String body(Article article) {
		return article.paragraphs().isEmpty() ? "" : article.body();
	}

	/** The stems of the gold directory's {@code .txt} files, sorted as Python sorts strings. */
	private static List<String> goldIds(Path gold) {
		try (Stream<Path> files = Files.list(gold)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".txt"))
				.map(name -> name.substring(0, name.length() - ".txt".length()))
				.sorted(Evaluator::compareCodePoints)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list gold directory " + gold + ": " + ex.getMessage(), ex);
		}
	}

	private static int compareCodePoints(String a, String b) {
		return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
	}

	/** Gold files are UTF-8; invalid bytes become U+FFFD, as Python's errors="replace" makes them. */
	private static String read(Path file) {
		try {
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read gold file " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static void write(Path bodies, Map<String, String> predictions) {
		try {
			for (Map.Entry<String, String> prediction : predictions.entrySet()) {
				Path file = bodies.resolve(prediction.getKey() + ".txt");
				Files.createDirectories(file.getParent());
				Files.writeString(file, prediction.getValue(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write predicted bodies to " + bodies + ": " + ex.getMessage(), ex);
		}
	}

}
