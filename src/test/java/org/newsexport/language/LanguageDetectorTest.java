package org.newsexport.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

	private final LanguageDetector detector = new LanguageDetector();

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					en | The government said on Monday that it would not change the policy, despite protests in the capital.
					fr | Le gouvernement a annoncé lundi qu'il ne changerait pas sa politique, malgré les manifestations.
					de | Die Regierung hat am Montag erklärt, dass sie ihre Politik trotz der Proteste nicht ändern werde.
					es | El gobierno dijo el lunes que no cambiaría su política, a pesar de las protestas en la capital.
					it | Il governo ha detto lunedì che non cambierà la sua politica, nonostante le proteste nella capitale.
					pt | O governo disse na segunda-feira que não vai mudar a sua política, apesar dos protestos na capital.
					nl | De regering heeft maandag gezegd dat zij haar beleid niet zal veranderen, ondanks de protesten.
					ru | Правительство заявило в понедельник, что не будет менять свою политику, несмотря на протесты в столице.
					ar | قالت الحكومة يوم الاثنين إنها لن تغير سياستها على الرغم من الاحتجاجات في العاصمة.
					fa | دولت روز دوشنبه اعلام کرد که با وجود اعتراض‌ها در پایتخت، سیاست خود را تغییر نخواهد داد.
					tr | Hükümet pazartesi günü yaptığı açıklamada, bu karar için çok tartışıldı ve daha sonra da değişmeyecek.
					pl | Rząd poinformował w poniedziałek, że nie zmieni swojej polityki, mimo protestów w stolicy.
					sv | Regeringen sade på måndagen att den inte kommer att ändra sin politik, trots protesterna i huvudstaden.
					id | Pemerintah mengatakan pada hari Senin bahwa mereka tidak akan mengubah kebijakan itu, meskipun ada protes.
					""")
	void tellsTheLanguageOfOneSentence(String language, String sentence) {
		assertThat(detector.detect(sentence)).isEqualTo(language);
	}

	@Test
	void isUnsureOfALanguageWithoutAList() {
		assertThat(detector.detect("政府周一表示，尽管首都发生抗议活动，但不会改变政策。")).isNull();
		assertThat(detector
			.detect("सरकार ने सोमवार को कहा कि वह राजधानी में विरोध प्रदर्शनों के बावजूद नीति नहीं बदलेगी।")).isNull();
	}

	@Test
	void isUnsureOfTextWithoutStopWords() {
		assertThat(detector.detect("Home | News | Sport | Weather | Contact")).isNull();
		assertThat(detector.detect("Barack Obama, Mitt Romney")).isNull();
		assertThat(detector.detect("")).isNull();
	}

	@Test
	void aFewBorrowedEnglishWordsDoNotMakeAChineseTextEnglish() {
		assertThat(detector.detect("政府周一表示 the iPhone 尽管首都发生抗议活动 but 不会改变政策 and 抗议活动在首都继续进行了三天")).isNull();
	}

	@Test
	void countsOfLinesAddUpToThoseOfThePage() {
		StopWords stopWords = StopWords.shipped();
		StopWordCounts page = new StopWordCounts();
		page.add(stopWords.count("The minister said that the talks would go on."));
		page.add(stopWords.count("It was not clear when they would end."));

		assertThat(page.words()).isEqualTo(17);
		assertThat(detector.decide(page)).isEqualTo("en");
	}

}
