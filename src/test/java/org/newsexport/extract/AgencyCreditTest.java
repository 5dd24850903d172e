package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;

class AgencyCreditTest {

	private static final String BODY = "Thousands rallied in Baghdad on Saturday.";

	@Test
	void aCreditOpeningTheText() {
		assertThat(AgencyCredit.find(body("(Reuters) - The United States said on Monday.", BODY))).contains("Reuters");
	}

	@Test
	void aCreditClosingTheText() {
		assertThat(AgencyCredit.find(body(BODY, "(AFP)"))).contains("AFP");
		assertThat(AgencyCredit.find(body(BODY, "— Reuters"))).contains("Reuters");
		assertThat(AgencyCredit.find(body(BODY, "The ministry confirmed the figures. (Associated Press)")))
			.contains("Associated Press");
		assertThat(AgencyCredit.find(body(BODY, "Source: IRNA"))).contains("IRNA");
	}

	@Test
	void aCreditClosingAQuoteParagraph() {
		List<Paragraph> paragraphs = new ArrayList<>(body(BODY));
		paragraphs.add(new Paragraph(1, ParagraphKind.QUOTE, "“We will not leave,” he said. (AFP)"));

		assertThat(AgencyCredit.find(paragraphs)).contains("AFP");
	}

	@Test
	void aPhotoCreditIsNotTheArticlesAgency() {
		List<Paragraph> paragraphs = new ArrayList<>(body(BODY, BODY));
		paragraphs.add(0, new Paragraph(0, ParagraphKind.CAPTION, "Iraqis rally in Baghdad. (Photo by AFP)"));

		assertThat(AgencyCredit.find(paragraphs)).isEmpty();
		assertThat(AgencyCredit.find(body(BODY, "(Getty Images)"))).isEmpty();
	}

	@Test
	void aSentenceEndingInANameIsNoCredit() {
		assertThat(AgencyCredit.find(body(BODY, "He met the head of the PMU, Falih al-Fayyadh"))).isEmpty();
		assertThat(AgencyCredit.find(body(BODY, "according to Iraqi News Agency (INA)."))).isEmpty();
		assertThat(AgencyCredit.find(List.of())).isEmpty();
	}

	private static List<Paragraph> body(String... texts) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (String text : texts) {
			paragraphs.add(new Paragraph(paragraphs.size(), ParagraphKind.BODY, text));
		}
		return paragraphs;
	}

}
