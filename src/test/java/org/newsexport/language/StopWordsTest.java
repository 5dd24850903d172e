package org.newsexport.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopWordsTest {

	private final StopWords stopWords = StopWords.shipped();

	@Test
	void everyShippedLanguageHasAList() {
		for (String language : StopWords.LANGUAGES) {
			assertThat(StopWords.bit(language)).as(language).isNotZero();
		}
		assertThat(stopWords.contains("en", "the")).isTrue();
		assertThat(stopWords.contains("de", "und")).isTrue();
		assertThat(stopWords.contains("ru", "что")).isTrue();
		assertThat(stopWords.contains("en", "government")).isFalse();
		assertThat(stopWords.contains("zh", "的")).isFalse();
	}

	@Test
	void wordsAreComparedInLowerCase() {
		assertThat(stopWords.contains("en", "The")).isTrue();
		assertThat(stopWords.contains("tr", "İçin")).isTrue();
	}

	@Test
	void persianYehAndKehehMatchTheListsArabicForms() {
		// the list writes "که" with Arabic kaf and "این" with Arabic yeh
		assertThat(stopWords.contains("fa", "که")).isTrue();
		assertThat(stopWords.contains("fa", "این")).isTrue();
	}

	@Test
	void aWordWithAnApostropheIsLookedUpWholeThenByItsFirstPart() {
		StopWordCounts english = stopWords.count("it's");
		StopWordCounts french = stopWords.count("l'homme d'État");

		assertThat(english.words()).isEqualTo(1);
		assertThat(english.hits("en")).isEqualTo(1);
		assertThat(french.words()).isEqualTo(2);
		assertThat(french.hits("fr")).isEqualTo(2);
	}

	@Test
	void digitsAndPunctuationAreNotWords() {
		StopWordCounts counts = stopWords.count("2022 -- 3:45, ... (and)");

		assertThat(counts.words()).isEqualTo(1);
		assertThat(counts.hits("en")).isEqualTo(1);
		assertThat(counts.hits("xx")).isZero();
	}

	@Test
	void combiningMarksStayInsideTheirWord() {
		assertThat(stopWords.count("नहीं बदलेगी").words()).isEqualTo(2);
	}

}
