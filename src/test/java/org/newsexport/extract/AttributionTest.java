package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionTest {

	/**
	 * The attribution after the first quotation of the paragraph, as "name:X",
	 * "pronoun:he" or "unnamed".
	 */
	private static String after(String paragraph) {
		QuotedSpan quotation = QuotationMarks.spans(paragraph).get(0);
		return Attribution.after(paragraph, quotation, paragraph.length())
			.map(AttributionTest::describe)
			.orElse("none");
	}

	private static String before(String paragraph) {
		QuotedSpan quotation = QuotationMarks.spans(paragraph).get(0);
		return Attribution.before(paragraph, 0, quotation.open()).map(AttributionTest::describe).orElse("none");
	}

	private static String describe(Attribution attribution) {
		if (attribution.isPronoun()) {
			return "pronoun:" + attribution.pronoun();
		}
		if (!attribution.isNamed()) {
			return "unnamed";
		}
		return "name:" + Optional.ofNullable(attribution.name().person()).orElse(attribution.name().organisation());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					“We will stay,” he said.                                                   | pronoun:he
					“We will stay,” she added.                                                 | pronoun:she
					“We will stay,” they said.                                                 | pronoun:they
					“We will stay,” said he.                                                   | pronoun:he
					“We will stay,” Khazali said.                                              | name:Khazali
					“We will stay,” al-Fayyadh also said.                                      | name:al-Fayyadh
					“We will stay,” Hadi al-Amiri has repeatedly said.                         | name:Hadi al-Amiri
					“We will stay,” said Hadi al-Ameri, head of an Iran-affiliated coalition.  | name:Hadi al-Ameri
					“We will stay,” IRGC spokesman Ramezan Sharif told reporters.              | name:Ramezan Sharif
					“We will stay,” al-Amiri, who is also the leader of the Fatah Alliance (Conquest Alliance), stated. | name:al-Amiri
					“We will stay,” Khazali said in remarks directed at the US, the agency reported. | name:Khazali
					“We will stay,” according to Iraqi News Agency (INA).                      | name:Iraqi News Agency
					“We will stay,” according to Falih al-Fayyadh.                             | name:Falih al-Fayyadh
					“We will stay”, said one sign at the rally.                                | unnamed
					“We will stay,” some of the placards read.                                 | unnamed
					“We will stay,” said a demonstrator.                                       | unnamed
					“We will stay,” the ministry said in a statement.                          | unnamed
					“We will stay?” he asked.                                                  | pronoun:he
					“We will stay. ”he continued,“ and we will win.”                           | pronoun:he
					""")
	void theAttributionAfterAQuotation(String paragraph, String expected) {
		assertThat(after(paragraph)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "“We will stay.” Officials said later that the talks had failed.",
			"“We will stay,” the crowd chanted; officials said nothing.", "“We will stay,” and the crowd cheered.",
			"“We will stay.”", "“We will stay,” the crowd chanted for hours in the square while the security forces,"
					+ " who had been deployed since the early morning around the embassy, watched and the ministry said" })
	void noAttributionAfter(String paragraph) {
		assertThat(after(paragraph)).isEqualTo("none");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Khazali said, “We will stay.”                                             | name:Khazali
					Addressing General Soleimani, he said, “We will stay.”                    | pronoun:he
					He told reporters: “We will stay.”                                        | pronoun:he
					Qais Khazali, the secretary general of Asa’ib Ahl al-Haq, said the Americans will leave “empty-handed and in disgrace”. | name:Qais Khazali
					During a rally on Saturday, Qais Khazali, the secretary general of Iraqi resistance movement Asa’ib Ahl al-Haq, said they will leave “empty-handed”. | name:Qais Khazali
					Qais al-Khazali, Secretary-General of Asaib Ahl al-Haq (AAH) in Iraq said that “the resistance is ready”. | name:Qais al-Khazali
					Senior Hashed official Faleh al-Fayyad reiterated the claim on Saturday, saying the killings were “a crime against Iraqi sovereignty”. | name:Faleh al-Fayyad
					According to Khazali, “the Americans will leave”.                         | name:Khazali
					In Syria, Christian lawmaker Lusi Iskanian said, “We saw his role.”       | name:Lusi Iskanian
					The Quds Force chief also said, “We will stay.”                           | unnamed
					""")
	void theAttributionBeforeAQuotation(String paragraph, String expected) {
		assertThat(before(paragraph)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "The Quds Force chief also described Tehran as “the summit of resistance”.",
			"Khazali said the talks failed. The crowd then chanted “We will not leave this land”.",
			"The marchers chanted “Death to America” in the square." })
	void noAttributionBefore(String paragraph) {
		assertThat(before(paragraph)).isEqualTo("none");
	}

}
