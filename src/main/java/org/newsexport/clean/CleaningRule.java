package org.newsexport.clean;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named boilerplate rule from the rules file.
 *
 * @param name the name recorded against every line the rule removes
 * @param category the kind of boilerplate, e.g. "comments", "share", "page-date"
 * @param pattern found (not fully matched) in the normalised, trimmed line, leading bullets stripped
 */
public record CleaningRule(String name, String category, RuleAction action, Pattern pattern) {

	public CleaningRule {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(pattern, "pattern");
	}

	public boolean matches(String line) {
		return pattern.matcher(line).find();
	}

}
