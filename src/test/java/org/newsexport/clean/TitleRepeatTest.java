package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleRepeatTest {

	private final TitleRepeat repeat = new TitleRepeat("Iraqis hold rally in condemnation of US crimes (+VIDEOS)");

	@Test
	void anExactRepeatAndAOneWordVariantAreRepeats() {
		assertThat(repeat.isRepeatedBy("Iraqis hold rally in condemnation of US crimes (+VIDEOS)")).isTrue();
		assertThat(repeat.isRepeatedBy("Iraqis to hold rally in condemnation of US crimes (+VIDEOS)")).isTrue();
		assertThat(repeat.isRepeatedBy("IRAQIS HOLD RALLY IN CONDEMNATION OF US CRIMES")).isTrue();
	}

	@Test
	void anotherHeadlineOnTheSameStoryIsNot() {
		assertThat(repeat.isRepeatedBy("Iraqis rally ahead of anniv. of US assassination of Gen. Soleimani")).isFalse();
		assertThat(repeat.isRepeatedBy("Iraqis hold rally")).isFalse();
	}

	@Test
	void aLongParagraphThatContainsTheHeadlineIsNot() {
		String paragraph = "Iraqis hold rally in condemnation of US crimes (+VIDEOS), and the rally in condemnation of"
				+ " US crimes was held by Iraqis in Baghdad, where Iraqis hold a rally in condemnation of US crimes every"
				+ " year in condemnation of crimes of the US.";

		assertThat(repeat.isRepeatedBy(paragraph)).isFalse();
	}

	@Test
	void wordsAreLowerCasedRunsOfLettersAndDigits() {
		assertThat(TitleRepeat.wordSet("Iraq's US-led (+VIDEOS) 3 million"))
			.containsExactlyInAnyOrder("iraq", "s", "us", "led", "videos", "3", "million");
	}

}
