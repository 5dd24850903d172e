package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.newsexport.language.StopWords;

class LineFeaturesTest {

	private static LineFeatures of(String text, String language) {
		return LineFeatures.of(text, StopWords.shipped().count(text), language);
	}

	@Test
	void countsItemsBetweenLinkListSeparators() {
		LineFeatures menu = of("Home | News | Sport | Weather", "en");
		LineFeatures breadcrumb = of("Home > World > Middle East", "en");

		assertThat(menu.separatedItems()).isEqualTo(4);
		assertThat(menu.longestItemWords()).isEqualTo(1);
		assertThat(breadcrumb.separatedItems()).isEqualTo(3);
		assertThat(breadcrumb.longestItemWords()).isEqualTo(2);
		assertThat(of("He said the ratio was 3/4 > 1/2 of it.", "en").separatedItems()).isEqualTo(2);
		assertThat(of("Thousands gathered in Baghdad.", "en").separatedItems()).isEqualTo(1);
	}

	@Test
	void seesArrowsAndGuillemetsAroundShortLinks() {
		assertThat(of("Read more »", "en").linkMarker()).isTrue();
		assertThat(of("« Previous", "en").linkMarker()).isTrue();
		assertThat(of("More ›", "en").linkMarker()).isTrue();
		assertThat(of("He called it «a disgrace».", "en").linkMarker()).isFalse();
	}

	@Test
	void measuresStopWordDensityInThePagesLanguageOnly() {
		String sentence = "The minister said that the talks would go on until the end of the week.";

		assertThat(of(sentence, "en").stopWordDensity()).isCloseTo(9.0 / 15, within(1e-9));
		assertThat(of(sentence, "ru").stopWords()).isZero();
		assertThat(of(sentence, null).languageKnown()).isFalse();
		assertThat(of(sentence, null).stopWordDensity()).isEqualTo(-1);
	}

	@Test
	void countsChineseJapaneseAndKoreanCharactersTwiceInTheLength() {
		assertThat(of("Iraqis rally", "en").length()).isEqualTo(12);
		assertThat(of("政府表示 OK", null).length()).isEqualTo(11);
	}

	@Test
	void measuresDigitsSymbolsAndCapitals() {
		LineFeatures score = of("3 - 1 (45') 2:0", "en");
		LineFeatures shout = of("SIGN UP FOR OUR NEWSLETTER", "en");
		LineFeatures names = of("Barack Obama, Mitt Romney", "en");

		assertThat(score.digitShare()).isEqualTo(1.0);
		assertThat(score.symbolShare()).isGreaterThan(0.3);
		assertThat(shout.capitalisedWords()).isEqualTo(5);
		assertThat(names.capitalisedWords()).isEqualTo(names.words()).isEqualTo(4);
		assertThat(of("“We will not leave,” they said.", "en").capitalisedWords()).isEqualTo(1);
	}

	@Test
	void terminalPunctuationIsASentenceEndNotAnAbbreviation() {
		assertThat(of("They rallied.", "en").terminalPunctuation()).isTrue();
		assertThat(of("Did they rally?”", "en").terminalPunctuation()).isTrue();
		assertThat(of("政府周一表示不会改变政策。", null).terminalPunctuation()).isTrue();
		assertThat(of("Troops leave the U.S.", "en").terminalPunctuation()).isFalse();
		assertThat(of("Iraqis hold rally", "en").terminalPunctuation()).isFalse();
		assertThat(of("Placards read:", "en").terminalPunctuation()).isFalse();
	}

}
