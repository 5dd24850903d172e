package org.newsexport.clean;

/** What a cleaning rule does with the line it matches. */
public enum RuleAction {

	/** Remove the matching line only. */
	DROP,
	/**
	 * The matching line starts the page debris after the article: remove it and every
	 * later line.
	 */
	END,
	/**
	 * The matching line starts a thread of reader comments when the page holds two or
	 * more lines that the rule matches: the first of them acts as an {@link #END} rule; a
	 * single one is only dropped (a byline with its date).
	 */
	THREAD

}
