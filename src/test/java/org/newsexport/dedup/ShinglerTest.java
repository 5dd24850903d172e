package org.newsexport.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsexport.hash.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShinglerTest {

	private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

	private final Shingler shingler = new Shingler(5);

	@Test
	void wordCharactersAreExactlyThoseOfUnicodeBackslashW() {
		Pattern one = Pattern.compile("\\w", Pattern.UNICODE_CHARACTER_CLASS);
		for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
			boolean regex = one.matcher(new String(Character.toChars(cp))).matches();
			if (Shingler.isWordCharacter(cp) != regex) {
				throw new AssertionError(String.format("U+%04X: regex %s", cp, regex));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "Iraq’s Prime Minister, al-Kadhimi, said: “No!”", "snake_case and 3.14 and 2022-01-03",
			"مرحبا بالعالم، هذا اختبار", "Café crème brûlée (naïve)", "emoji 😀 between words 👍🏽 too",
			"  leading\tand trailing  \n", "Ελληνικά κείμενα ΜΕ κεφαλαία", "" })
	void tokensAreTheLowerCasedMatchesOfUnicodeBackslashW(String text) {
		List<String> expected = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			expected.add(matcher.group().toLowerCase(Locale.ROOT));
		}

		Shingles shingles = shingler.shingle(text);
		Shingles fromRegexTokens = shingler.shingle(String.join(" ", expected));

		assertThat(shingles.tokenCount()).isEqualTo(expected.size());
		assertThat(shingles.bodyHash()).isEqualTo(fromRegexTokens.bodyHash());
		assertThat(shingles.hashes()).isEqualTo(fromRegexTokens.hashes());
	}

	/**
	 * The tokens' hashes as the class defines them, computed the plain way (FNV-1a over
	 * the lower-cased code points of each run of word characters, then mixed), over text
	 * holding every character up to U+2FFF and a few beyond the BMP: the look-up tables
	 * give the same hashes as the Unicode tables.
	 */
	@Test
	void tokenHashesAreFnvOfTheLowerCasedCodePointsOfEachToken() {
		StringBuilder text = new StringBuilder();
		for (int cp = 0; cp <= 0x2fff; cp++) {
			text.appendCodePoint(cp).append(cp % 7 == 0 ? " " : "");
		}
		text.append("Ab 😀x 𝐀𝐁c ‿joined ZWJ\u200dhere Éé");

		assertThat(Shingler.tokenHashes(text)).isEqualTo(plainTokenHashes(text.toString()));
	}

	/**
	 * One-letter tokens, the most a text holds, and surrogate pairs across the ends of
	 * the 1,024-character blocks.
	 */
	@Test
	void tokenHashesOfDenseTextAndPairsAcrossBlocks() {
		String dense = "a b ".repeat(2000) + "c";
		assertThat(Shingler.tokenHashes(dense)).isEqualTo(plainTokenHashes(dense)).hasSize(4001);
		for (int at = 1018; at <= 1030; at++) {
			String text = "x ".repeat(at / 2) + (at % 2 == 0 ? "" : "y") + "😀𝐀b c 😀 d".repeat(300);
			assertThat(Shingler.tokenHashes(text)).as("at %d", at).isEqualTo(plainTokenHashes(text));
		}
	}

	@Test
	void windowsHashEveryRunOfConsecutiveTokens() {
		long[] tokens = Shingler.tokenHashes("one two three four five six seven one two three");
		long[] windows = shingler.windows(tokens);

		assertThat(windows).hasSize(6);
		for (int start = 0; start < windows.length; start++) {
			long h = 5;
			for (int i = start; i < start + 5; i++) {
				h = h * 0x9e3779b97f4a7c15L + tokens[i];
			}
			assertThat(windows[start]).isEqualTo(Hashes.mix(h));
		}
		long shortBody = Hashes.mix((2 * 0x9e3779b97f4a7c15L + tokens[0]) * 0x9e3779b97f4a7c15L + tokens[1]);
		assertThat(new Shingler(3).windows(new long[] { tokens[0], tokens[1] })).containsExactly(shortBody);
	}

	private static long[] plainTokenHashes(String text) {
		List<Long> tokens = new ArrayList<>();
		long h = 0xcbf29ce484222325L;
		boolean inToken = false;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int cp = text.codePointAt(i);
			if (Shingler.isWordCharacter(cp)) {
				h = (h ^ Character.toLowerCase(cp)) * 0x100000001b3L;
				inToken = true;
			}
			else if (inToken) {
				tokens.add(Hashes.mix(h));
				h = 0xcbf29ce484222325L;
				inToken = false;
			}
		}
		if (inToken) {
			tokens.add(Hashes.mix(h));
		}
		return tokens.stream().mapToLong(Long::longValue).toArray();
	}

	@Test
	void caseWhiteSpaceAndPunctuationDoNotChangeTheNormalisedBodyHash() {
		long hash = shingler.shingle("The marchers chanted “Death to America”. It was loud.").bodyHash();

		assertThat(shingler.shingle("the  MARCHERS chanted\n\n\"death to america\" -- it was loud").bodyHash())
			.isEqualTo(hash);
		assertThat(shingler.shingle("The marchers chanted Death to America, it was loud!!!").bodyHash())
			.isEqualTo(hash);
	}

	@Test
	void anotherWordOrderOrAnotherWordChangesTheNormalisedBodyHash() {
		long hash = shingler.shingle("the marchers chanted death to america").bodyHash();

		assertThat(shingler.shingle("the marchers chanted america to death").bodyHash()).isNotEqualTo(hash);
		assertThat(shingler.shingle("the marchers chanted death to americans").bodyHash()).isNotEqualTo(hash);
		assertThat(shingler.shingle("the marchers chanted death to america too").bodyHash()).isNotEqualTo(hash);
	}

	@Test
	void aShingleIsFiveConsecutiveTokensAndTheSetHasNoRepeats() {
		assertThat(shingler.shingle("one two three four five six seven eight nine ten").hashes()).hasSize(6);
		// 10 windows, but the second half repeats the first
		assertThat(shingler.shingle("a b c d e a b c d e a b c d").hashes()).hasSize(5);
		assertThat(shingler.shingle("a b c d e a b c d e a b c d").hashes()).isSorted();
	}

	@Test
	void aBodyShorterThanAShingleIsOneShingleAndOneWithoutWordsHasNone() {
		assertThat(shingler.shingle("Photo gallery").hashes()).hasSize(1);
		assertThat(shingler.shingle("Photo gallery").tokenCount()).isEqualTo(2);
		assertThat(shingler.shingle("— … ★ —").isEmpty()).isTrue();
		assertThat(shingler.shingle("— … ★ —").hashes()).isEmpty();
	}

	@Test
	void exactJaccardOfSortedShingleSets() {
		assertThat(Shingles.jaccard(new long[] { 1, 2, 3, 4 }, new long[] { 3, 4, 5, 6 })).isEqualTo(2.0 / 6);
		assertThat(Shingles.jaccard(new long[] { -5, 1 }, new long[] { -5, 1 })).isEqualTo(1.0);
		assertThat(Shingles.jaccard(new long[] { 1 }, new long[] { 2 })).isZero();
		assertThat(Shingles.jaccard(new long[0], new long[0])).isZero();
	}

	@Test
	void shingleSizeMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Shingler(0))
			.withMessage("Shingle size must be at least 1, not 0");
	}

}
