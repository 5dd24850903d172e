package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

	private final TextNormalizer normalizer = new TextNormalizer();

	@Test
	void splitsOnEveryKindOfLineEndAndKeepsSourceLineNumbers() {
		List<NormalizedLine> lines = normalizer.lines("one\r\ntwo\nthree\rfour");

		assertThat(lines).extracting(NormalizedLine::number).containsExactly(1, 2, 3, 4);
		assertThat(lines).extracting(NormalizedLine::text).containsExactly("one", "two", "three", "four");
	}

	@Test
	void blankLinesAreKeptAsEmptyLinesSoLaterNumbersStayRight() {
		List<NormalizedLine> lines = normalizer.lines("title\r\n\r\n \u00A0\t\r\nbody\r\n");

		assertThat(lines).extracting(NormalizedLine::text).containsExactly("title", "", "", "body");
		assertThat(lines.get(3).number()).isEqualTo(4);
		assertThat(lines.get(1).isBlank()).isTrue();
	}

	@Test
	void aTrailingLineEndAddsNoLineAndAMissingOneLosesNothing() {
		assertThat(normalizer.lines("a\nb\n")).extracting(NormalizedLine::text).containsExactly("a", "b");
		assertThat(normalizer.lines("a\nb")).extracting(NormalizedLine::text).containsExactly("a", "b");
		assertThat(normalizer.lines("")).isEmpty();
	}

	@Test
	void unicodeSpacesAndTabsBecomeOneSpaceAndTheLineIsTrimmed() {
		String line = "\u00A0News\u00A0 /\u2007\u202F Iraq\t\tagain\u2003end\u00A0 ";

		assertThat(normalizer.lines(line).get(0).text()).isEqualTo("News / Iraq again end");
	}

	@Test
	void zeroWidthCharactersAreRemoved() {
		assertThat(normalizer.lines("\uFEFFcap\u200Btcha\u2060").get(0).text()).isEqualTo("captcha");
	}

	@Test
	void zeroWidthJoinersThatPersianSpellingNeedsAreKept() {
		assertThat(normalizer.lines("می\u200Cخواهم").get(0).text()).isEqualTo("می\u200Cخواهم");
	}

	@Test
	void leadingBulletsAreStrippedForMatchingOnly() {
		NormalizedLine line = normalizer.lines("  \u2022 captcha").get(0);

		assertThat(line.text()).isEqualTo("• captcha");
		assertThat(line.matchText()).isEqualTo("captcha");
	}

	@Test
	void everyBulletKindIsStripped() {
		for (String bullet : List.of("•", "·", "▪", "◦", "‣", "●")) {
			assertThat(normalizer.lines(bullet + " Share this:").get(0).matchText()).isEqualTo("Share this:");
		}
		assertThat(normalizer.lines("• • Tweet").get(0).matchText()).isEqualTo("Tweet");
	}

}
