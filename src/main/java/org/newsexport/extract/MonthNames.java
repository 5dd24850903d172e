package org.newsexport.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month and weekday names as news pages print them in dates, in English, French, German
 * and Spanish, with the usual abbreviations. Abbreviations that are common words of
 * another of these languages are left out ("ago", Spanish for August, "dic"), so that a
 * date pattern does not fire on running text.
 */
final class MonthNames {

	private static final List<List<String>> BY_MONTH = List.of(
			List.of("january", "jan", "janvier", "janv", "januar", "jänner", "enero"),
			List.of("february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero"),
			List.of("march", "mar", "mars", "märz", "maerz", "marzo"), List.of("april", "apr", "avril", "avr", "abril"),
			List.of("may", "mai", "mayo"), List.of("june", "jun", "juin", "juni", "junio"),
			List.of("july", "jul", "juillet", "juil", "juli", "julio"),
			List.of("august", "aug", "août", "aout", "agosto"),
			List.of("september", "sept", "sep", "septembre", "septiembre", "setiembre"),
			List.of("october", "oct", "octobre", "oktober", "okt", "octubre"),
			List.of("november", "nov", "novembre", "noviembre"),
			List.of("december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre"));

	private static final Map<String, Integer> NUMBERS = numbers();

	/**
	 * Any month name, longest first so that "march" is not read as "mar"; not followed by
	 * a letter, so "Marchers" is no month. Use it case-insensitively with Unicode case
	 * ({@code (?iu)}) for "MÄRZ".
	 */
	static final String MONTH = NUMBERS.keySet()
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
		.collect(Collectors.joining("|", "(?:", ")(?!\\p{L})"));

	/**
	 * A weekday name or its English abbreviation, as it opens a date: "Sat.", "Monday",
	 * "lundi", "Samstag".
	 */
	static final String WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?!\\p{L})|(?:mon|tues|wednes|thurs"
			+ "|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch"
			+ "|donnerstag|freitag|samstag|sonnabend|sonntag|lunes|martes|miércoles|miercoles|jueves|viernes|sábado"
			+ "|sabado|domingo";

	private MonthNames() {
	}

	/** The month (1 to 12) a name of {@link #MONTH} stands for. */
	static int number(String name) {
		Integer number = NUMBERS.get(name.toLowerCase(Locale.ROOT));
		if (number == null) {
			throw new IllegalArgumentException("not a month name: " + name);
		}
		return number;
	}

	private static Map<String, Integer> numbers() {
		Map<String, Integer> numbers = new HashMap<>();
		for (int month = 1; month <= BY_MONTH.size(); month++) {
			for (String name : BY_MONTH.get(month - 1)) {
				numbers.put(name, month);
			}
		}
		return Map.copyOf(numbers);
	}

}
