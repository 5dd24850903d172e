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
		return ParagraphClassifier
			.classify(List.of(new KeptLine(1, BODY), new KeptLine(2, text), new KeptLine(3, BODY)))
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
			"The talks didn’t resume", "He told reporters: “We will stay.”",
			"“Yes,” he said after a long pause in the meeting with the foreign minister.",
			"“We cannot accept the occupation,” Khazali said in remarks directed at the US, Iraq’s Arabic-language"
					+ " al-Maalomah news agency reported.",
			"“American terrorism must end”, said one sign at the rally by supporters of the pro-Iranian Hashed.",
			"'Millions of Responses' is the name of the demonstration that Iraqi citizens are preparing for.",
			"1.5 million people marched in Baghdad on Saturday.",
			"3. Januar 2020 – Die Regierung hat" + " beschlossen, die Truppen abzuziehen.",
			"The ministry listed three demands in its statement: withdrawal, compensation and an apology",
			"Iraqi protesters gathered in the square on Saturday and marched towards the embassy of the United States"
					+ " chanting slogans" })
	void bodyText(String text) {
		assertThat(kindBetweenParagraphs(text)).isEqualTo(ParagraphKind.BODY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Iraqi people take part in a demonstration in Baghdad. (Photo by AFP)", "Photo: Reuters",
			"Image: Protesters in Tahrir Square", "Protesters burn a model of the embassy (Getty Images)",
			"File photo of General Soleimani", "Protesters in Baghdad (AP Photo/Hadi Mizban)",
			"Protesters burn a model of the US embassy in Baghdad. Image: AFP" })
	void captions(String text) {
		assertThat(kindBetweenParagraphs(text)).isEqualTo(ParagraphKind.CAPTION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "“We will not leave,” he said.",
			"“Long before the complete defeat of Daesh, Haj Qassem had promised to defeat them. This was achieved.”",
			"“The first recompense is to leave the region with humiliation,” he said in the northwestern city of Urmia.",
			"“Just as you loved the Iraqis, the Iraqis love you too,” Khazali said, addressing General Soleimani. “We are"
					+ " grateful to the Islamic Iran.”",
			"“They blame the [Iraqi] government for what they think, ”he continued,“ and that there has been no clarity. ”",
			"\"We will stay here until the very end,\" the minister said.",
			"‘We will never leave this land,’ she said.", "«Nous resterons ici jusqu’au bout», a-t-il déclaré.",
			"„Wir bleiben hier bis zum Ende“, sagte er.", "“We will stay.”" })
	void quotations(String text) {
		assertThat(kindBetweenParagraphs(text)).isEqualTo(ParagraphKind.QUOTE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "• Withdrawal of all foreign troops", "· Compensation for the victims", "▪ An apology",
			"•No space after the bullet", "1. Withdrawal of all foreign troops", "2) Compensation for the victims",
			"(3) An apology from the government", "12. The last demand" })
	void listItemsByBulletOrNumber(String text) {
		assertThat(kindBetweenParagraphs(text)).isEqualTo(ParagraphKind.LIST_ITEM);
	}

	@Test
	void aDashOrAsteriskMakesAListItemOnlyNextToAnotherMarkedLine() {
		List<Paragraph> list = ParagraphClassifier.classify(List.of(new KeptLine(1, BODY),
				new KeptLine(2, "- withdrawal of all foreign troops"), new KeptLine(3, "– compensation"),
				new KeptLine(4, "* an apology"), new KeptLine(5, "• a new election"), new KeptLine(6, BODY)));
		List<Paragraph> lone = ParagraphClassifier
			.classify(List.of(new KeptLine(1, BODY), new KeptLine(2, "- and that was all they said about it."),
					new KeptLine(3, BODY), new KeptLine(4, "– Reuters")));

		assertThat(list).extracting(Paragraph::kind)
			.containsExactly(ParagraphKind.BODY, ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM,
					ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM, ParagraphKind.BODY);
		assertThat(lone).extracting(Paragraph::kind)
			.containsExactly(ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY);
	}

	@Test
	void aListItemKeepsItsMarkerInItsText() {
		assertThat(ParagraphClassifier.classify(List.of(new KeptLine(1, "• Withdrawal"))).get(0))
			.isEqualTo(new Paragraph(0, ParagraphKind.LIST_ITEM, "• Withdrawal"));
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
