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
 * Cleans a directory of scraped pages as the export job does and scores the bodies
 * against hand-made gold bodies. The job's two passes are repeated: a first one builds
 * the {@link LineStatistics} of the whole input directory (the run), a second one
 * extracts each article. A page's prediction is {@link Article#body()}, the export's
 * {@code body} column; a page the job would reject (not text, blank, no content left,
 * cleaner failure) predicts an empty body. Plain Java: no Spring, no database.
 */
public final class Evaluator {

	private final RuleSet rules;

	private final boolean runStatistics;

	/**
	 * @param runStatistics whether to build and use the run's line statistics, as the
	 * job's profile step does
	 */
	public Evaluator(RuleSet rules, boolean runStatistics) {
		this.rules = rules;
		this.runStatistics = runStatistics;
	}

	/**
	 * Scores the {@code body} column alone.
	 * @param bodies a directory to write each predicted body to as {@code <doc_id>.txt}
	 * (for {@code score.py}), or {@code null}
	 */
	public SubsetResult evaluate(String name, Path input, Path gold, Path bodies) {
		return evaluate(name, input, gold, bodies, ArticleView.BODY).get(0);
	}

	/**
	 * Scores each {@link ArticleView}: first {@code convention}, the one the gold
	 * follows, whose texts go to {@code bodies}, then the others.
	 * @param bodies a directory to write each predicted text of the convention's view to
	 * as {@code <doc_id>.txt} (for {@code score.py}), or {@code null}
	 */
	public List<SubsetResult> evaluate(String name, Path input, Path gold, Path bodies, ArticleView convention) {
		List<ArticleView> views = order(convention);
		InputTexts inputs = new InputTexts(input);
		LineStatistics statistics = null;
		if (runStatistics) {
			LineStatistics run = new LineStatistics();
			inputs.forEach(text -> run.add(text.text()), rejected -> {
			});
			statistics = run;
		}
		ArticleExtractor extractor = new ArticleExtractor(rules, statistics);
		List<Map<String, String>> predictions = new ArrayList<>();
		views.forEach(view -> predictions.add(new HashMap<>()));
		int[] failures = { 0 };
		inputs.forEach(text -> {
			Article article = null;
			try {
				article = extractor.extract(text);
			}
			catch (RuntimeException ex) {
				failures[0]++;
			}
			for (int i = 0; i < views.size(); i++) {
				predictions.get(i).put(text.docId(), article == null ? "" : views.get(i).text(article, text.text()));
			}
		}, rejected -> predictions.forEach(view -> view.put(rejected, "")));
		if (bodies != null) {
			write(bodies, predictions.get(0));
		}
		List<String> ids = goldIds(gold);
		List<String> golds = ids.stream().map(docId -> read(gold.resolve(docId + ".txt"))).toList();
		List<SubsetResult> results = new ArrayList<>();
		for (Map<String, String> view : predictions) {
			List<DocumentScore> scores = new ArrayList<>();
			for (int i = 0; i < ids.size(); i++) {
				scores.add(ShingleMetric.score(ids.get(i), golds.get(i), view.getOrDefault(ids.get(i), "")));
			}
			results.add(new SubsetResult(name, scores, failures[0]));
		}
		return results;
	}

	/**
	 * The views in the order {@link #evaluate(String, Path, Path, Path, ArticleView)}
	 * scores them.
	 */
	public static List<ArticleView> order(ArticleView convention) {
		List<ArticleView> views = new ArrayList<>(List.of(ArticleView.values()));
		views.remove(convention);
		views.add(0, convention);
		return List.copyOf(views);
	}

	/**
	 * The stems of the gold directory's {@code .txt} files, sorted as Python sorts
	 * strings.
	 */
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

	/**
	 * Gold files are UTF-8; invalid bytes become U+FFFD, as Python's errors="replace"
	 * makes them.
	 */
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
