package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RequiredTextTest {

	private final RequiredText copyright = RequiredText.of(List.of("©", "(c)", "copyright", "all rights reserved"));

	@Test
	void oneOfTheTextsMustOccurAnywhereInTheLineIgnoringCase() {
		assertThat(copyright.isIn("© 2022 Press TV")).isTrue();
		assertThat(copyright.isIn("Site by Example. (C) 2004 Example")).isTrue();
		assertThat(copyright.isIn("The guides are COPYRIGHT 2002 by the school")).isTrue();
		assertThat(copyright.isIn("Example Radio 2021. All Rights Reserved")).isTrue();
		assertThat(copyright.isIn("all rights reserved")).isTrue();

		assertThat(copyright.isIn("All rights are reserved")).isFalse();
		assertThat(copyright.isIn("The copy is right (c")).isFalse();
		assertThat(copyright.isIn("")).isFalse();
		assertThat(copyright.isIn("copyrigh")).isFalse();
	}

	@Test
	void theLinesMaskRulesOutTextsWithACharacterTheLineLacksAndNothingElse() {
		for (String line : List.of("© 2022 Press TV", "Site by Example. (C) 2004 Example", "COPYRIGHT NOTICE",
				"All Rights Reserved.", "Nothing here", "", "Copy right", "(c", "ΣΟΦΙΑ \u212Aelvin")) {
			assertThat(copyright.isIn(line, RequiredText.mask(line))).as(line).isEqualTo(copyright.isIn(line));
		}
		assertThat(RequiredText.of(List.of("cookie")).isIn("No biscuits", RequiredText.mask("No biscuits"))).isFalse();
		assertThat(RequiredText.mask("Cookie")).isEqualTo(RequiredText.mask("cOOKIE"));
	}

	/**
	 * Texts of characters without other forms are found as they are written; the others
	 * by a character of theirs.
	 */
	@Test
	void textsAreFoundAsTheFoldedSearchFindsThem() {
		RequiredText required = RequiredText
			.of(List.of(":0", ":1", " / ", "©", "says", "said...", "all rights reserved", "\u212Aelvin", "σοφια"));
		java.util.Random random = new java.util.Random(3);
		String alphabet = "sSaAyYdD.:01/ ©ſkK\u212AeElLvViInNσΣςοΟφΦαΑ -rRgGhHtT";
		int found = 0;
		for (int n = 0; n < 20_000; n++) {
			StringBuilder line = new StringBuilder();
			for (int k = random.nextInt(30); k > 0; k--) {
				line.append(random.nextInt(6) == 0 ? required.texts().get(random.nextInt(required.texts().size()))
						: String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
			}
			boolean expected = foldedSearch(required.texts(), line.toString());
			found += expected ? 1 : 0;
			assertThat(required.isIn(line.toString())).as(line.toString()).isEqualTo(expected);
		}
		assertThat(found).isBetween(1000, 19_000);
	}

	/**
	 * The plain search: some text occurs where each of its chars has the fold of the
	 * line's char.
	 */
	private static boolean foldedSearch(List<String> texts, String line) {
		for (String text : texts) {
			for (int at = 0; at + text.length() <= line.length(); at++) {
				boolean all = true;
				for (int k = 0; k < text.length() && all; k++) {
					all = fold(line.charAt(at + k)) == fold(text.charAt(k));
				}
				if (all) {
					return true;
				}
			}
		}
		return false;
	}

	private static char fold(char c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	@Test
	void noTextsAcceptEveryLine() {
		assertThat(RequiredText.NONE.isIn("anything")).isTrue();
		assertThat(RequiredText.NONE.isIn("")).isTrue();
		assertThat(RequiredText.of(List.of())).isSameAs(RequiredText.NONE);
	}

	@Test
	void caseIsIgnoredAtLeastAsBroadlyAsJavaRegexDoes() {
		// what (?iu) finds in each line, the required text finds too: Kelvin sign and k,
		// long s and S, dotless i and I
		List<String> lines = List.of("\u212Aelvin", "kELVIN", "\u017Fays", "SAYS", "\u0131t", "It", "ÉTÉ", "été",
				"ΣΟΦΙΑ", "σοφια", "ß", "ẞ");
		for (String text : List.of("kelvin", "says", "it", "été", "σοφια", "ß")) {
			RequiredText required = RequiredText.of(List.of(text));
			Pattern unicode = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			Pattern ascii = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE);
			for (String line : lines) {
				if (unicode.matcher(line).find() || ascii.matcher(line).find()) {
					assertThat(required.isIn(line)).as("%s in %s", text, line).isTrue();
					assertThat(required.isIn(line, RequiredText.mask(line))).as("%s in %s, by its mask", text, line)
						.isTrue();
				}
			}
		}
		assertThat(RequiredText.of(List.of("kelvin")).isIn("\u212Aelvin")).isTrue();
		assertThat(RequiredText.of(List.of("σοφια")).isIn("ΣΟΦΙΑ")).isTrue();
	}

	@Test
	void aTextIsFoundAtTheStartAtTheEndAndAfterNearMisses() {
		RequiredText required = RequiredText.of(List.of(" / ", "said…", "posted by:"));

		assertThat(required.isIn("News / Iraq")).isTrue();
		assertThat(required.isIn(" / ")).isTrue();
		assertThat(required.isIn("Joanne said…")).isTrue();
		assertThat(required.isIn("Posted by:")).isTrue();
		assertThat(required.isIn("posted by posted by: x")).isTrue();
		assertThat(required.isIn("said, said… ")).isTrue();

		assertThat(required.isIn("03/01/2022")).isFalse();
		assertThat(required.isIn("Joanne said...")).isFalse();
		assertThat(required.isIn("posted by")).isFalse();
		assertThat(required.isIn("…")).isFalse();
	}

	@Test
	void anEmptyTextIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> RequiredText.of(List.of("copyright", "")));
	}

}
