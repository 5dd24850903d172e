package org.newsexport.cli;

/**
 * The command line is wrong; the message says how, in one line. Unless the message is
 * complete in itself, the line ends with where to read the right usage: the help of the
 * command at fault, or the whole help.
 */
public class UsageException extends RuntimeException {

	private final String hint;

	/** A mistake in the command line's shape; the line points to the whole help. */
	public UsageException(String message) {
		this(message, "");
	}

	/**
	 * @param command the command whose help to point to, {@code ""} for the whole help,
	 * or {@code null} when the message says all a user needs (a value of the wrong type,
	 * a missing id with its own hint)
	 */
	public UsageException(String message, String command) {
		super(message);
		this.hint = command == null ? null
				: command.isEmpty() ? "see 'news-export --help'" : "see 'news-export help " + command + "'";
	}

	/** The line to print after {@code news-export: }. */
	public String line() {
		return hint == null ? getMessage() : getMessage() + " (" + hint + ")";
	}

}
