package org.newsexport.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.newsexport.article.Article;
import org.newsexport.article.Paragraph;
import org.newsexport.article.SourceItem;
import org.newsexport.article.SourceText;
import org.newsexport.clean.CleanedText;
import org.newsexport.clean.Cleaner;
import org.newsexport.clean.LineStatistics;
import org.newsexport.clean.RuleSet;
import org.newsexport.read.InputFileReader;
import org.newsexport.read.ReadCheckpoint;

/**
 * Development tool, not a test: like {@code bench/clean-bench.sh}, but the files are
 * cleaned once beforehand and only what {@link ArticleExtractor} does after the cleaner
 * is timed (paragraph kinds, dateline, agency, dates, quotations), so that a change to
 * extraction shows without the cleaner's much larger time around it. The hash covers the
 * same output as the clean bench's, and the paragraphs' word counts, which their text
 * leaves out. Usage: {@code bench/run.sh ExtractBench DIR [ROUNDS]}.
 */
public final class ExtractBench {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		RuleSet rules = RuleSet.load(Path.of("config/cleaning-rules.yml"));
		List<SourceText> texts = new ArrayList<>();
		InputFileReader reader = new InputFileReader(dir, new ReadCheckpoint(), 10_000_000);
		for (SourceItem item = reader.read(); item != null; item = reader.read()) {
			if (item instanceof SourceText text) {
				texts.add(text);
			}
		}
		LineStatistics statistics = new LineStatistics();
		texts.forEach(text -> statistics.add(text.text()));
		Cleaner cleaner = new Cleaner(rules, statistics);
		List<CleanedText> cleaned = texts.stream().map(text -> cleaner.clean(text.text())).toList();
		ArticleExtractor extractor = new ArticleExtractor(rules, statistics);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= rounds; round++) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long cpu = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < texts.size(); i++) {
				Article article = extractor.extract(texts.get(i), cleaned.get(i));
				digest.update(article.toString().getBytes(StandardCharsets.UTF_8));
				for (Paragraph paragraph : article.paragraphs()) {
					// not in Paragraph.toString
					digest.update((byte) paragraph.wordCount());
					digest.update((byte) (paragraph.wordCount() >>> 8));
				}
			}
			System.out.printf("round %d: extraction cpu %.2f s, output %s%n", round,
					(threads.getCurrentThreadCpuTime() - cpu) / 1e9,
					HexFormat.of().formatHex(digest.digest()).substring(0, 16));
		}
	}

}
