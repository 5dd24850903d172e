package org.newsexport.clean;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named boilerplate rule from the rules file.
 *
 * @param name the name recorded against every line the rule removes
 * @param category the kind of boilerplate, e.g. "comments", "share", "page-date"
 * @param pattern found (not fully matched) in the normalised, trimmed line, leading
 * bullets stripped
 * @param requires texts of which one must occur in the line for the pattern to be tried
 * (a cheap pre-check), or {@link RequiredText#NONE}
 */
public record CleaningRule(String name, String category, RuleAction action, Pattern pattern, RequiredText requires) {

	public CleaningRule {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(pattern, "pattern");
		Objects.requireNonNull(requires, "requires");
	}

	/** A rule without required texts. */
	public CleaningRule(String name, String category, RuleAction action, Pattern pattern) {
		this(name, category, action, pattern, RequiredText.NONE);
	}

	/**
	 * Whether the rule removes the line: one of its required texts occurs in it and its
	 * pattern is found in it.
	 */
	public boolean matches(String line) {
		return requires.isIn(line) && pattern.matcher(line).find();
	}

}
