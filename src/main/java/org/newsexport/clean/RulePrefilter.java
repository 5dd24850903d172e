package org.newsexport.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which rules can match a line at all, judged by the line's first one or two characters,
 * so that {@link RuleSet#firstMatch} tries only those: most rules open with {@code ^} and
 * a few words, and a line that starts with "Th" cannot be "Leave a reply" nor "Share on
 * Facebook".
 * <p>
 * The test is Java's own, {@link Matcher#hitEnd()}: when {@code find()} fails on a prefix
 * {@code p} of a line and {@code hitEnd()} is false, the engine never looked past
 * {@code p} (nor asked whether the input ends there, as {@code $} and {@code \b} do), so
 * more input could not have changed the result ({@code hitEnd}'s contract: "when this
 * method returns true, then it is possible that more input would have changed the result
 * of the last search") and no line that starts with {@code p} can match either. An
 * unanchored pattern always hits the end when it fails (its search moves on to the last
 * position), so it stays a candidate for every line; so does every pattern where the
 * prefix matches. Nothing about the pattern is guessed: lookarounds, {@code \b},
 * {@code $}, case-insensitivity and empty matches are all the engine's business.
 * <p>
 * Three things are kept out, where Java's {@code hitEnd} is not to be trusted: a prefix
 * that ends inside a surrogate pair (JDK-8217501), so a two-character key is used only
 * when both are ASCII and a one-character key never for a surrogate; patterns compiled
 * with {@link Pattern#CANON_EQ} (JDK-8281560); and patterns that mention {@code \X} or
 * {@code \b{g}} (grapheme clusters, which end at the end of the input without setting
 * {@code hitEnd}, although more input could extend the last one). Such patterns are tried
 * on every line.
 * <p>
 * The candidates of each key are computed the first time a line with that key is seen,
 * and published through an {@link AtomicReferenceArray}, so that threads sharing a rule
 * set see either no entry (and compute it themselves: the result is the same) or a
 * complete one.
 */
final class RulePrefilter {

	private static final int ASCII = 128;

	private final Pattern[] patterns;

	private final boolean[] alwaysTried;

	private final int[] all;

	/** Candidates by two ASCII characters: {@code first * 128 + second}. */
	private final AtomicReferenceArray<int[]> byTwo = new AtomicReferenceArray<>(ASCII * ASCII);

	/**
	 * Candidates by the first character alone, when the second is not ASCII or the line
	 * is one character long.
	 */
	private final AtomicReferenceArray<int[]> byOne = new AtomicReferenceArray<>(Character.MAX_VALUE + 1);

	RulePrefilter(List<Pattern> patterns) {
		this.patterns = patterns.toArray(Pattern[]::new);
		this.alwaysTried = new boolean[this.patterns.length];
		this.all = new int[this.patterns.length];
		for (int index = 0; index < this.patterns.length; index++) {
			this.alwaysTried[index] = !trustsHitEnd(this.patterns[index]);
			this.all[index] = index;
		}
	}

	/**
	 * The indexes, in order, of the patterns that may be found in the line: every other
	 * pattern is certainly not. The array is shared: do not change it.
	 */
	int[] candidates(String line) {
		if (line.isEmpty()) {
			return all;
		}
		char first = line.charAt(0);
		if (first < ASCII && line.length() > 1 && line.charAt(1) < ASCII) {
			int key = first * ASCII + line.charAt(1);
			int[] candidates = byTwo.get(key);
			if (candidates == null) {
				candidates = compute(line.substring(0, 2));
				byTwo.set(key, candidates);
			}
			return candidates;
		}
		if (Character.isSurrogate(first)) {
			return all;
		}
		int[] candidates = byOne.get(first);
		if (candidates == null) {
			candidates = compute(String.valueOf(first));
			byOne.set(first, candidates);
		}
		return candidates;
	}

	private int[] compute(String prefix) {
		List<Integer> candidates = new ArrayList<>();
		for (int index = 0; index < patterns.length; index++) {
			if (alwaysTried[index] || mayMatchAfter(patterns[index], prefix)) {
				candidates.add(index);
			}
		}
		return candidates.stream().mapToInt(Integer::intValue).toArray();
	}

	/** False only when no text that starts with the prefix can contain the pattern. */
	static boolean mayMatchAfter(Pattern pattern, String prefix) {
		Matcher matcher = pattern.matcher(prefix);
		return matcher.find() || matcher.hitEnd();
	}

	/**
	 * Whether {@link Matcher#hitEnd()} keeps its contract for the pattern (see the class
	 * comment).
	 */
	static boolean trustsHitEnd(Pattern pattern) {
		String regex = pattern.pattern();
		return (pattern.flags() & Pattern.CANON_EQ) == 0 && !regex.contains("\\X") && !regex.contains("\\b{");
	}

}
