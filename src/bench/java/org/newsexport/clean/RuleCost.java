package org.newsexport.clean;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.newsexport.article.SourceItem;
import org.newsexport.article.SourceText;
import org.newsexport.read.InputFileReader;
import org.newsexport.read.ReadCheckpoint;

/**
 * Development tool, not a test: what the cleaning rules cost over every normalised line
 * of some directories, and a check that {@link RuleSet#firstMatch} (prefilter,
 * {@code requires:} texts) picks for every line the rule that trying each pattern in turn
 * picks. Prints the mismatches (must be 0), the CPU time of firstMatch per line, and per
 * rule on how many lines it is reached (the prefilter leaves it possible and no earlier
 * rule decided), how many it decides, and its share of the time (each rule timed over all
 * lines in turn, so the lines are colder in the cache than in the cleaner). Run from the
 * project directory: <pre>
 * bench/run.sh RuleCost config/cleaning-rules.yml DIR...
 * </pre>
 */
public final class RuleCost {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	public static void main(String[] args) throws Exception {
		RuleSet rules = RuleSet.load(Path.of(args[0]));
		List<CleaningRule> all = rules.rules();
		List<String> lines = lines(args);
		System.out.printf("%d lines, %d chars%n", lines.size(), lines.stream().mapToLong(String::length).sum());

		for (int round = 1; round <= 6; round++) {
			long cpu = THREADS.getCurrentThreadCpuTime();
			for (String line : lines) {
				rules.firstMatch(line);
			}
			System.out.printf("firstMatch round %d: %.0f ns/line%n", round,
					(THREADS.getCurrentThreadCpuTime() - cpu) / (double) lines.size());
		}

		RulePrefilter prefilter = new RulePrefilter(all.stream().map(CleaningRule::pattern).toList());
		boolean[][] tried = new boolean[all.size()][lines.size()];
		int[] decided = new int[all.size()];
		int mismatches = 0;
		for (int at = 0; at < lines.size(); at++) {
			String line = lines.get(at);
			int naive = 0;
			while (naive < all.size() && !all.get(naive).pattern().matcher(line).find()) {
				naive++;
			}
			CleaningRule found = rules.firstMatch(line).orElse(null);
			if (found != (naive < all.size() ? all.get(naive) : null)) {
				mismatches++;
				System.out.printf("MISMATCH: %s instead of rule #%d: %s%n", found, naive + 1, line);
			}
			if (naive < all.size()) {
				decided[naive]++;
			}
			for (int index : prefilter.candidates(line)) {
				if (index > naive) {
					break;
				}
				tried[index][at] = true;
			}
		}
		System.out.printf("mismatches against trying every pattern in turn: %d%n", mismatches);

		long[] cost = new long[all.size()];
		int[] triedCount = new int[all.size()];
		long total = 0;
		for (int round = 1; round <= 3; round++) {
			for (int index = 0; index < all.size(); index++) {
				Matcher matcher = all.get(index).pattern().matcher("");
				RequiredText requires = all.get(index).requires();
				long cpu = THREADS.getCurrentThreadCpuTime();
				triedCount[index] = 0;
				for (int at = 0; at < lines.size(); at++) {
					if (tried[index][at]) {
						triedCount[index]++;
						if (requires.isIn(lines.get(at))) {
							matcher.reset(lines.get(at)).find();
						}
					}
				}
				cost[index] = THREADS.getCurrentThreadCpuTime() - cpu;
			}
		}
		for (long spent : cost) {
			total += spent;
		}
		System.out.printf("%-22s %9s %7s %7s %6s%n", "rule", "ns/line", "tried", "decides", "%");
		for (int index = 0; index < all.size(); index++) {
			System.out.printf("%-22s %9.1f %7d %7d %6.1f%n", all.get(index).name(), cost[index] / (double) lines.size(),
					triedCount[index], decided[index], 100.0 * cost[index] / total);
		}
	}

	private static List<String> lines(String[] args) {
		List<String> lines = new ArrayList<>();
		TextNormalizer normalizer = new TextNormalizer();
		for (int arg = 1; arg < args.length; arg++) {
			InputFileReader reader = new InputFileReader(Path.of(args[arg]), new ReadCheckpoint(), 10_000_000);
			for (SourceItem item = reader.read(); item != null; item = reader.read()) {
				if (item instanceof SourceText text) {
					normalizer.lines(text.text())
						.stream()
						.filter(line -> !line.isBlank())
						.forEach(line -> lines.add(line.matchText()));
				}
			}
		}
		return lines;
	}

}
