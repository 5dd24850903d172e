package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;
import org.newsexport.article.Quote;

class QuoteExtractorTest {

	private static List<Quote> quotes(String... paragraphs) {
		List<Paragraph> body = new ArrayList<>();
		for (String text : paragraphs) {
			body.add(new Paragraph(body.size(), ParagraphKind.BODY, text));
		}
		return QuoteExtractor.extract(body);
	}

	@Test
	void aNamedSpeakerAfterTheQuotation() {
		assertThat(quotes("“We cannot accept the occupation, and you should have understood the lessons,” Khazali said"
				+ " in remarks directed at the US."))
			.containsExactly(new Quote(0, "We cannot accept the occupation, and you should have understood the lessons",
					"Khazali"));
		assertThat(
				quotes("“We will accept nothing less than full withdrawal,” said Hadi al-Ameri, head of a coalition."))
			.extracting(Quote::speaker)
			.containsExactly("Hadi al-Ameri");
	}

	@Test
	void aNamedSpeakerBeforeTheQuotation() {
		assertThat(quotes("Khazali said, “Just as you loved the Iraqis, the Iraqis love you too.”"))
			.containsExactly(new Quote(0, "Just as you loved the Iraqis, the Iraqis love you too.", "Khazali"));
	}

	@Test
	void heIsTheLastPersonNamedAsASubject() {
		List<Quote> quotes = quotes("IRGC spokesman Ramezan Sharif said the United States must leave the region.",
				"“The first recompense is to leave the region with humiliation,” he said in the city of Urmia.",
				"“Just as the Americans left Afghanistan, they must leave other countries,” he added.");

		assertThat(quotes).extracting(Quote::speaker).containsExactly("Ramezan Sharif", "Ramezan Sharif");
		assertThat(quotes).extracting(Quote::paragraphPosition).containsExactly(1, 2);
	}

	@Test
	void aSurnameIsTheFullNameUsedBefore() {
		List<Quote> quotes = quotes(
				"Qais Khazali, the secretary general of Asa’ib Ahl al-Haq, said the Americans will"
						+ " leave “empty-handed and in disgrace”.",
				"“We are grateful to the Islamic Iran and the city of Kerman,” Khazali said.",
				"Addressing the rally, PMU head Falih al-Fayyadh repeated the call on the government.",
				"The withdrawal of foreign forces, he said, “is not a sentimental position, but rather aimed at protecting"
						+ " Iraq,” al-Fayyadh said.");

		assertThat(quotes).extracting(Quote::speaker)
			.containsExactly("Qais Khazali", "Qais Khazali", "Falih al-Fayyadh");
		assertThat(quotes.get(0).text()).isEqualTo("empty-handed and in disgrace");
	}

	@Test
	void sheAfterAPersonNamedAsTheSubjectOfAnyVerb() {
		List<Quote> quotes = quotes(
				"Secretary General of the Badr Organization Hadi al-Amiri said the fatwa led to"
						+ " the liberation of Iraq.",
				"“The Popular Mobilization Units will remain strong,” he added.",
				"In Syria, Christian lawmaker Lusi Iskanian praised General Soleimani for helping Christians.",
				"“We saw the role of Qassem Soleimani in the liberation of Saidnaya,” she said.");

		assertThat(quotes).extracting(Quote::speaker).containsExactly("Hadi al-Amiri", "Lusi Iskanian");
	}

	@Test
	void aPronounThatContradictsTheOneUsedForTheLastPersonStaysUnknown() {
		List<Quote> quotes = quotes("Hadi al-Amiri said the fatwa led to the liberation of Iraq.",
				"“The Popular Mobilization Units will remain strong,” he added.",
				"Thousands of women gathered at the Azadi Stadium in Tehran.",
				"“We saw the role of Qassem Soleimani in the liberation of Saidnaya,” she said.");

		assertThat(quotes).extracting(Quote::speaker).containsExactly("Hadi al-Amiri", null);
	}

	@Test
	void noPersonBeforeMeansNoSpeaker() {
		assertThat(quotes("Iran said on Monday that it would respond.",
				"“We will respond at a time of our choosing,”" + " he said.",
				"“We will not leave this region,” they said."))
			.extracting(Quote::speaker)
			.containsExactly(null, null);
	}

	@Test
	void theySaidIsNeverAPerson() {
		assertThat(quotes("Qais Khazali said the resistance would not wait.",
				"“We will not leave this region,” they said."))
			.extracting(Quote::speaker)
			.containsExactly((String) null);
	}

	@Test
	void aSubjectInsideReportedSpeechIsNotWhoTheTextFollows() {
		List<Quote> quotes = quotes("IRGC Quds Force chief General Ismail Qa’ani said Gen. Soleimani reconciled the"
				+ " battlefield and diplomacy.", "“This is the center of proximity and unity,” he added.");

		assertThat(quotes).extracting(Quote::speaker).containsExactly("Ismail Qa’ani");
	}

	@Test
	void aQuotationWithoutAttributionContinuesTheOneBeforeItInItsParagraph() {
		List<Quote> quotes = quotes("“Just as you loved the Iraqis, the Iraqis love you too,” Khazali said, addressing"
				+ " General Soleimani. “We are grateful to the Islamic Iran and the city of Kerman.”");

		assertThat(quotes).extracting(Quote::speaker).containsExactly("Khazali", "Khazali");
	}

	@Test
	void aQuotationAloneInItsParagraphHasNoSpeaker() {
		assertThat(quotes("Ramezan Sharif said the US must leave.",
				"“Long before the complete defeat of Daesh, Haj"
						+ " Qassem had promised to defeat them. This was achieved thanks to his command.”"))
			.extracting(Quote::speaker)
			.containsExactly((String) null);
	}

	@Test
	void anUnnamedSpeakerIsNull() {
		assertThat(quotes("“Today we are remembering the day the evil embassy entered Iraq,” said a demonstrator.",
				"“We will not let you stay in the land of the martyrs,” some of the placards read. “US terrorism has to"
						+ " end,” some other signs read."))
			.extracting(Quote::speaker)
			.containsExactly(null, null, null);
	}

	@Test
	void accordingTo() {
		assertThat(quotes("“The resistance forces are ready for more,” according to Qais Khazali."))
			.extracting(Quote::speaker)
			.containsExactly("Qais Khazali");
	}

	@Test
	void marksOnTheWrongSideOfTheSpaces() {
		List<Quote> quotes = quotes("Al Jazeera’s Mahmoud Abdelwahed said the protesters were using the rally.",
				"“They blame the [Iraqi] government for what they think is with US forces, ”he continued,“ and that there"
						+ " has been no clarity or any transparency in the investigation. ”");

		assertThat(quotes).containsExactly(
				new Quote(1, "They blame the [Iraqi] government for what they think is with US forces",
						"Mahmoud Abdelwahed"),
				new Quote(1, "and that there has been no clarity or any transparency in the investigation.",
						"Mahmoud Abdelwahed"));
	}

	@Test
	void aParticipleTakesTheSubjectOfItsSentence() {
		assertThat(quotes("Senior Hashed official Faleh al-Fayyad reiterated the claim on Saturday, saying the killings"
				+ " were “a crime against Iraqi sovereignty”."))
			.containsExactly(new Quote(0, "a crime against Iraqi sovereignty", "Faleh al-Fayyad"));
	}

	@Test
	void otherQuotationMarks() {
		assertThat(quotes("\"We will stay here until the very end,\" the minister said.",
				"‘We will never leave this land,’ she said.", "«Nous resterons ici jusqu’au bout», a-t-il déclaré.",
				"„Wir bleiben hier bis zum Ende“, sagte er."))
			.extracting(Quote::text)
			.containsExactly("We will stay here until the very end", "We will never leave this land",
					"Nous resterons ici jusqu’au bout", "Wir bleiben hier bis zum Ende");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Baghdad announced the end of the US “combat mission” in Iraq.",
			"The participants chanted “Death to America,” calling for the expulsion of US troops.",
			"Young women gathered under the banner of “Daughters of Haj Qassem” to renew allegiance.",
			"Iraqi citizens took part in the 'Millions of Responses' demonstration.",
			"Iran’s forces and the protesters’ demands didn’t change the government’s plans." })
	void scareQuotesSlogansNamesAndApostrophesAreNoQuotations(String paragraph) {
		assertThat(quotes(paragraph)).isEmpty();
	}

	@Test
	void headingsAndCaptionsAreNotRead() {
		List<Paragraph> paragraphs = List.of(new Paragraph(0, ParagraphKind.HEADING, "‘US terrorism has to end now’"),
				new Paragraph(1, ParagraphKind.CAPTION, "“We will never leave,” a placard reads. (Photo by AFP)"),
				new Paragraph(2, ParagraphKind.QUOTE, "“We will never leave this land,” Khazali said."),
				new Paragraph(3, ParagraphKind.LIST_ITEM, "• “No foreign troops on our soil,” the statement said."));

		assertThat(QuoteExtractor.extract(paragraphs)).extracting(Quote::paragraphPosition).containsExactly(2, 3);
	}

	@Test
	void aQuotationOverTwoParagraphs() {
		List<Quote> quotes = quotes("Khazali said the resistance was ready.",
				"“We will stay until the end. The people" + " want it.",
				"“And we will not forget the martyrs of the resistance,” he said.");

		assertThat(quotes).extracting(Quote::text)
			.containsExactly("We will stay until the end. The people want it.",
					"And we will not forget the martyrs of the resistance");
	}

	@Test
	void aLongParagraphIsReadInLinearTime() {
		String quotations = "“We will stay here now,” he said. ".repeat(20_000);
		String marks = "“ab”.said.".repeat(100_000);
		String spaceless = "x".repeat(200_000) + " said “we will stay here now”";

		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			assertThat(quotes(quotations)).hasSize(20_000);
			assertThat(quotes(marks, spaceless)).hasSize(1);
			assertThat(ParagraphClassifier.classify(List.of(new org.newsexport.clean.KeptLine(1, quotations))))
				.extracting(Paragraph::kind)
				.containsExactly(ParagraphKind.BODY);
		});
	}

}
