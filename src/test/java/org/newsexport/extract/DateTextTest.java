package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Sat. Jan 22nd, 2022                    | 2022-01-22
			Jan 22nd, 2022                         | 2022-01-22
			January 3, 2020                        | 2020-01-03
			3 January 2020                         | 2020-01-03
			3rd of January, 2020                   | 2020-01-03
			2022-01-03                             | 2022-01-03
			2022/1/3                               | 2022-01-03
			Monday, January 3, 2022 10:45 AM       | 2022-01-03
			Published: 3 January 2022 - 10:45 GMT  | 2022-01-03
			Sept. 5, 2021                          | 2021-09-05
			MAY 1 2021                             | 2021-05-01
			22/01/2022 10:45                       | 2022-01-22
			01/22/2022                             | 2022-01-22
			03.01.2022                             | 2022-01-03
			""")
	void readsTheDatesPagesPrint(String text, LocalDate expected) {
		assertThat(DateText.parse(text)).contains(expected);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Jan. 01", "March 3", "03/01/2022 10:45", "February 30, 2022", "January 3, 2020 was the day",
			"Sat. Jan", "" })
	void givesNothingRatherThanAGuess(String text) {
		assertThat(DateText.parse(text)).isEmpty();
	}

}
