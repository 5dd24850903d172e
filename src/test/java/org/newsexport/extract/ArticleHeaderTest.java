package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsexport.article.RemovedLine;
import org.newsexport.clean.KeptLine;

class ArticleHeaderTest {

	private static final String BODY = "The council met on Monday and agreed on the budget after a long debate.";

	private static List<KeptLine> lines(String... texts) {
		List<KeptLine> lines = new ArrayList<>();
		for (String text : texts) {
			lines.add(new KeptLine(lines.size() + 3, text));
		}
		return lines;
	}

	@Test
	void readsTheHeadlineRepeatTheStandfirstTheBylineAndTheDateLines() {
		ArticleHeader header = ArticleHeader.read(
				lines("Council agrees budget", "A summary of the long debate " + "about the money for the schools.",
						"By Ann Poe, John Roe and Jane Doe, Example Wire", "March 3, 2021", "4 min read", BODY),
				"Council agrees budget | Example Times");

		assertThat(header.headline()).isEqualTo("Council agrees budget");
		assertThat(header.standfirst()).startsWith("A summary");
		assertThat(header.byline()).isEqualTo("By Ann Poe, John Roe and Jane Doe, Example Wire");
		assertThat(header.authors()).containsExactly("Ann Poe", "John Roe", "Jane Doe");
		assertThat(header.date()).isEqualTo(LocalDate.of(2021, 3, 3));
		assertThat(header.removed()).extracting(RemovedLine::rule)
			.containsExactly(ArticleHeader.DATE_LINE, ArticleHeader.READING_TIME);
		assertThat(header.bodyStart()).isEqualTo(5);
	}

	@Test
	void bylineShapes() {
		assertThat(ArticleHeader.Byline.parse("Written by: Ludwig van Beethoven").authors())
			.containsExactly("Ludwig van Beethoven");
		assertThat(ArticleHeader.Byline.parse("By Jane Doe, Staff Writer").authors()).containsExactly("Jane Doe");
		assertThat(ArticleHeader.Byline.parse("2021-03-03 by Hadi al-Amiri").authors())
			.containsExactly("Hadi al-Amiri");
		assertThat(ArticleHeader.Byline.parse("BY JANE DOE")).isNotNull();
		// sentences and phrases that open with "by" are no bylines
		assertThat(ArticleHeader.Byline.parse("By the way, the council met again.")).isNull();
		assertThat(ArticleHeader.Byline.parse("By Monday the roads were open again")).isNull();
		assertThat(ArticleHeader.Byline.parse("By John Smith's own account, the vote was close.")).isNull();
		assertThat(ArticleHeader.Byline.parse("Read more by Jane Doe")).isNull();
		assertThat(ArticleHeader.Byline.parse(BODY)).isNull();
	}

	@Test
	void aTextThatWouldBeAllHeaderKeepsItsLines() {
		ArticleHeader header = ArticleHeader.read(lines("By Jane Doe", "March 3, 2021"), null);

		assertThat(header.bodyStart()).isZero();
		assertThat(header.byline()).isNull();
		assertThat(header.removed()).isEmpty();
	}

	@Test
	void bodyLinesAreNoHeader() {
		ArticleHeader header = ArticleHeader.read(lines(BODY, BODY, "By Jane Doe", BODY), "Council agrees budget");

		assertThat(header.bodyStart()).isZero();
		assertThat(header.standfirst()).isNull();
		assertThat(header.byline()).isNull();
	}

}
