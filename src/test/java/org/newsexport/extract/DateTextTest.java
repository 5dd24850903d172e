package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Sat. Jan 22nd, 2022                       | 2022-01-22
			Jan 22nd, 2022                            | 2022-01-22
			January 3, 2020                           | 2020-01-03
			Jan. 3, 2020                              | 2020-01-03
			January 3rd 2020                          | 2020-01-03
			3 January 2020                            | 2020-01-03
			3rd of January, 2020                      | 2020-01-03
			2022-01-03                                | 2022-01-03
			2022/1/3                                  | 2022-01-03
			2022.01.03                                | 2022-01-03
			2022-01-03T10:45:00Z                      | 2022-01-03
			2022-01-03T10:45:00+03:30                 | 2022-01-03
			Monday, January 3, 2022 10:45 AM          | 2022-01-03
			Published: 3 January 2022 - 10:45 GMT     | 2022-01-03
			Published: 3 Jan 2020 10:45 GMT           | 2020-01-03
			Updated on January 4, 2020                | 2020-01-04
			Last updated: Jan 4 2020 at 9:30 pm EST   | 2020-01-04
			Posted on January 4, 2020 by admin        | 2020-01-04
			January 4, 2020 • By Ali Abbas            | 2020-01-04
			Sept. 5, 2021                             | 2021-09-05
			MAY 1 2021                                | 2021-05-01
			22/01/2022 10:45                          | 2022-01-22
			01/22/2022                                | 2022-01-22
			03.01.2022                                | 2022-01-03
			3.1.2022                                  | 2022-01-03
			05/05/2022                                | 2022-05-05
			3 janvier 2020                            | 2020-01-03
			1er janvier 2022                          | 2022-01-01
			lundi 3 janvier 2022                      | 2022-01-03
			Publié le 3 février 2020 à 10h45          | 2020-02-03
			3 août 2021                               | 2021-08-03
			3. Januar 2020                            | 2020-01-03
			Montag, 3. März 2020                      | 2020-03-03
			Veröffentlicht am 3. MÄRZ 2020            | 2020-03-03
			3. Dez. 2021                              | 2021-12-03
			3 de enero de 2020                        | 2020-01-03
			Publicado el 3 de enero de 2020           | 2020-01-03
			sábado, 1 de enero de 2022                | 2022-01-01
			15 septiembre 2021                        | 2021-09-15
			""")
	void readsTheDatesPagesPrint(String text, LocalDate expected) {
		assertThat(DateText.parse(text)).contains(expected);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Jan. 01", "March 3", "3 janvier", "03/01/2022 10:45", "01-02-2022", "February 30, 2022",
			"31 June 2020", "2022-13-01", "January 3, 2020 was the day", "Posted on January 4", "January 2020",
			"3 ago 2020", "Sat. Jan", "03/01/22", "" })
	void givesNothingRatherThanAGuess(String text) {
		assertThat(DateText.parse(text)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Jan. 01          | --01-01
			March 3          | --03-03
			3 janvier        | --01-03
			Feb. 29          | --02-29
			2022-01-03       | --01-03
			January 3, 2020  | --01-03
			""")
	void readsTheDayWithOrWithoutAYear(String text, String expected) {
		assertThat(DateText.parseMonthDay(text)).contains(MonthDay.parse(expected));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Feb. 30", "03/01/2022", "January", "not a date" })
	void givesNoDayWhenTheTextIsNoDayOfTheYear(String text) {
		assertThat(DateText.parseMonthDay(text)).isEmpty();
	}

	@Test
	void findsTheFullDatesInRunningText() {
		assertThat(DateText.findAll("He was killed on January 3, 2020, and buried on 7 January 2020 in Kerman."))
			.containsExactlyInAnyOrder(LocalDate.of(2020, 1, 3), LocalDate.of(2020, 1, 7));
		assertThat(DateText.findAll("The 2022-01-03 meeting and the 1er janvier 2022 statement."))
			.containsExactlyInAnyOrder(LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 1));
	}

	/**
	 * The searches start near the years ({@link DateText#findAll}): dates far into a
	 * text, wide white space, the most words a date has, a year without a date before the
	 * date, and dates one after another are all found, in the order of the patterns
	 * (month first, day first, ISO), each in the text's order.
	 */
	@Test
	void findsEveryDateInOrderWhereverItStands() {
		String filler = "Officials in 1999 and 2001 said the talks, which began in 1998, would go on. ".repeat(20);
		assertThat(DateText.findAll(filler + "It ended on the 3rd  of \t septiembre,   del \n 2020"
				+ " (\"September 3, 2021\"). 4 January 2022 7 Jan. 2022;2023-02-01 2023-02-02"))
			.containsExactly(LocalDate.of(2021, 9, 3), LocalDate.of(2020, 9, 3), LocalDate.of(2022, 1, 4),
					LocalDate.of(2022, 1, 7), LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 2));
		assertThat(DateText.findAll("In 2019 x".repeat(50) + "the 1er janvier 2022 statement."))
			.containsExactly(LocalDate.of(2022, 1, 1));
	}

	@Test
	void aDateWithoutAYearOrInsideAWordIsNoFullDate() {
		assertThat(DateText.findAll("Lawmakers approved a bill on January 5, demanding the withdrawal.")).isEmpty();
		assertThat(DateText.findAll("In January 2020, Marchers 3, 2020 and 12000-seat stadiums.")).isEmpty();
		assertThat(DateText.findAll("The 12022-01-03 code.")).isEmpty();
	}

	@Test
	void findsTheYearsATextMentions() {
		assertThat(DateText.yearsIn("In 2014 and 1999’s, not 12000 seats, 2,500 troops, 1850 or the 1980s."))
			.containsExactly(2014, 1999);
	}

}
