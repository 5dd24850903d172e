package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newsexport.article.Article;
import org.newsexport.article.ParagraphKind;
import org.newsexport.article.RemovedLine;
import org.newsexport.article.SourceText;
import org.newsexport.clean.RuleSet;

class ArticleExtractorTest {

	private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
			RuleSet.load(Path.of("config/cleaning-rules.yml")));

	private static Article extract(String text) {
		return EXTRACTOR.extract(new SourceText("news/a", "news/a.txt", "ab12", text.length(), text));
	}

	@Test
	void carriesTheSourceIdentityOver() {
		Article article = EXTRACTOR.extract(new SourceText("news/a", "news/a.txt", "ab12", 42, "Title\nBody text."));

		assertThat(article.docId()).isEqualTo("news/a");
		assertThat(article.sourcePath()).isEqualTo("news/a.txt");
		assertThat(article.sourceSha256()).isEqualTo("ab12");
		assertThat(article.sourceBytes()).isEqualTo(42);
	}

	@Test
	void readsTheDatelineAndKeepsItInTheBody() {
		Article article = extract("""
				Iran warns US over Iraq
				LONDON, March 3, 2021 (AFP) — Iran warned the United States on Wednesday.
				""");

		assertThat(article.title()).isEqualTo("Iran warns US over Iraq");
		assertThat(article.dateline()).isEqualTo("LONDON, March 3, 2021 (AFP)");
		assertThat(article.agency()).isEqualTo("AFP");
		assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2021, 3, 3));
		assertThat(article.paragraphs().get(0).text()).startsWith("LONDON, March 3, 2021 (AFP) — Iran warned");
	}

	@Test
	void aBylineBeforeTheDatelineDoesNotHideIt() {
		Article article = extract("Iraqis rally\n\nBy Ali Abbas\n\nBAGHDAD – Iraqis rallied on Monday.\n");

		assertThat(article.dateline()).isEqualTo("BAGHDAD");
		assertThat(article.byline()).isEqualTo("By Ali Abbas");
		assertThat(article.authors()).containsExactly("Ali Abbas");
		assertThat(article.paragraphs()).extracting(p -> p.text())
			.containsExactly("BAGHDAD – Iraqis rallied on Monday.");
	}

	@Test
	void theHeaderGoesToItsFieldsAndTheBodyIsTheTextAlone() {
		Article article = extract("""
				Harbour town votes to keep its old ferry - The Example Gazette

				Home | News | Local

				Harbour town votes to keep its old ferry

				Residents chose the ageing boat over a new bridge after a long and heated campaign.

				By Jane Doe and Piet van der Berg | The Example Gazette

				Updated 3:45 pm

				5 min read

				The town council counted the ballots on Sunday evening, and the result was clearer than expected.

				More than two thirds of the voters want the ferry to keep running for at least another ten years.

				The mayor said the council would now look for the money to repair the hull before the winter storms.
				""");

		assertThat(article.title()).isEqualTo("Harbour town votes to keep its old ferry");
		assertThat(article.standfirst())
			.isEqualTo("Residents chose the ageing boat over a new bridge after a long and heated campaign.");
		assertThat(article.byline()).isEqualTo("By Jane Doe and Piet van der Berg | The Example Gazette");
		assertThat(article.authors()).containsExactly("Jane Doe", "Piet van der Berg");
		assertThat(article.paragraphs()).extracting(p -> p.text())
			.hasSize(3)
			.first()
			.asString()
			.startsWith("The town council counted");
		assertThat(article.body()).doesNotContain("Harbour town votes", "Residents chose", "By Jane Doe", "5 min read",
				"Updated");
		assertThat(article.removedLines()).extracting(RemovedLine::rule)
			.contains(ArticleHeader.READING_TIME)
			.doesNotContain(ArticleHeader.DATE_LINE);
		assertThat(article.removedLines()).extracting(RemovedLine::text)
			.contains("Updated 3:45 pm", "5 min read")
			.doesNotContain("Residents chose the ageing boat over a new bridge after a long and heated campaign.");
		assertThat(article.fullText()).startsWith("Harbour town votes to keep its old ferry\n\nResidents chose")
			.contains("\n\nBy Jane Doe and Piet van der Berg | The Example Gazette\n\nThe town council counted");
	}

	@Test
	void aDateLineWithTheBylineGivesTheDateAndTheAuthor() {
		Article article = extract("""
				Lighthouse keeper retires after forty years

				Posted on March 3, 2021 by Ann Poe · 2 Comments

				The last keeper of the northern lighthouse switched off the lamp for the final time on Friday night.

				Her successor will be a computer in the harbour office, fifty miles away from the cliffs.
				""");

		assertThat(article.byline()).isEqualTo("Posted on March 3, 2021 by Ann Poe · 2 Comments");
		assertThat(article.authors()).containsExactly("Ann Poe");
		assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2021, 3, 3));
		assertThat(article.standfirst()).isNull();
		assertThat(article.paragraphs()).hasSize(2);
	}

	@Test
	void aFirstParagraphWithoutABylineBelowItIsNoStandfirst() {
		Article article = extract("""
				Lighthouse keeper retires after forty years

				The last keeper of the northern lighthouse switched off the lamp for the final time on Friday night.

				Her successor will be a computer in the harbour office, fifty miles away from the cliffs.
				""");

		assertThat(article.standfirst()).isNull();
		assertThat(article.byline()).isNull();
		assertThat(article.authors()).isEmpty();
		assertThat(article.paragraphs()).hasSize(2);
	}

	@Test
	void readsTheSectionAndPageDateFromTheLinesAboveTheBody() {
		Article article = extract("""
				Home » World » Middle East

				Iran warns US over Iraq

				January 3, 2020

				Iran warned the United States on Wednesday over its troops in Iraq, officials said.
				""");

		assertThat(article.section()).isEqualTo("Middle East");
		assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2020, 1, 3));
		assertThat(article.title()).isEqualTo("Iran warns US over Iraq");
		assertThat(article.removedLines()).extracting(RemovedLine::rule).containsExactly("breadcrumb", "page-date");
	}

	@Test
	void aDatelineWithoutAYearTakesItFromTheTextOnlyWhenTheTextRestatesTheDay() {
		Article supported = extract("""
				Iraqis rally in Baghdad
				BAGHDAD, Jan. 01 (AFP) – Thousands of Iraqis rallied in Baghdad on Saturday, January 1, 2022.
				""");
		Article unsupported = extract("""
				Iraqis rally in Baghdad
				BAGHDAD, Jan. 01 (AFP) – Thousands of Iraqis rallied in Baghdad, two years after January 3, 2020.
				""");

		assertThat(supported.publishedDate()).isEqualTo(LocalDate.of(2022, 1, 1));
		assertThat(unsupported.publishedDate()).isNull();
		assertThat(unsupported.dateline()).isEqualTo("BAGHDAD, Jan. 01 (AFP)");
	}

	@Test
	void aPageDateComesBeforeAYearReadFromTheText() {
		Article article = extract("""
				Iraqis rally in Baghdad

				January 2, 2022

				BAGHDAD, Jan. 01 (AFP) – Thousands of Iraqis rallied in Baghdad on Saturday, January 1, 2022.
				""");

		assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2022, 1, 2));
	}

	@Test
	void aDateLineBelowTheBodyIsNotThePublishedDate() {
		Article article = extract("Iran warns US\nIran warned the United States on Wednesday.\nJanuary 3, 2020\n");

		assertThat(article.publishedDate()).isNull();
		assertThat(article.paragraphs()).hasSize(1);
	}

	@Test
	void aCaptionFirstDoesNotHideTheDatelineOfTheFirstBodyParagraph() {
		Article article = extract("""
				Iran warns US
				Protesters in Baghdad. (Photo by AFP)
				PARIS (AP) — France said on Monday it would send envoys to Baghdad and Tehran.
				""");

		assertThat(article.paragraphs()).extracting(p -> p.kind())
			.containsExactly(ParagraphKind.CAPTION, ParagraphKind.BODY);
		assertThat(article.dateline()).isEqualTo("PARIS (AP)");
		assertThat(article.agency()).isEqualTo("AP");
	}

	@Test
	void theCleanerKeepsTheBulletsThatMakeListItems() {
		Article article = extract("""
				Iraqi factions list their demands
				The factions published three demands on Saturday.
				• Withdrawal of all foreign troops
				• Compensation for the victims
				- An apology
				“We will not stop until every foreign soldier has left,” a spokesman said.
				""");

		assertThat(article.paragraphs()).extracting(p -> p.kind())
			.containsExactly(ParagraphKind.BODY, ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM,
					ParagraphKind.LIST_ITEM, ParagraphKind.QUOTE);
		assertThat(article.paragraphs().get(1).text()).isEqualTo("• Withdrawal of all foreign troops");
	}

	@Test
	void aPageOfBoilerplateGivesAnArticleWithoutParagraphs() {
		Article article = extract("Share this:\nTweet\nLeave a Reply\n");

		assertThat(article.title()).isNull();
		assertThat(article.paragraphs()).isEmpty();
		assertThat(article.removedLines()).hasSize(3);
	}

	@Test
	void tellsTheLanguageOfTheKeptText() {
		Article english = extract("Iran warns US\n\nIran warned the United States on Wednesday that it would not accept"
				+ " the presence of its troops in the region, officials said.\n");
		Article german = extract(
				"Iran warnt die USA\n\nDer Iran hat die Vereinigten Staaten am Mittwoch gewarnt, dass er"
						+ " die Anwesenheit ihrer Truppen in der Region nicht hinnehmen werde.\n");
		Article chinese = extract("伊朗警告美国\n\n伊朗周三警告美国，不会接受其军队在该地区的存在。\n");

		assertThat(english.language()).isEqualTo("en");
		assertThat(german.language()).isEqualTo("de");
		assertThat(chinese.language()).isNull();
		assertThat(chinese.paragraphs()).hasSize(1);
	}

}
