package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The load-time check of rule patterns for the shapes that backtrack catastrophically.
 */
class BacktrackingCheckTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			^(a+)+$                       | (a+)+
			(?i)^(\\w+\\s?)*$             | (\\w+\\s?)*
			^x(?:[a-z]*,)+y               | (?:[a-z]*,)+
			^(.*?,){11}P                  | (.*?,){11}
			^((ab)*c)+$                   | ((ab)*c)+
			`^(a|b|a)*$`                  | `(a|b|a)*`
			^(?<name>\\d+-)*$             | (?<name>\\d+-)*
			^((x+)?y)+$                   | ((x+)?y)+
			""")
	void flagsNestedUnboundedRepetition(String regex, String part) {
		assertThat(BacktrackingCheck.dangerousPart(regex)).isEqualTo(part);
	}

	@ParameterizedTest
	@ValueSource(strings = { "^(a++)+$", "^(a+)++$", "^(?>a+)+$", "^(\\d+,){0,5}$", "^(a|b)*$", "^[(a+)+]$",
			"^\\(a+\\)+$", "^\\Q(a+)+\\E$", "(?i)^(share|like)( this)?$", "^\\p{Lu}[\\p{L}]*+( [\\p{L}]++){0,3}+$",
			"^(a+)?$", "^[^\\]]+(x)*$", "^\\w+\\w+\\w+!$" })
	void passesSafeShapes(String regex) {
		assertThat(BacktrackingCheck.dangerousPart(regex)).isNull();
	}

	@Test
	void theShippedRulesPass() {
		assertThat(RuleSet.load(Path.of("config/cleaning-rules.yml")).rules()).isNotEmpty();
	}

	@Test
	void aRulesFileWithADangerousPatternIsRefusedWithTheRuleNamed(@TempDir Path tmp) throws IOException {
		Path file = tmp.resolve("rules.yml");
		Files.writeString(file, """
				rules:
				  - name: ok
				    category: test
				    action: drop
				    pattern: '^ok$'
				  - name: slow-words
				    category: test
				    action: drop
				    pattern: '^(\\w+\\s?)+:$'
				""");
		assertThatThrownBy(() -> RuleSet.load(file)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("rule #2 (slow-words)")
			.hasMessageContaining("'(\\w+\\s?)+'")
			.hasMessageContaining("possessive");
	}

}
