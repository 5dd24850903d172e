package org.newsexport.clean;

import java.time.Duration;

/**
 * When the cleaning of one text is to be abandoned: a point in time
 * ({@link System#nanoTime}) checked by the cleaner every {@value #CHARS_PER_CHECK}
 * characters of lines and between stages, and by the regular expressions of the rules
 * while they match, through {@link #guard}. Java's regex engine ignores interrupts, and a
 * rule that backtracks catastrophically can take hours on one line; the guarded text it
 * reads checks the time every {@value #CHARS_PER_CHECK} characters read and throws
 * {@link CleanTimeoutException}, which unwinds the match. Not thread-safe: one per text
 * being cleaned.
 */
public final class Deadline {

	/** No deadline: nothing is checked, nothing throws. */
	public static final Deadline NONE = new Deadline(0, null);

	/**
	 * The guarded text reads the clock once per this many characters the engine reads (a
	 * few microseconds).
	 */
	static final int CHARS_PER_CHECK = 4096;

	private final long endNanos;

	private final Duration limit;

	/**
	 * The view {@link #guard} hands out, made once: its countdown goes on from one text
	 * to the next.
	 */
	private GuardedText guarded;

	private Deadline(long endNanos, Duration limit) {
		this.endNanos = endNanos;
		this.limit = limit;
	}

	/** A deadline {@code limit} from now. */
	public static Deadline after(Duration limit) {
		// a limit of centuries is no limit; nanoTime differences stay exact up to 292
		// years
		long nanos = limit.compareTo(Duration.ofDays(365L * 100)) > 0 ? Long.MAX_VALUE / 2 : limit.toNanos();
		return new Deadline(System.nanoTime() + nanos, limit);
	}

	/** The time given, or {@code null} for {@link #NONE}. */
	public Duration limit() {
		return limit;
	}

	/**
	 * @throws CleanTimeoutException when the deadline has passed
	 */
	public void check() {
		if (limit != null && System.nanoTime() - endNanos > 0) {
			throw new CleanTimeoutException(limit);
		}
	}

	/**
	 * The text for a {@link java.util.regex.Matcher} to read: the text itself without a
	 * deadline, else a view of it that {@linkplain #check checks} the deadline as the
	 * engine reads it. The view is one object, set to the text: valid until the next
	 * call.
	 */
	CharSequence guard(String text) {
		if (limit == null) {
			return text;
		}
		if (guarded == null) {
			guarded = new GuardedText(this);
		}
		guarded.text = text;
		return guarded;
	}

	/**
	 * A string that checks the deadline every {@link #CHARS_PER_CHECK} characters read.
	 */
	private static final class GuardedText implements CharSequence {

		private String text;

		private final Deadline deadline;

		private int countdown = CHARS_PER_CHECK;

		GuardedText(Deadline deadline) {
			this.deadline = deadline;
		}

		@Override
		public char charAt(int index) {
			if (--countdown < 0) {
				countdown = CHARS_PER_CHECK;
				deadline.check();
			}
			return text.charAt(index);
		}

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return text.subSequence(start, end);
		}

		@Override
		public String toString() {
			return text;
		}

	}

}
