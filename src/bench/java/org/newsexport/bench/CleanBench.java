package org.newsexport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.newsexport.article.SourceItem;
import org.newsexport.article.SourceText;
import org.newsexport.clean.CleanedText;
import org.newsexport.clean.Cleaner;
import org.newsexport.clean.Deadline;
import org.newsexport.clean.LineStatistics;
import org.newsexport.clean.RuleSet;
import org.newsexport.extract.ArticleExtractor;
import org.newsexport.read.InputFileReader;
import org.newsexport.read.ReadCheckpoint;

/**
 * Development tool, not a test: cleans and extracts every file of a directory on one
 * thread, several rounds, and prints the CPU time per round and a SHA-256 of everything
 * extracted, so that a change to the cleaner can be shown to be faster and to change
 * nothing. Each file has a deadline, as in the job
 * ({@code -Dclean-bench.no-deadline=true}: none, to measure what the deadline costs).
 * {@code -Dclean-bench.clean-only=true}: the {@link Cleaner} alone, its
 * {@link CleanedText}s hashed (another hash than the extraction's), without the
 * extraction that follows it in the job. Usage:
 * {@code bench/clean-bench.sh DIR [ROUNDS] [RULES]}.
 */
public final class CleanBench {

	/**
	 * Each file is cleaned within a deadline, as the job does
	 * ({@code export.max-clean-time}'s default).
	 */
	private static final Duration MAX_CLEAN_TIME = Duration.ofSeconds(60);

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		RuleSet rules = RuleSet.load(Path.of(args.length > 2 ? args[2] : "config/cleaning-rules.yml"));
		List<SourceText> texts = new ArrayList<>();
		long bytes = 0;
		InputFileReader reader = new InputFileReader(dir, new ReadCheckpoint(), 10_000_000);
		for (SourceItem item = reader.read(); item != null; item = reader.read()) {
			if (item instanceof SourceText text) {
				texts.add(text);
				bytes += text.bytes();
			}
		}
		LineStatistics statistics = new LineStatistics();
		for (SourceText text : texts) {
			statistics.add(text.text());
		}
		ArticleExtractor extractor = new ArticleExtractor(rules, statistics);
		Cleaner cleaner = new Cleaner(rules, statistics);
		boolean withDeadline = !Boolean.getBoolean("clean-bench.no-deadline");
		boolean cleanOnly = Boolean.getBoolean("clean-bench.clean-only");
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		System.out.printf("%d files, %.1f MB%s%n", texts.size(), bytes / 1e6, cleanOnly ? ", the cleaner alone" : "");
		for (int round = 1; round <= rounds; round++) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long cpu = threads.getCurrentThreadCpuTime();
			long wall = System.nanoTime();
			for (SourceText text : texts) {
				Object result;
				try {
					Deadline deadline = withDeadline ? Deadline.after(MAX_CLEAN_TIME) : Deadline.NONE;
					result = cleanOnly ? cleaner.clean(text.text(), deadline) : extractor.extract(text, deadline);
				}
				catch (RuntimeException ex) {
					result = ex.toString();
				}
				digest.update(result.toString().getBytes(StandardCharsets.UTF_8));
			}
			double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
			double wallS = (System.nanoTime() - wall) / 1e9;
			System.out.printf("round %d: cpu %.2f s, wall %.2f s, %.2f MB/cpu-s, output %s%n", round, cpuS, wallS,
					bytes / 1e6 / cpuS, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
		}
	}

}
