package org.newsexport.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;

/**
 * A cheap look at the shape of a rule's regular expression for the shapes that backtrack
 * catastrophically: a group that holds a quantifier without bound, itself repeated
 * without bound or more than {@value #MAX_REPEATS} times ({@code (a+)+},
 * {@code (\w+\s?)*}, {@code (.*,){11}}), and a group of alternatives of which two are the
 * same, repeated ({@code (a|a)*}). Each extra way to split a line between the inner and
 * the outer quantifier multiplies the work on a line that almost matches. A possessive
 * quantifier ({@code a++}, {@code (...)*+}) or an atomic group ({@code (?>...)}) gives
 * nothing back, and is safe.
 * <p>
 * A heuristic, not a proof: it rejects some harmless patterns (whose inner and outer
 * repetitions cannot split a line in two ways, such as {@code ([a-z]+ )+}: make the inner
 * quantifier possessive, {@code ([a-z]++ )+}) and misses other slow ones (several
 * unbounded quantifiers in a row over the same characters, {@code ^\w+\w+\w+\w+!}; back
 * references). The per-file time limit ({@code export.max-clean-time}) is what bounds
 * those.
 */
final class BacktrackingCheck {

	/**
	 * A group with an unbounded quantifier inside may be repeated this many times at
	 * most.
	 */
	static final int MAX_REPEATS = 5;

	private static final int UNBOUNDED = Integer.MAX_VALUE;

	private BacktrackingCheck() {
	}

	/**
	 * The dangerous part of the regex, as written, or {@code null} when none of the
	 * shapes above is in it.
	 */
	static String dangerousPart(String regex) {
		return new Scan(regex).run();
	}

	/**
	 * A quantifier: its largest count, whether possessive, and where it ends in the
	 * regex.
	 */
	private record Quantifier(int max, boolean possessive, int end) {

		static final Quantifier NONE = new Quantifier(1, false, -1);

		boolean unbounded() {
			return max == UNBOUNDED;
		}

	}

	/**
	 * An open group: where it starts, whether atomic, its alternatives so far, and
	 * whether it holds an unbounded quantifier.
	 */
	private static final class Group {

		final int start;

		final int bodyStart;

		final boolean atomic;

		final List<Integer> bars = new ArrayList<>();

		boolean holdsUnbounded;

		Group(int start, int bodyStart, boolean atomic) {
			this.start = start;
			this.bodyStart = bodyStart;
			this.atomic = atomic;
		}

	}

	private static final class Scan {

		private final String regex;

		private final Deque<Group> groups = new ArrayDeque<>();

		private int i;

		Scan(String regex) {
			this.regex = regex;
		}

		String run() {
			groups.push(new Group(0, 0, false));
			while (i < regex.length()) {
				char c = regex.charAt(i);
				if (c == '(') {
					if (openGroup()) {
						continue;
					}
				}
				else if (c == ')' && groups.size() > 1) {
					String danger = closeGroup();
					if (danger != null) {
						return danger;
					}
					continue;
				}
				else if (c == '|') {
					groups.peek().bars.add(i);
					i++;
					continue;
				}
				else if (c == '\\') {
					skipEscape();
				}
				else if (c == '[') {
					skipClass();
				}
				else {
					i++;
				}
				atomQuantifier();
			}
			return null;
		}

		/**
		 * Opens a group; false for inline flags "(?i)", which are no group (they were
		 * skipped).
		 */
		private boolean openGroup() {
			int start = i;
			if (regex.startsWith("(?", i)) {
				int j = i + 2;
				if (j < regex.length() && (regex.charAt(j) == '<' && j + 1 < regex.length()
						&& Character.isLetter(regex.charAt(j + 1)))) {
					j = regex.indexOf('>', j) + 1; // a named group
				}
				else if (j < regex.length() && "=!>".indexOf(regex.charAt(j)) >= 0) {
					j++;
				}
				else if (regex.startsWith("<=", j) || regex.startsWith("<!", j)) {
					j += 2;
				}
				else {
					while (j < regex.length() && regex.charAt(j) != ':' && regex.charAt(j) != ')') {
						j++; // flags
					}
					if (j < regex.length() && regex.charAt(j) == ')') {
						i = j + 1; // "(?i)": flags for the rest, no group
						return true;
					}
					j++;
				}
				groups.push(new Group(start, Math.max(j, i + 2), regex.startsWith("(?>", i)));
				i = Math.max(j, i + 2);
				return true;
			}
			groups.push(new Group(start, i + 1, false));
			i++;
			return true;
		}

		private String closeGroup() {
			Group group = groups.pop();
			int close = i;
			i++;
			Quantifier quantifier = quantifier();
			int end = quantifier == Quantifier.NONE ? i : quantifier.end();
			if (quantifier != Quantifier.NONE) {
				i = quantifier.end();
			}
			boolean repeated = quantifier.max() > 1 && !quantifier.possessive();
			if (repeated && group.holdsUnbounded && !group.atomic
					&& (quantifier.unbounded() || quantifier.max() > MAX_REPEATS)) {
				return regex.substring(group.start, end);
			}
			if (repeated && !group.atomic && quantifier.unbounded() && hasRepeatedAlternative(group, close)) {
				return regex.substring(group.start, end);
			}
			Group parent = groups.peek();
			parent.holdsUnbounded |= !group.atomic && group.holdsUnbounded
					|| quantifier.unbounded() && !quantifier.possessive();
			return null;
		}

		private boolean hasRepeatedAlternative(Group group, int close) {
			if (group.bars.isEmpty()) {
				return false;
			}
			HashSet<String> seen = new HashSet<>();
			int from = group.bodyStart;
			for (int bar : group.bars) {
				if (!seen.add(regex.substring(from, bar))) {
					return true;
				}
				from = bar + 1;
			}
			return !seen.add(regex.substring(from, close));
		}

		/** After an atom: its quantifier, if any, marks the group it is in. */
		private void atomQuantifier() {
			Quantifier quantifier = quantifier();
			if (quantifier != Quantifier.NONE) {
				i = quantifier.end();
				if (quantifier.unbounded() && !quantifier.possessive()) {
					groups.peek().holdsUnbounded = true;
				}
			}
		}

		/** The quantifier at {@link #i}, or {@link Quantifier#NONE}; does not move. */
		private Quantifier quantifier() {
			if (i >= regex.length()) {
				return Quantifier.NONE;
			}
			char c = regex.charAt(i);
			int max;
			int j;
			if (c == '*' || c == '+') {
				max = UNBOUNDED;
				j = i + 1;
			}
			else if (c == '?') {
				max = 1;
				j = i + 1;
			}
			else if (c == '{') {
				int close = regex.indexOf('}', i);
				if (close < 0) {
					return Quantifier.NONE;
				}
				String[] bounds = regex.substring(i + 1, close).split(",", -1);
				try {
					max = bounds.length == 1 ? Integer.parseInt(bounds[0].trim())
							: bounds[1].isBlank() ? UNBOUNDED : Integer.parseInt(bounds[1].trim());
				}
				catch (NumberFormatException ex) {
					return Quantifier.NONE;
				}
				j = close + 1;
			}
			else {
				return Quantifier.NONE;
			}
			boolean possessive = j < regex.length() && regex.charAt(j) == '+';
			if (j < regex.length() && (regex.charAt(j) == '+' || regex.charAt(j) == '?')) {
				j++;
			}
			return new Quantifier(max, possessive, j);
		}

		private void skipEscape() {
			if (regex.startsWith("\\Q", i)) {
				int end = regex.indexOf("\\E", i + 2);
				i = end < 0 ? regex.length() : end + 2;
				return;
			}
			i += 2;
			if (i <= regex.length() && i - 1 < regex.length() && "pPxNk".indexOf(regex.charAt(i - 1)) >= 0
					&& i < regex.length() && (regex.charAt(i) == '{' || regex.charAt(i) == '<')) {
				int end = regex.indexOf(regex.charAt(i) == '{' ? '}' : '>', i);
				i = end < 0 ? regex.length() : end + 1;
			}
			i = Math.min(i, regex.length());
		}

		/** Past a character class, nested classes and escapes included. */
		private void skipClass() {
			int depth = 0;
			while (i < regex.length()) {
				char c = regex.charAt(i);
				if (c == '\\') {
					i += 2;
					continue;
				}
				if (c == '[') {
					depth++;
					i++;
					if (i < regex.length() && regex.charAt(i) == '^') {
						i++;
					}
					if (i < regex.length() && regex.charAt(i) == ']') {
						i++; // a ']' first is a literal
					}
					continue;
				}
				i++;
				if (c == ']' && --depth == 0) {
					return;
				}
			}
		}

	}

}
