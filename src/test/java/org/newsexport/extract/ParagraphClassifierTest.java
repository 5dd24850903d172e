package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;
import org.newsexport.clean.KeptLine;

class ParagraphClassifierTest {

	private static final String BODY = "Thousands of people rallied in Baghdad on Saturday, officials said.";

	private static ParagraphKind kindBetweenParagraphs(String text) {
		return ParagraphClassifier.classify(List.of(new KeptLine(1, BODY), new KeptLine(2, text), new KeptLine(3, BODY)))
			.get(1)
			.kind();
	}

	@ParameterizedTest
	@ValueSource(strings = { "‘US terrorism has to end’", "Demanding withdrawal ‘not a sentimental position’",
			"‘Path of commanders not to end with martyrdom’", "US embassy on alert amid Iraqi Resistance attacks",
			"US convoy targeted in Iraq's Dhi Qar",
			"Iraqis rally ahead of anniv. of US assassination of Gen. Soleimani, burn model of US embassy",
			"What Comes Next" })
	void subHeadings(String text) {
		assertThat(kindBetweenParagraphs(text)).isEqualTo(ParagraphKind.HEADING);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The number of demonstrators in Baghdad has reached 3 million so far",
			"American planes are said to have flown to observe the demonstration.", "They marched to the embassy",
			"The talks didn’t resume", "“We will not leave,” he said.", "He told reporters: “We will stay.”",
			"The ministry listed three demands in its statement: withdrawal, compensation and an apology",
			"Iraqi protesters gathered in the square on Saturday and marched towards the embassy of the United States"
					+ " chanting slogans" })
	void bodyText(String text) {
		assertThat(kindBetweenParagraphs(text)).isEqualTo(ParagraphKind.BODY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Iraqi people take part in a demonstration in Baghdad. (Photo by AFP)",
			"Photo: Reuters", "Image: Protesters in Tahrir Square", "Protesters burn a model of the embassy (Getty Images)",
			"File photo of General Soleimani", "Protesters in Baghdad (AP Photo/Hadi Mizban)",
			"Protesters burn a model of the US embassy in Baghdad. Image: AFP" })
	void captions(String text) {
		assertThat(kindBetweenParagraphs(text)).isEqualTo(ParagraphKind.CAPTION);
	}

	@Test
	void theFirstAndLastParagraphsAreNeverHeadings() {
		List<Paragraph> paragraphs = ParagraphClassifier.classify(List.of(new KeptLine(1, "US embassy on alert"),
				new KeptLine(3, BODY), new KeptLine(5, "US convoy targeted in Dhi Qar")));

		assertThat(paragraphs).extracting(Paragraph::kind)
			.containsExactly(ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY);
		assertThat(paragraphs).extracting(Paragraph::position).containsExactly(0, 1, 2);
	}

}
