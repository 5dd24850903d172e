package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					TEHRAN, Jan. 01 (MNA) – Millions of Iraqi people are gathering.  | TEHRAN, Jan. 01 (MNA)     | MNA     | null
					TEHRAN/BAGHDAD – Thousands of Iraqis on Sunday clogged a road.   | TEHRAN/BAGHDAD            | null    | null
					WASHINGTON (Reuters) - The United States said on Monday.         | WASHINGTON (Reuters)      | Reuters | null
					LONDON, March 3 (AFP) — Britain said on Tuesday.                 | LONDON, March 3 (AFP)     | AFP     | null
					PARIS (AP) — France said.                                        | PARIS (AP)                | AP      | null
					KABUL, Afghanistan (AP) — The Taliban said.                      | KABUL, Afghanistan (AP)   | AP      | null
					SAN FRANCISCO, Calif. (AP) — A judge ruled.                      | SAN FRANCISCO, Calif. (AP) | AP     | null
					WASHINGTON, D.C. — The Senate voted.                             | WASHINGTON, D.C.          | null    | null
					BEIRUT, Lebanon, Jan 3 (Reuters) - Lebanon said.                 | BEIRUT, Lebanon, Jan 3 (Reuters) | Reuters | null
					NEW YORK, Jan. 5, 2022 (Reuters) -- Stocks fell.                 | NEW YORK, Jan. 5, 2022 (Reuters) | Reuters | 2022-01-05
					BRUSSELS, 3 January 2020 (AFP) – The EU said.                    | BRUSSELS, 3 January 2020 (AFP) | AFP  | 2020-01-03
					GENEVA, 2022-01-03 – Talks resumed.                              | GENEVA, 2022-01-03        | null    | 2022-01-03
					DUBAI: Saudi Arabia said on Monday.                              | DUBAI                     | null    | null
					NEW YORK, Jan. 5, 2022 /PRNewswire/ -- Acme Corp. announced.     | NEW YORK, Jan. 5, 2022 /PRNewswire/ | PRNewswire | 2022-01-05
					MOSCOW, January 3. /TASS/. Russia said on Monday.                | MOSCOW, January 3. /TASS/ | TASS    | null
					Jan 3 (Reuters) - Oil prices rose on Monday.                     | Jan 3 (Reuters)           | Reuters | null
					Paris (AFP) - La France a annoncé lundi.                         | Paris (AFP)               | AFP     | null
					Berlin, 3. Januar 2020 (dpa) - Die Regierung hat beschlossen.    | Berlin, 3. Januar 2020 (dpa) | dpa  | 2020-01-03
					""")
	void readsWireDatelines(String paragraph, String text, String agency, LocalDate date) {
		Dateline dateline = Dateline.find(paragraph).orElseThrow();

		assertThat(dateline.text()).isEqualTo(text);
		assertThat(dateline.agency()).isEqualTo(agency);
		assertThat(dateline.date()).isEqualTo(date);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "As thousands of people rally in Baghdad, Iraqi people say they stand firm.",
			"Tehran – the capital – was quiet.", "UPDATE: The ministry said.",
			"The assassination of Soleimani – the architect" + " of Iran’s strategy – sent shock waves.",
			"NATO allies – including Britain – agreed.",
			"Iran (officially the Islamic Republic) – a country of 85 million – voted.", "March 3 – the day it began.",
			"BREAKING: Talks collapse.", "“We will stay,” he said." })
	void aSentenceIsNotADateline(String paragraph) {
		assertThat(Dateline.find(paragraph)).isEmpty();
	}

	@Test
	void aDateWithoutAYearGivesTheDayButNoDate() {
		Dateline dateline = Dateline.find("TEHRAN, Jan. 01 (MNA) – Millions.").orElseThrow();

		assertThat(dateline.day()).isEqualTo(MonthDay.of(1, 1));
		assertThat(dateline.date()).isNull();
	}

	@Test
	void aDatelineWithoutADateHasNoDay() {
		assertThat(Dateline.find("WASHINGTON (Reuters) - The United States said.")).map(Dateline::day).isEmpty();
	}

	@Test
	void anImpossibleDayGivesNoDay() {
		Dateline dateline = Dateline.find("LONDON, Feb. 30 (AFP) — Britain said.").orElseThrow();

		assertThat(dateline.day()).isNull();
		assertThat(dateline.text()).isEqualTo("LONDON, Feb. 30 (AFP)");
	}

}
