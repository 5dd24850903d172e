package org.newsexport.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of seed text cut into literal text and {@link Slot}s: parsed once, rendered many
 * times, so that generating a file is concatenation rather than searching.
 */
record Template(List<Object> parts) {

	/**
	 * What a slot holds; a country slot also says which form of the country's name it is.
	 */
	enum Kind {

		FIRST_NAME, LAST_NAME, CITY, COUNTRY, ADJECTIVE, PEOPLE, MONTH, WEEKDAY, NUMBER, YEAR

	}

	/**
	 * @param original the seed's word, the key under which one article maps it to the
	 * same replacement throughout
	 * @param upperCase the seed wrote it in capitals (a dateline's {@code TEHRAN})
	 */
	record Slot(Kind kind, String original, boolean upperCase) {
	}

	private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}’'-]*\\p{L}|\\p{L}|\\d+");

	static Template parse(String line) {
		List<Object> parts = new ArrayList<>();
		StringBuilder literal = new StringBuilder();
		Matcher token = TOKEN.matcher(line);
		int last = 0;
		while (token.find()) {
			literal.append(line, last, token.start());
			last = token.end();
			String word = token.group();
			String suffix = "";
			if (word.endsWith("’s") || word.endsWith("'s")) {
				suffix = word.substring(word.length() - 2);
				word = word.substring(0, word.length() - 2);
			}
			Slot slot = Substitutions.slotFor(word);
			if (slot == null) {
				literal.append(token.group());
				continue;
			}
			if (!literal.isEmpty()) {
				parts.add(literal.toString());
				literal.setLength(0);
			}
			parts.add(slot);
			literal.append(suffix);
		}
		literal.append(line, last, line.length());
		if (!literal.isEmpty()) {
			parts.add(literal.toString());
		}
		return new Template(List.copyOf(parts));
	}

	/** The seed text itself, slots unfilled. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (Object part : parts) {
			text.append(part instanceof Slot slot ? slot.original() : part);
		}
		return text.toString();
	}

}
