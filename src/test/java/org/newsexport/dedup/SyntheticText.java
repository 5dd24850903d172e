package org.newsexport.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts of random words (no shingle repeats by chance), and edited copies of them whose
 * shingle Jaccard similarity with the original is about what the test asks for.
 */
final class SyntheticText {

	private final Random random;

	private int freshWords;

	SyntheticText(long seed) {
		this.random = new Random(seed);
	}

	List<String> words(int count) {
		List<String> words = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			words.add("w" + random.nextInt(1_000_000));
		}
		return words;
	}

	/**
	 * A copy with single words replaced by new ones, at least {@code shingleSize} apart,
	 * so that each replacement swaps {@code shingleSize} shingles: with {@code S}
	 * shingles and {@code e} replacements the Jaccard similarity is
	 * {@code (S − k·e) / (S + k·e)}.
	 */
	List<String> edited(List<String> words, double targetJaccard, int shingleSize) {
		int shingles = words.size() - shingleSize + 1;
		int edits = (int) Math.round(shingles * (1 - targetJaccard) / (shingleSize * (1 + targetJaccard)));
		List<String> copy = new ArrayList<>(words);
		int spacing = words.size() / Math.max(1, edits);
		if (edits > 0 && spacing < shingleSize) {
			throw new IllegalArgumentException("Too many edits for " + words.size() + " words: " + edits);
		}
		for (int i = 0; i < edits; i++) {
			copy.set(i * spacing + spacing / 2, "fresh" + freshWords++);
		}
		return copy;
	}

	static String text(List<String> words) {
		return String.join(" ", words);
	}

}
