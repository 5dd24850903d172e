package org.newsexport.clean;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses and validates a rules file, so that a mistake in it stops the job before the
 * first article.
 */
final class RuleFile {

	private static final Set<String> KEYS = Set.of("name", "category", "action", "pattern", "patterns", "requires");

	/**
	 * Openings that {@link #regex} hoists out of a rule's alternatives, the longest
	 * first.
	 */
	private static final List<String> ANCHORS = List.of("(?i)^", "^");

	private final Path file;

	private RuleFile(Path file) {
		this.file = file;
	}

	static List<CleaningRule> read(Path file) {
		return new RuleFile(file).rules(parse(file));
	}

	private static Object parse(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read cleaning rules file " + file + ": " + ex.getMessage(), ex);
		}
		catch (YAMLException ex) {
			throw new IllegalArgumentException("Cleaning rules file " + file + " is not valid YAML: " + ex.getMessage(),
					ex);
		}
	}

	private List<CleaningRule> rules(Object document) {
		if (!(document instanceof Map<?, ?> root) || !(root.get("rules") instanceof List<?> entries)) {
			throw problem("it must be a mapping with a 'rules' list");
		}
		List<CleaningRule> rules = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int index = 0; index < entries.size(); index++) {
			CleaningRule rule = rule(index, entries.get(index));
			if (!names.add(rule.name())) {
				throw problem(where(index, rule.name()) + " has the same name as an earlier rule");
			}
			rules.add(rule);
		}
		return rules;
	}

	private CleaningRule rule(int index, Object entry) {
		if (!(entry instanceof Map<?, ?> fields)) {
			throw problem(where(index, null) + " must be a mapping with name, category, action and pattern");
		}
		String name = text(fields, "name", index, null);
		for (Object key : fields.keySet()) {
			if (!KEYS.contains(String.valueOf(key))) {
				throw problem(where(index, name) + " has unknown key '" + key + "' (expected one of " + KEYS + ")");
			}
		}
		String category = text(fields, "category", index, name);
		RuleAction action = action(text(fields, "action", index, name), index, name);
		return new CleaningRule(name, category, action, pattern(regex(fields, index, name), index, name),
				requires(fields.get("requires"), index, name));
	}

	/**
	 * The rule's regular expression: its {@code pattern}, or its {@code patterns}, a list
	 * of alternatives, each a whole pattern of its own (flags and anchors included), that
	 * a line matches when it matches one of them: a long pattern one alternative per
	 * line, each with its comment. Each alternative must compile on its own.
	 */
	private String regex(Map<?, ?> fields, int index, String name) {
		Object list = fields.get("patterns");
		if (list == null) {
			return text(fields, "pattern", index, name);
		}
		if (fields.get("pattern") != null) {
			throw problem(where(index, name) + " has both 'pattern' and 'patterns': give one");
		}
		if (!(list instanceof List<?> alternatives) || alternatives.isEmpty()
				|| !alternatives.stream().allMatch(text -> text instanceof String string && !string.isBlank())) {
			throw problem(where(index, name) + " has invalid 'patterns': it must be a list of one or more patterns");
		}
		// the anchor that opens every alternative opens the whole once, so that a line is
		// tried once, not at every position: '^(?:a|b)' rather than '^a|^b'
		String opening = ANCHORS.stream()
			.filter(anchor -> alternatives.stream().allMatch(text -> ((String) text).startsWith(anchor)))
			.findFirst()
			.orElse("");
		StringBuilder regex = new StringBuilder(opening).append("(?:");
		for (int i = 0; i < alternatives.size(); i++) {
			String alternative = (String) alternatives.get(i);
			pattern(alternative, index, name);
			regex.append(i == 0 ? "" : "|").append(alternative.substring(opening.length()));
		}
		return regex.append(')').toString();
	}

	/**
	 * The optional list of texts of which one must occur in a line before the pattern is
	 * tried.
	 */
	private RequiredText requires(Object value, int index, String name) {
		if (value == null) {
			return RequiredText.NONE;
		}
		if (!(value instanceof List<?> texts) || texts.isEmpty()
				|| !texts.stream().allMatch(text -> text instanceof String string && !string.isEmpty())) {
			throw problem(where(index, name) + " has an invalid 'requires': it must be a list of one or more"
					+ " non-empty texts, such as ['©', 'copyright'], not " + value);
		}
		return RequiredText.of(texts.stream().map(String.class::cast).toList());
	}

	private RuleAction action(String value, int index, String name) {
		try {
			return RuleAction.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw problem(where(index, name) + " has unknown action '" + value + "' (expected drop, end or thread)");
		}
	}

	private Pattern pattern(String regex, int index, String name) {
		Pattern pattern;
		try {
			pattern = Pattern.compile(regex);
		}
		catch (PatternSyntaxException ex) {
			throw problem(where(index, name) + " has an invalid pattern: " + ex.getDescription() + " near index "
					+ ex.getIndex() + " of '" + regex + "'");
		}
		String danger = BacktrackingCheck.dangerousPart(regex);
		if (danger != null) {
			throw problem(where(index, name) + " has a pattern that can backtrack catastrophically on a long line: '"
					+ danger + "' repeats a group that can match the same text in several ways; make the inner"
					+ " quantifier possessive (++, *+) or the group atomic (?>...), or bound the repetition");
		}
		return pattern;
	}

	private String text(Map<?, ?> fields, String key, int index, String name) {
		Object value = fields.get(key);
		if (value == null || value.toString().isBlank()) {
			throw problem(where(index, name) + " has no '" + key + "'");
		}
		return value.toString();
	}

	private static String where(int index, String name) {
		return "rule #" + (index + 1) + (name == null ? "" : " (" + name + ")");
	}

	private IllegalArgumentException problem(String detail) {
		return new IllegalArgumentException("Cleaning rules file " + file + ": " + detail);
	}

}
