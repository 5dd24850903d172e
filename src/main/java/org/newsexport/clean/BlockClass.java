package org.newsexport.clean;

/**
 * jusText's classes of a block (here a line), from the features alone and then in
 * context.
 */
enum BlockClass {

	/** Running text: long, with the stop words of a sentence. */
	GOOD,
	/** Could be running text; its neighbours decide. */
	NEAR_GOOD,
	/**
	 * Too short to tell on its own (headings, bylines, datelines, captions); its
	 * neighbours decide.
	 */
	SHORT,
	/** Boilerplate. */
	BAD

}
