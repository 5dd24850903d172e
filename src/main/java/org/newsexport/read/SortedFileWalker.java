package org.newsexport.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Walks the input files under a root (those whose name matches the
 * {@link IncludePattern}, {@code *.txt} by default) in a fixed order (names compared per
 * path component), holding one sorted directory listing per level rather than the whole
 * tree. The order is what makes a restart see the same sequence;
 * {@link #compare(String, String)} is the same order on relative paths, so a walk can
 * resume after a given path. Other files are counted as {@link #skipped()}.
 */
public final class SortedFileWalker implements Iterator<InputEntry> {

	private final Path root;

	private final IncludePattern include;

	private long skipped;

	private final String resumeAfter;

	private final Deque<Iterator<Path>> stack = new ArrayDeque<>();

	private InputEntry next;

	/**
	 * @param resumeAfter a relative path; entries up to and including it are skipped
	 * ({@code null} to start at the beginning)
	 */
	public SortedFileWalker(Path root, String resumeAfter) {
		this(root, resumeAfter, IncludePattern.DEFAULT);
	}

	/**
	 * @param resumeAfter a relative path; entries up to and including it are skipped
	 * ({@code null} to start at the beginning)
	 * @param include the names of the input files
	 */
	public SortedFileWalker(Path root, String resumeAfter, IncludePattern include) {
		this.root = root;
		this.resumeAfter = resumeAfter;
		this.include = include;
		this.stack.push(sortedChildren(root).iterator());
	}

	@Override
	public boolean hasNext() {
		if (next == null) {
			next = advance();
		}
		return next != null;
	}

	@Override
	public InputEntry next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		InputEntry entry = next;
		next = null;
		return entry;
	}

	private InputEntry advance() {
		while (!stack.isEmpty()) {
			Iterator<Path> level = stack.peek();
			if (!level.hasNext()) {
				stack.pop();
				continue;
			}
			Path path = level.next();
			String relative = relativePath(path);
			boolean link = Files.isSymbolicLink(path);
			if (!link && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
				if (resumeAfter == null || !isBeforeSubtree(relative)) {
					stack.push(sortedChildren(path).iterator());
				}
				continue;
			}
			if (!include.matches(path.getFileName())) {
				skipped++;
				continue;
			}
			if (resumeAfter != null && compare(relative, resumeAfter) <= 0) {
				continue;
			}
			if (link || Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
				return new InputEntry(path, relative, link);
			}
		}
		return null;
	}

	/**
	 * The files walked past so far that are not input files (their name does not match
	 * the include pattern); files in directories that a resumed walk skips whole are not
	 * counted.
	 */
	public long skipped() {
		return skipped;
	}

	/**
	 * True when every path in the directory {@code relativeDir} sorts before the resume
	 * point.
	 */
	private boolean isBeforeSubtree(String relativeDir) {
		return compare(relativeDir, resumeAfter) < 0 && !resumeAfter.startsWith(relativeDir + "/");
	}

	private String relativePath(Path path) {
		StringBuilder relative = new StringBuilder();
		for (Path part : root.relativize(path)) {
			if (relative.length() > 0) {
				relative.append('/');
			}
			relative.append(part);
		}
		return relative.toString();
	}

	private static List<Path> sortedChildren(Path dir) {
		List<Path> children = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
			stream.forEach(children::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list input directory " + dir + ": " + ex.getMessage(), ex);
		}
		children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
		return children;
	}

	/** The walk order on '/'-separated relative paths: component by component. */
	public static int compare(String a, String b) {
		String[] left = a.split("/", -1);
		String[] right = b.split("/", -1);
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			int c = left[i].compareTo(right[i]);
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(left.length, right.length);
	}

}
