package org.newsexport.extract;

import java.util.List;
import java.util.Set;

/**
 * A fixed set of words, each with a group number, looked up by where a word stands in a
 * text rather than by a {@code String} of it: the word scans of extraction look up nearly
 * every word of running text, and cutting each one out (a copy, its hash, then a probe of
 * a {@code Set.of}) cost more than the rest of the scan. A bit test on the first and last
 * characters, then open addressing on a hash of them and the length; a hit is confirmed
 * with {@link String#regionMatches}, so the answer is exactly that of
 * {@code Set.contains} on the substring. Immutable, and so safe to share between threads.
 */
final class WordTable {

	/** What {@link #groupOf} gives for a word that is not in the table. */
	static final int ABSENT = 0;

	private final String[] words;

	/**
	 * For each slot, its word's first and last characters and length packed by
	 * {@link #key} (0 for an empty slot): a probe compares these in the table's own array
	 * and reads a word's {@code String} only when they agree.
	 */
	private final long[] keys;

	private final int[] groups;

	private final int mask;

	private final int maxLength;

	/**
	 * A bit for each pair of first and last characters (six low bits of each) that a word
	 * of the table has: most words of a text have no such pair and are answered by one
	 * bit test, before any hash.
	 */
	private final long[] ends = new long[64];

	/**
	 * A bit for each pair of first character (six low bits) and length (six low bits)
	 * that a word of the table has: a second test before the hash, for the words of a
	 * text that pass the first ("the" for "tweeted").
	 */
	private final long[] lengths = new long[64];

	/**
	 * The words of {@code groups.get(i)} are in group {@code i + 1}; a word is in the
	 * first group that holds it.
	 */
	private WordTable(List<Set<String>> groups) {
		int count = groups.stream().mapToInt(Set::size).sum();
		int size = Integer.highestOneBit(Math.max(4, count) * 4);
		this.words = new String[size];
		this.keys = new long[size];
		this.groups = new int[size];
		this.mask = size - 1;
		int longest = 0;
		for (int group = 1; group <= groups.size(); group++) {
			for (String word : groups.get(group - 1)) {
				if (word.isEmpty() || groupOf(word) != ABSENT) {
					continue;
				}
				int slot = hash(word.charAt(0), word.charAt(word.length() - 1), word.length()) & mask;
				while (words[slot] != null) {
					slot = (slot + 1) & mask;
				}
				ends[word.charAt(0) & 63] |= 1L << word.charAt(word.length() - 1);
				lengths[word.charAt(0) & 63] |= 1L << word.length();
				words[slot] = word;
				keys[slot] = key(word.charAt(0), word.charAt(word.length() - 1), word.length());
				this.groups[slot] = group;
				longest = Math.max(longest, word.length());
			}
		}
		this.maxLength = longest;
	}

	/** A table of one group. */
	static WordTable of(Set<String> words) {
		return new WordTable(List.of(words));
	}

	/** A table of several groups, numbered from 1 in the order given. */
	@SafeVarargs
	static WordTable ofGroups(Set<String>... groups) {
		return new WordTable(List.of(groups));
	}

	boolean contains(String word) {
		return groupOf(word, 0, word.length()) != ABSENT;
	}

	/** Whether {@code text.substring(start, end)} is in the table. */
	boolean contains(String text, int start, int end) {
		return groupOf(text, start, end) != ABSENT;
	}

	int groupOf(String word) {
		return groupOf(word, 0, word.length());
	}

	/** The group of {@code text.substring(start, end)}, or {@link #ABSENT}. */
	int groupOf(String text, int start, int end) {
		int length = end - start;
		if (length <= 0 || length > maxLength) {
			return ABSENT;
		}
		char first = text.charAt(start);
		char last = text.charAt(end - 1);
		if ((ends[first & 63] & (1L << last)) == 0 || (lengths[first & 63] & (1L << length)) == 0) {
			return ABSENT;
		}
		long key = key(first, last, length);
		for (int slot = hash(first, last, length) & mask;; slot = (slot + 1) & mask) {
			long slotKey = keys[slot];
			if (slotKey == 0) {
				return ABSENT;
			}
			if (slotKey == key && text.regionMatches(start, words[slot], 0, length)) {
				return groups[slot];
			}
		}
	}

	/** Never 0: {@code length} is at least 1. */
	private static long key(char first, char last, int length) {
		return ((long) length << 32) | ((long) first << 16) | last;
	}

	private static int hash(char first, char last, int length) {
		int h = (length * 31 + first) * 31 + last;
		h *= 0x9E3779B9;
		return h ^ (h >>> 16);
	}

}
