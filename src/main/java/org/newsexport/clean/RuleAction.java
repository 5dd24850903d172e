package org.newsexport.clean;

/** What a cleaning rule does with the line it matches. */
public enum RuleAction {

	/** Remove the matching line only. */
	DROP,
	/** The matching line starts the page debris after the article: remove it and every later line. */
	END

}
