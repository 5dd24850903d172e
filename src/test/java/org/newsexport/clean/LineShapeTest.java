package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineShapeTest {

	@ParameterizedTest
	@ValueSource(strings = { "It’s Payback Time for U.S.", "Million-Man March in Iraq for Anti-Terror Icons",
			"Iraqis hold rally in condemnation of US crimes (+VIDEOS)", "Is Iraq next?", "‘US terrorism has to end’",
			"Iraqis demand end to US terrorism ahead of General Soleimani's assassination anniversary" })
	void headlines(String line) {
		assertThat(LineShape.looksLikeHeadline(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sources said the talks would resume.", "He said:", "Officials said,",
			"Thousands of people gathered in the Iraqi capital to celebrate the second anniversary of the assassination"
					+ " of a reverent Iranian commander and his Iraqi lieutenant in a drone strike by the United States",
			"***" })
	void notHeadlines(String line) {
		assertThat(LineShape.looksLikeHeadline(line)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "He left.", "“They left.”", "Why?", "Stop!", "He said:", "and so on,",
			"“They blame the government. ”" })
	void sentenceEndings(String line) {
		assertThat(LineShape.endsLikeSentence(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "US convoy targeted in Iraq's Dhi Qar", "‘US terrorism has to end’", "Payback for U.S.",
			"Iraqis rally (+VIDEOS)" })
	void noSentenceEnding(String line) {
		assertThat(LineShape.endsLikeSentence(line)).isFalse();
	}

}
