package org.newsexport.job;

import java.time.Duration;

import org.newsexport.article.Article;
import org.newsexport.article.ExportRecord;
import org.newsexport.article.Reject;
import org.newsexport.article.RejectReason;
import org.newsexport.article.SourceItem;
import org.newsexport.article.SourceText;
import org.newsexport.article.Unchanged;
import org.newsexport.clean.CleanTimeoutException;
import org.newsexport.clean.Deadline;
import org.newsexport.extract.ArticleExtractor;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Cleans and extracts each readable file; a file that yields nothing, on which the
 * cleaner fails, or whose cleaning takes longer than its time
 * ({@code export.max-clean-time}) becomes a {@link Reject}, so that one bad file never
 * stops the run nor disappears from the export. A file an incremental export skips
 * ({@link Unchanged}) passes through.
 */
public class ArticleItemProcessor implements ItemProcessor<SourceItem, ExportRecord> {

	private final ArticleExtractor extractor;

	/** The time one file may take, or {@code null} for no limit. */
	private final Duration maxCleanTime;

	/** A processor that gives each file all the time it takes. */
	public ArticleItemProcessor(ArticleExtractor extractor) {
		this(extractor, null);
	}

	/**
	 * @param maxCleanTime the longest one file may take to clean and extract (wall-clock
	 * time, from the start of its cleaning on its thread); {@code null} for no limit
	 */
	public ArticleItemProcessor(ArticleExtractor extractor, Duration maxCleanTime) {
		this.extractor = extractor;
		this.maxCleanTime = maxCleanTime;
	}

	@Override
	public ExportRecord process(SourceItem item) {
		if (item instanceof Reject reject) {
			return reject;
		}
		if (item instanceof Unchanged unchanged) {
			return unchanged;
		}
		SourceText source = (SourceText) item;
		Article article;
		try {
			article = extractor.extract(source, maxCleanTime == null ? Deadline.NONE : Deadline.after(maxCleanTime));
		}
		catch (CleanTimeoutException ex) {
			return Reject.of(source, RejectReason.CLEAN_TIMEOUT,
					"cleaning took longer than export.max-clean-time (" + format(ex.limit()) + ") and was abandoned");
		}
		catch (RuntimeException | StackOverflowError ex) {
			// a stack overflow too: a regular expression's recursion on a long line must
			// not end the run
			return Reject.of(source, RejectReason.CLEANING_FAILED, ex.toString());
		}
		if (article.paragraphs().isEmpty()) {
			String title = article.title() == null ? "" : "only a title was left; ";
			return Reject.of(source, RejectReason.NO_CONTENT,
					title + article.removedLines().size() + " lines were removed as boilerplate");
		}
		return article;
	}

	/** "30s", "1500ms": as the limit is written in the configuration. */
	static String format(Duration limit) {
		long millis = limit.toMillis();
		return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
	}

}
