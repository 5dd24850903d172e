package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			TEHRAN, Jan. 01 (MNA) – Millions of Iraqi people are gathering.  | TEHRAN, Jan. 01 (MNA)     | MNA     | null
			TEHRAN/BAGHDAD – Thousands of Iraqis on Sunday clogged a road.   | TEHRAN/BAGHDAD            | null    | null
			WASHINGTON (Reuters) - The United States said on Monday.         | WASHINGTON (Reuters)      | Reuters | null
			LONDON, March 3 (AFP) — Britain said on Tuesday.                 | LONDON, March 3 (AFP)     | AFP     | null
			PARIS (AP) — France said.                                        | PARIS (AP)                | AP      | null
			KABUL, Afghanistan (AP) — The Taliban said.                      | KABUL, Afghanistan (AP)   | AP      | null
			NEW YORK, Jan. 5, 2022 (Reuters) -- Stocks fell.                 | NEW YORK, Jan. 5, 2022 (Reuters) | Reuters | 2022-01-05
			DUBAI: Saudi Arabia said on Monday.                              | DUBAI                     | null    | null
			""")
	void readsWireDatelines(String paragraph, String text, String agency, LocalDate date) {
		assertThat(Dateline.find(paragraph)).contains(new Dateline(text, agency, date));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "As thousands of people rally in Baghdad, Iraqi people say they stand firm.",
			"Tehran – the capital – was quiet.", "UPDATE: The ministry said.", "The assassination of Soleimani – the architect"
					+ " of Iran’s strategy – sent shock waves.", "NATO allies – including Britain – agreed." })
	void aSentenceIsNotADateline(String paragraph) {
		assertThat(Dateline.find(paragraph)).isEmpty();
	}

	@Test
	void aDateWithoutAYearGivesNoDate() {
		assertThat(Dateline.find("TEHRAN, Jan. 01 (MNA) – Millions.")).map(Dateline::date).isEmpty();
	}

}
