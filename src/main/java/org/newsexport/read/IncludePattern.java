package org.newsexport.read;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files under the input root are input files: comma-separated globs matched on the
 * file name alone (not its directories), such as {@code *.txt,*.TXT}. The default,
 * {@code *.txt}, is what an export always read.
 */
public final class IncludePattern {

	public static final String DEFAULT_TEXT = "*.txt";

	public static final IncludePattern DEFAULT = parse(DEFAULT_TEXT);

	private final String text;

	private final List<PathMatcher> matchers;

	private IncludePattern(String text, List<PathMatcher> matchers) {
		this.text = text;
		this.matchers = matchers;
	}

	/**
	 * @throws IllegalArgumentException when the text holds no glob, a glob with a
	 * directory separator, or a malformed glob
	 */
	public static IncludePattern parse(String text) {
		List<String> globs = new ArrayList<>();
		List<PathMatcher> matchers = new ArrayList<>();
		for (String glob : text.split(",")) {
			glob = glob.strip();
			if (glob.isEmpty()) {
				continue;
			}
			if (glob.contains("/")) {
				throw new IllegalArgumentException("'" + glob + "' has a '/': the globs match file names, not paths");
			}
			try {
				matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("'" + glob + "' is not a glob: " + ex.getMessage().split("\\R")[0]);
			}
			globs.add(glob);
		}
		if (globs.isEmpty()) {
			throw new IllegalArgumentException("no glob in '" + text + "'");
		}
		return new IncludePattern(String.join(",", globs), List.copyOf(matchers));
	}

	/** Whether a file of this name is an input file. */
	public boolean matches(Path fileName) {
		for (PathMatcher matcher : matchers) {
			if (matcher.matches(fileName)) {
				return true;
			}
		}
		return false;
	}

	/** Whether this is the default pattern, {@code *.txt}. */
	public boolean isDefault() {
		return text.equals(DEFAULT_TEXT);
	}

	/** The globs, comma-separated without spaces: the same text for the same pattern. */
	@Override
	public String toString() {
		return text;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IncludePattern pattern && pattern.text.equals(text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}

}
