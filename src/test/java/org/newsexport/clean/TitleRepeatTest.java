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
		assertThat(TitleRepeat.wordSet("Iraq's US-led (+VIDEOS) 3 million")).containsExactlyInAnyOrder("iraq", "s",
				"us", "led", "videos", "3", "million");
	}

	@Test
	void aPageTitleIsTheHeadlineWithTheSitesNameAndTheHeadlineAloneRepeatsIt() {
		TitleRepeat pageTitle = new TitleRepeat("Latest Amelia Earhart search falls short - CBS News");

		assertThat(pageTitle.isRepeatedBy("Latest Amelia Earhart search falls short")).isTrue();
		assertThat(new TitleRepeat("The Firearm Blog » Taurus Judge “Public Defender”")
			.isRepeatedBy("Taurus Judge “Public Defender”")).isTrue();
		assertThat(new TitleRepeat("Dude Craft: This is Not a Photograph").isRepeatedBy("This is Not a Photograph"))
			.isTrue();
	}

	@Test
	void theSitesNameAloneIsNoRepeat() {
		TitleRepeat pageTitle = new TitleRepeat("Just Keep Going « Rand's Blog");

		assertThat(pageTitle.isRepeatedBy("Rand's Blog")).isFalse();
		assertThat(pageTitle.isRepeatedBy("Just Keep Going")).isTrue();
		assertThat(new TitleRepeat("Latest Amelia Earhart search falls short - CBS News").isRepeatedBy("CBS News"))
			.isFalse();
	}

}
