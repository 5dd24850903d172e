package org.newsexport.job;

import org.newsexport.article.Article;
import org.newsexport.article.ExportRecord;
import org.newsexport.article.Reject;
import org.newsexport.article.RejectReason;
import org.newsexport.article.SourceItem;
import org.newsexport.article.SourceText;
import org.newsexport.article.Unchanged;
import org.newsexport.extract.ArticleExtractor;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Cleans and extracts each readable file; a file that yields nothing, or on which the cleaner fails, becomes a
 * {@link Reject}, so that one bad file never stops the run nor disappears from the export. A file an incremental
 * export skips ({@link Unchanged}) passes through.
 */
public class ArticleItemProcessor implements ItemProcessor<SourceItem, ExportRecord> {

	private final ArticleExtractor extractor;

	public ArticleItemProcessor(ArticleExtractor extractor) {
		this.extractor = extractor;
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
			article = extractor.extract(source);
		}
		catch (RuntimeException ex) {
			return Reject.of(source, RejectReason.CLEANING_FAILED, ex.toString());
		}
		if (article.paragraphs().isEmpty()) {
			String title = article.title() == null ? "" : "only a title was left; ";
			return Reject.of(source, RejectReason.NO_CONTENT,
					title + article.removedLines().size() + " lines were removed as boilerplate");
		}
		return article;
	}

}
