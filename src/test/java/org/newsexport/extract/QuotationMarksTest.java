package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotationMarksTest {

	private static List<String> quoted(String paragraph) {
		return QuotationMarks.spans(paragraph).stream().map(span -> span.content(paragraph)).toList();
	}

	@Test
	void curlyStraightAndGuillemetQuotations() {
		assertThat(quoted("“We will stay,” he said. “We will win.”")).containsExactly("We will stay,", "We will win.");
		assertThat(quoted("He said \"we will stay\" and left.")).containsExactly("we will stay");
		assertThat(quoted("Il a dit « nous resterons » hier.")).containsExactly("nous resterons");
		assertThat(quoted("Er sagte: „Wir bleiben“, und ging.")).containsExactly("Wir bleiben");
	}

	@Test
	void singleCurlyQuotesOnlyWhereTheyCannotBeApostrophes() {
		assertThat(quoted("She said ‘we will never leave’ and left.")).containsExactly("we will never leave");
		assertThat(quoted("Iran’s forces and the protesters’ demands didn’t change.")).isEmpty();
		assertThat(quoted("In the ‘90s the party’s leaders’ demands grew.")).isEmpty();
		assertThat(quoted("Calls for 'Millions of Responses' grew.")).isEmpty();
	}

	@Test
	void marksInsideAQuotationBelongToIt() {
		assertThat(quoted("“He told us ‘leave now’ and we did,” she said."))
			.containsExactly("He told us ‘leave now’ and we did,");
		assertThat(quoted("“It is Iran’s right,” he said.")).containsExactly("It is Iran’s right,");
	}

	@Test
	void spacesOnTheWrongSideOfTheMarks() {
		assertThat(quoted("“They blame the government, ”he continued,“ and there is no clarity. ”"))
			.containsExactly("They blame the government,", "and there is no clarity.");
	}

	@Test
	void aClosingMarkUsedToOpen() {
		assertThat(quoted("”We will stay,” he said.")).containsExactly("We will stay,");
	}

	@Test
	void aSecondOpeningMarkStartsAgain() {
		assertThat(quoted("The “so-called “peace plan” failed.")).containsExactly("peace plan");
	}

	@Test
	void anUnclosedQuotationCountsOnlyWhenItOpensTheParagraph() {
		assertThat(quoted("“We will stay until the end. The people want it."))
			.containsExactly("We will stay until the end. The people want it.");
		assertThat(quoted("He said “we will stay and left.")).isEmpty();
		assertThat(quoted("‘We will stay until the end.")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "A 6'2\" player scored.", "No quotation at all.", "", "“", "\"\"" })
	void noQuotation(String paragraph) {
		assertThat(quoted(paragraph)).allMatch(String::isEmpty);
	}

}
