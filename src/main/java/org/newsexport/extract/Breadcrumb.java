package org.newsexport.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the section from a breadcrumb line: the last part of "News / Iraq" or "Home >
 * World > Middle East".
 */
final class Breadcrumb {

	private static final Pattern SEPARATOR = Pattern.compile("\\s*[>»›→]\\s*| / ");

	private Breadcrumb() {
	}

	static Optional<String> section(String breadcrumb) {
		String[] parts = SEPARATOR.split(breadcrumb.trim());
		if (parts.length < 2) {
			return Optional.empty();
		}
		String last = parts[parts.length - 1].trim();
		return last.isEmpty() ? Optional.empty() : Optional.of(last);
	}

}
