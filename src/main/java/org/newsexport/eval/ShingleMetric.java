package org.newsexport.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word-shingle overlap of the dev set's {@code score.py}, ported so that the project
 * can measure its cleaner without Python. Tokens are the maximal runs of word characters
 * as Python's {@code re} defines {@code \w} on text: a letter or a number of any script
 * (Unicode categories L* and N*) or an underscore. Java's own {@code (?U)\w} is not that:
 * it also takes combining marks, connector punctuation and the zero-width joiners, and
 * leaves out numbers such as "²" and "½", so the tokens are cut by hand. Case is kept.
 */
public final class ShingleMetric {

	/**
	 * Words per shingle. A text of one to three tokens makes a single shorter shingle.
	 */
	static final int SHINGLE_SIZE = 4;

	private ShingleMetric() {
	}

	public static List<String> tokens(CharSequence text) {
		List<String> tokens = new ArrayList<>();
		int start = -1;
		int i = 0;
		while (i <= text.length()) {
			int codePoint = i < text.length() ? Character.codePointAt(text, i) : -1;
			boolean word = codePoint >= 0 && isWordCharacter(codePoint);
			if (word && start < 0) {
				start = i;
			}
			else if (!word && start >= 0) {
				tokens.add(text.subSequence(start, i).toString());
				start = -1;
			}
			i += codePoint > 0xFFFF ? 2 : 1;
		}
		return tokens;
	}

	/**
	 * Python's {@code \w} on str: {@code str.isalnum()} or the underscore, which is
	 * categories L* and N*.
	 */
	static boolean isWordCharacter(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
				true;
			default -> codePoint == '_';
		};
	}

	/** Scores one document's predicted body against its gold body. */
	public static DocumentScore score(String docId, String gold, String predicted) {
		List<String> goldTokens = tokens(gold);
		List<String> predictedTokens = tokens(predicted);
		Map<String, Integer> goldShingles = shingles(goldTokens);
		Map<String, Integer> predictedShingles = shingles(predictedTokens);
		long truePositives = 0;
		long predictedCount = 0;
		for (Map.Entry<String, Integer> shingle : predictedShingles.entrySet()) {
			predictedCount += shingle.getValue();
			truePositives += Math.min(shingle.getValue(), goldShingles.getOrDefault(shingle.getKey(), 0));
		}
		long goldCount = goldShingles.values().stream().mapToLong(Integer::longValue).sum();
		return new DocumentScore(docId, truePositives, predictedCount - truePositives, goldCount - truePositives,
				goldTokens.equals(predictedTokens), goldTokens.size(), predictedTokens.size());
	}

	/**
	 * The multiset of shingles, each keyed by its tokens joined with a space (never part
	 * of a token).
	 */
	static Map<String, Integer> shingles(List<String> tokens) {
		Map<String, Integer> shingles = new HashMap<>();
		if (tokens.isEmpty()) {
			return shingles;
		}
		if (tokens.size() < SHINGLE_SIZE) {
			shingles.put(String.join(" ", tokens), 1);
			return shingles;
		}
		for (int i = 0; i + SHINGLE_SIZE <= tokens.size(); i++) {
			shingles.merge(String.join(" ", tokens.subList(i, i + SHINGLE_SIZE)), 1, Integer::sum);
		}
		return shingles;
	}

}
