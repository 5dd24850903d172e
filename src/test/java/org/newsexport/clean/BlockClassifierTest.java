package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsexport.language.StopWords;

class BlockClassifierTest {

	private static final String PARAGRAPH = "Thousands of Iraqis gathered in Baghdad on Saturday to mark the anniversary "
			+ "of the killing, and many of them carried flags and pictures of the two commanders through the streets.";

	private static PageLine classify(String text, String language) {
		PageLine line = new PageLine(new NormalizedLine(1, text, text), true, StopWords.shipped().count(text));
		line.features = LineFeatures.of(text, line.stopWordCounts, language);
		BlockClassifier.classify(line, CleaningSettings.DEFAULTS);
		return line;
	}

	@Test
	void aLongLineWithTheStopWordsOfASentenceIsGood() {
		PageLine line = classify(PARAGRAPH, "en");

		assertThat(line.blockClass).isEqualTo(BlockClass.GOOD);
		assertThat(line.reason).isNull();
	}

	@Test
	void aSentenceOfMiddlingLengthIsNearGoodAndAShortLineIsLeftToItsNeighbours() {
		assertThat(classify("The demonstrators marched through the centre of the capital on Friday.", "en").blockClass)
			.isEqualTo(BlockClass.NEAR_GOOD);
		PageLine byline = classify("By Ali Abbas", "en");
		assertThat(byline.blockClass).isEqualTo(BlockClass.SHORT);
		assertThat(byline.reason).isEqualTo(Feature.SHORT);
		assertThat(byline.decided).isFalse();
	}

	@Test
	void aLinkListIsBoilerplateWhateverItsNeighbours() {
		PageLine menu = classify("Home | News | Sport | Weather | Contact", "en");

		assertThat(menu.blockClass).isEqualTo(BlockClass.BAD);
		assertThat(menu.reason).isEqualTo(Feature.LINK_LIST);
		assertThat(menu.decided).isTrue();
		assertThat(classify("The vote was 3 | 4 in the first round, and he said it was a fair result for all of them.",
				"en").reason)
			.isNull();
	}

	@Test
	void aShortLinkWithAnArrowIsBoilerplate() {
		assertThat(classify("Read the full story »", "en").reason).isEqualTo(Feature.LINK_MARKER);
		assertThat(classify("View the Full Gallery »", "en").decided).isTrue();
		assertThat(classify("He shouted «Down with the occupiers» as the crowd moved to the embassy gates on Friday »",
				"en").reason)
			.isNotEqualTo(Feature.LINK_MARKER);
	}

	@Test
	void digitsAndSymbolsAreBoilerplate() {
		assertThat(classify("12:45 | 3.2°C | 1,234 views | 56 shares | 7/10", "en").blockClass)
			.isEqualTo(BlockClass.BAD);
		assertThat(classify("$1,170,000", "en").reason).isEqualTo(Feature.SYMBOLS);
		assertThat(classify("The 2,500 troops will leave by 2022, the ministry said in a statement on Monday.",
				"en").blockClass)
			.isNotEqualTo(BlockClass.BAD);
	}

	@Test
	void aLongLineWithoutStopWordsIsBoilerplateAndOneWithFewIsLeftToItsNeighbours() {
		PageLine tags = classify(
				"Barack Obama, Mitt Romney, Election 2012, Ohio, Florida, Swing States, Polls, Debates", "en");
		// two stop words ("and", "in") of fourteen words: few, not none
		PageLine reference = classify(
				"Barack Obama and Mitt Romney, Election 2012 in Ohio, Florida, Swing States, Polls,"
						+ " Debates, Conventions",
				"en");

		assertThat(tags.blockClass).isEqualTo(BlockClass.BAD);
		assertThat(tags.reason).isEqualTo(Feature.LOW_STOPWORD_DENSITY);
		assertThat(reference.blockClass).isEqualTo(BlockClass.NEAR_GOOD);
		assertThat(reference.reason).isEqualTo(Feature.LOW_STOPWORD_DENSITY);
	}

	@Test
	void withoutAStopWordListSentencePunctuationStandsInForStopWords() {
		String chinese = "政府周一表示，尽管首都发生抗议活动，但不会改变政策，并将继续与各方保持沟通，以确保局势稳定和社会秩序，同时呼吁民众保持冷静并遵守法律规定。";
		String hindi = "सरकार ने सोमवार को कहा कि वह राजधानी में विरोध प्रदर्शनों के बावजूद अपनी नीति नहीं बदलेगी और सभी पक्षों से बातचीत जारी रखेगी।";

		assertThat(classify(chinese, null).blockClass).isEqualTo(BlockClass.NEAR_GOOD);
		assertThat(classify(hindi, null).blockClass).isEqualTo(BlockClass.NEAR_GOOD);
		assertThat(classify("首页 新闻 体育 天气 联系我们 关于我们 隐私政策 使用条款 网站地图 广告服务 招聘信息 帮助中心", null).blockClass)
			.isEqualTo(BlockClass.SHORT);
	}

}
