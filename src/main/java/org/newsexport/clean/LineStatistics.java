package org.newsexport.clean;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * In how many files of a run each line occurs: a line that recurs across many files is
 * the site's menu, footer or promo, not an article's text. Built by a first pass over
 * every input, {@link #add} once per file, then read by the {@link Cleaner}. Lines are
 * compared by a 64-bit {@link LineFingerprint} of their CCNet-normalised text (lower
 * case, digits as 0, no punctuation), each file counting once per line.
 * <p>
 * Memory is bounded: the fingerprints and counts live in an open-addressing table of at
 * most a fixed number of slots (12 bytes each; the default 2^21 slots take 24 MB). The
 * table starts small and doubles as lines come, so a small run does not pay for the
 * bound. When the table is at its bound and three quarters full, the lines held by the
 * fewest files are forgotten (those in one file first, then two, ...) until it is at most
 * half full. So a count is exact until the first such pruning and never too high after
 * it: a large run can only miss some boilerplate, never take a line for boilerplate that
 * is not. {@link #forgottenBelow()} says how many files a forgotten line could have had.
 * <p>
 * Adding is synchronised, so a multi-threaded first pass may share one instance. Reading
 * is not: read once the adding is done, from threads started (or handed the instance)
 * after it, as the steps of a job are. {@link #save} and {@link #load} keep it in a file,
 * so that a restarted job need not read the input twice again.
 */
public final class LineStatistics {

	/** Slots of the table by default: 2^21, 24 MB. */
	public static final int DEFAULT_SLOTS = 1 << 21;

	private static final int MIN_SLOTS = 1 << 4;

	/**
	 * The table's size at first, when the bound is larger: it doubles up to the bound as
	 * lines come.
	 */
	private static final int INITIAL_SLOTS = 1 << 12;

	private static final int FORMAT = 0x4e584c31; // "NXL1"

	private final int slots;

	private long[] fingerprints;

	private int[] counts;

	private int mask;

	private int size;

	private int files;

	private int forgottenBelow;

	public LineStatistics() {
		this(DEFAULT_SLOTS);
	}

	/**
	 * @param slots the size of the table, a power of two of at least 16: the memory bound
	 */
	public LineStatistics(int slots) {
		if (slots < MIN_SLOTS || Integer.bitCount(slots) != 1) {
			throw new IllegalArgumentException("slots must be a power of two of at least " + MIN_SLOTS + ": " + slots);
		}
		this.slots = slots;
		allocate(Math.min(slots, INITIAL_SLOTS));
	}

	private void allocate(int tableSlots) {
		this.fingerprints = new long[tableSlots];
		this.counts = new int[tableSlots];
		this.mask = tableSlots - 1;
	}

	/**
	 * Counts the lines of one file's text; a line that occurs several times in the file
	 * counts once.
	 */
	public void add(String text) {
		addLines(lines(text));
	}

	/**
	 * The lines of one file's text as {@link #addLines} takes them: their fingerprints,
	 * each once. Needs no state, so a first pass can compute it on several threads and
	 * add the files in order.
	 */
	public static long[] lines(String text) {
		char[] chars = text.toCharArray();
		long[] lines = new long[16];
		int count = 0;
		int start = 0;
		for (int i = 0; i <= chars.length; i++) {
			if (i == chars.length || chars[i] == '\n' || chars[i] == '\r') {
				long fingerprint = LineFingerprint.of(chars, start, i);
				if (fingerprint != LineFingerprint.NONE) {
					if (count == lines.length) {
						lines = Arrays.copyOf(lines, count * 2);
					}
					lines[count++] = fingerprint;
				}
				start = i + 1;
			}
		}
		Arrays.sort(lines, 0, count);
		int distinct = 0;
		for (int i = 0; i < count; i++) {
			if (distinct == 0 || lines[i] != lines[distinct - 1]) {
				lines[distinct++] = lines[i];
			}
		}
		return Arrays.copyOf(lines, distinct);
	}

	/** Counts one file, given by its {@link #lines}. */
	public synchronized void addLines(long[] lines) {
		files++;
		for (long fingerprint : lines) {
			increment(fingerprint);
		}
	}

	/** Files added so far. */
	public int files() {
		return files;
	}

	/**
	 * In how many of the added files the line occurs (after normalisation); 0 for a line
	 * without letters. A lower bound once lines have been forgotten.
	 */
	public int filesWith(CharSequence line) {
		return filesWith(LineFingerprint.of(line));
	}

	/** {@link #filesWith(CharSequence)} of the line {@code text[start, end)}. */
	public int filesWith(char[] text, int start, int end) {
		return filesWith(LineFingerprint.of(text, start, end));
	}

	private int filesWith(long fingerprint) {
		if (fingerprint == LineFingerprint.NONE) {
			return 0;
		}
		int slot = find(fingerprint);
		return fingerprints[slot] == fingerprint ? counts[slot] : 0;
	}

	/**
	 * 0 while every line is counted; else a forgotten line was in fewer than this many
	 * files when it was dropped.
	 */
	public int forgottenBelow() {
		return forgottenBelow;
	}

	/** Distinct lines held. */
	public int size() {
		return size;
	}

	/** The bound of the table's size. */
	public int slots() {
		return slots;
	}

	/**
	 * Adds the counts of statistics made over other files (a partition of the run's
	 * input): the result is what one pass over both sets of files counts, exactly so
	 * while neither had to forget lines and the sum fits the bound.
	 */
	public synchronized void merge(LineStatistics other) {
		files += other.files;
		forgottenBelow = Math.max(forgottenBelow, other.forgottenBelow);
		for (int slot = 0; slot < other.fingerprints.length; slot++) {
			if (other.fingerprints[slot] != LineFingerprint.NONE) {
				increment(other.fingerprints[slot], other.counts[slot]);
			}
		}
	}

	private void increment(long fingerprint) {
		increment(fingerprint, 1);
	}

	private void increment(long fingerprint, int files) {
		int slot = find(fingerprint);
		if (fingerprints[slot] == fingerprint) {
			counts[slot] += files;
			return;
		}
		fingerprints[slot] = fingerprint;
		counts[slot] = files;
		size++;
		if (size > fingerprints.length / 4 * 3) {
			if (fingerprints.length < slots) {
				grow(fingerprints.length * 2);
			}
			else {
				forgetRarestLines();
			}
		}
	}

	/** Moves every line into a table of {@code tableSlots} slots. */
	private void grow(int tableSlots) {
		long[] oldFingerprints = fingerprints;
		int[] oldCounts = counts;
		allocate(tableSlots);
		for (int slot = 0; slot < oldFingerprints.length; slot++) {
			if (oldFingerprints[slot] != LineFingerprint.NONE) {
				int to = find(oldFingerprints[slot]);
				fingerprints[to] = oldFingerprints[slot];
				counts[to] = oldCounts[slot];
			}
		}
	}

	/**
	 * The slot holding the fingerprint, or the empty slot where it would go (linear
	 * probing).
	 */
	private int find(long fingerprint) {
		int slot = (int) fingerprint & mask;
		while (fingerprints[slot] != LineFingerprint.NONE && fingerprints[slot] != fingerprint) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void forgetRarestLines() {
		for (int floor = 1; size > slots / 2; floor++) {
			long[] keptFingerprints = new long[size];
			int[] keptCounts = new int[size];
			int kept = 0;
			for (int slot = 0; slot < fingerprints.length; slot++) {
				if (fingerprints[slot] != LineFingerprint.NONE && counts[slot] > floor) {
					keptFingerprints[kept] = fingerprints[slot];
					keptCounts[kept++] = counts[slot];
				}
			}
			Arrays.fill(fingerprints, LineFingerprint.NONE);
			Arrays.fill(counts, 0);
			size = 0;
			for (int i = 0; i < kept; i++) {
				int slot = find(keptFingerprints[i]);
				fingerprints[slot] = keptFingerprints[i];
				counts[slot] = keptCounts[i];
				size++;
			}
			forgottenBelow = Math.max(forgottenBelow, floor + 1);
		}
	}

	/**
	 * Writes the statistics to a file, through a temporary file and a move, so a crash
	 * never leaves half of one.
	 */
	public synchronized void save(Path file) {
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
			writeTo(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write line statistics to " + temporary + ": " + ex.getMessage(), ex);
		}
		try {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move line statistics to " + file + ": " + ex.getMessage(), ex);
		}
	}

	public synchronized void writeTo(OutputStream stream) throws IOException {
		DataOutputStream out = new DataOutputStream(stream);
		out.writeInt(FORMAT);
		out.writeInt(slots);
		out.writeInt(files);
		out.writeInt(forgottenBelow);
		out.writeInt(size);
		for (int slot = 0; slot < fingerprints.length; slot++) {
			if (fingerprints[slot] != LineFingerprint.NONE) {
				out.writeLong(fingerprints[slot]);
				out.writeInt(counts[slot]);
			}
		}
		out.flush();
	}

	/** Reads statistics written by {@link #save}. */
	public static LineStatistics load(Path file) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			return readFrom(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read line statistics from " + file + ": " + ex.getMessage(), ex);
		}
	}

	public static LineStatistics readFrom(InputStream stream) throws IOException {
		DataInputStream in = new DataInputStream(stream);
		if (in.readInt() != FORMAT) {
			throw new IOException("not a line statistics file (or one of another version)");
		}
		int slots = in.readInt();
		if (slots < MIN_SLOTS || Integer.bitCount(slots) != 1) {
			throw new IOException("corrupt line statistics: " + slots + " slots");
		}
		LineStatistics statistics = new LineStatistics(slots);
		statistics.files = in.readInt();
		statistics.forgottenBelow = in.readInt();
		int size = in.readInt();
		if (size < 0 || size > slots / 4 * 3) {
			throw new IOException("corrupt line statistics: " + size + " lines in " + slots + " slots");
		}
		int tableSlots = statistics.fingerprints.length;
		while (size > tableSlots / 4 * 3) {
			tableSlots *= 2;
		}
		statistics.allocate(tableSlots);
		for (int i = 0; i < size; i++) {
			long fingerprint = in.readLong();
			int count = in.readInt();
			int slot = statistics.find(fingerprint);
			statistics.fingerprints[slot] = fingerprint;
			statistics.counts[slot] = count;
		}
		statistics.size = size;
		return statistics;
	}

}
