package org.newsexport.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.newsexport.article.Article;
import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;
import org.newsexport.article.RemovedLine;
import org.newsexport.article.SourceText;
import org.newsexport.clean.CleanedText;
import org.newsexport.clean.Cleaner;
import org.newsexport.clean.CleaningRule;
import org.newsexport.clean.Deadline;
import org.newsexport.clean.KeptLine;
import org.newsexport.clean.LineStatistics;
import org.newsexport.clean.RuleSet;

/**
 * Turns one scraped text into an {@link Article}: cleans it, then reads the structure
 * from what is left. The title is the headline the cleaner found (in neither the
 * paragraphs nor the removed lines), or its repeat above the text when the page prints
 * one. The {@link ArticleHeader} at the top of the kept lines (that repeat, the
 * standfirst, the byline, date lines) is not body: the standfirst and the byline have
 * their own fields, the date lines are removed lines. The dateline is read from the
 * opening body paragraph and stays in its text, which is the article as published. The
 * section and the page date come from lines the rules removed above the body, those of
 * the {@value #BREADCRUMB} and {@value #PAGE_DATE} categories. Thread-safe.
 */
public final class ArticleExtractor {

	/** The rule category whose removed lines give the section. */
	public static final String BREADCRUMB = "breadcrumb";

	/**
	 * The rule category whose removed lines give the published date when the dateline has
	 * none.
	 */
	public static final String PAGE_DATE = "page-date";

	/**
	 * The dateline opens the first body paragraph, or the second when a byline ("By Ali
	 * Abbas") comes first.
	 */
	private static final int DATELINE_PARAGRAPHS = 2;

	private final RuleSet rules;

	private final Cleaner cleaner;

	public ArticleExtractor(RuleSet rules) {
		this(rules, null);
	}

	/**
	 * @param statistics the lines of the whole run, from a first pass over its files (see
	 * {@link LineStatistics}); {@code null} to judge every file on its own
	 */
	public ArticleExtractor(RuleSet rules, LineStatistics statistics) {
		this.rules = rules;
		this.cleaner = new Cleaner(rules, statistics);
	}

	public Article extract(SourceText source) {
		return extract(source, Deadline.NONE);
	}

	/**
	 * {@link #extract(SourceText)} within a deadline: checked by the cleaner (see
	 * {@link Cleaner#clean(String, Deadline)}), between the stages of extraction and at
	 * the end, so that a text that took longer than its time is abandoned even when the
	 * last stage overran it.
	 * @throws org.newsexport.clean.CleanTimeoutException when the deadline passes
	 */
	public Article extract(SourceText source, Deadline deadline) {
		Article article = extract(source, cleaner.clean(source.text(), deadline), deadline);
		deadline.check();
		return article;
	}

	/**
	 * The structure read from a cleaned text; apart from {@link #extract(SourceText)} for
	 * the extraction bench.
	 */
	Article extract(SourceText source, CleanedText cleaned) {
		return extract(source, cleaned, Deadline.NONE);
	}

	private Article extract(SourceText source, CleanedText cleaned, Deadline deadline) {
		deadline.check();
		String headline = cleaned.headline() == null ? null : cleaned.headline().text();
		List<KeptLine> kept = cleaned.keptLines();
		ArticleHeader header = ArticleHeader.read(kept, headline);
		List<List<QuotedSpan>> quotations = new ArrayList<>();
		List<Paragraph> paragraphs = ParagraphClassifier.classify(kept.subList(header.bodyStart(), kept.size()),
				quotations);
		deadline.check();
		Dateline dateline = dateline(paragraphs);
		String agency = dateline != null && dateline.agency() != null ? dateline.agency()
				: AgencyCredit.find(paragraphs).orElse(null);
		List<RemovedLine> aboveBody = cleaned.removedBeforeBody();
		String section = first(aboveBody, BREADCRUMB, Breadcrumb::section);
		// A date the page states beats a year read from the text (DatelineYear), which
		// needs the day restated.
		LocalDate published = dateline == null ? null : dateline.date();
		if (published == null) {
			published = first(aboveBody, PAGE_DATE, DateText::parse);
		}
		if (published == null) {
			published = header.date();
		}
		if (published == null && dateline != null && dateline.day() != null) {
			published = DatelineYear.infer(dateline.day(), paragraphs).orElse(null);
		}
		// the headline printed above the text has no site name beside it, as the page's
		// <title> may have
		String title = header.headline() != null ? header.headline() : headline;
		return new Article(source.docId(), source.sourcePath(), source.sha256(), source.bytes(), title,
				header.standfirst(), header.byline(), header.authors(), dateline == null ? null : dateline.text(),
				agency, section, cleaned.language(), published, paragraphs, removedLines(cleaned, header),
				QuoteExtractor.extract(paragraphs, quotations));
	}

	/**
	 * The dateline that opens one of the first {@value #DATELINE_PARAGRAPHS} body
	 * paragraphs, or {@code null}.
	 */
	private static Dateline dateline(List<Paragraph> paragraphs) {
		int bodies = 0;
		for (Paragraph paragraph : paragraphs) {
			if (paragraph.kind() != ParagraphKind.BODY) {
				continue;
			}
			Optional<Dateline> dateline = Dateline.find(paragraph.text());
			if (dateline.isPresent()) {
				return dateline.get();
			}
			if (++bodies == DATELINE_PARAGRAPHS) {
				break;
			}
		}
		return null;
	}

	/** The cleaner's removed lines and the header's, in source order. */
	private static List<RemovedLine> removedLines(CleanedText cleaned, ArticleHeader header) {
		if (header.removed().isEmpty()) {
			return cleaned.removedLines();
		}
		List<RemovedLine> lines = new ArrayList<>(cleaned.removedLines());
		lines.addAll(header.removed());
		lines.sort(Comparator.comparingInt(RemovedLine::lineNumber));
		return lines;
	}

	private <T> T first(List<RemovedLine> lines, String category, Function<String, Optional<T>> reader) {
		for (RemovedLine line : lines) {
			Optional<CleaningRule> rule = rules.named(line.rule());
			if (rule.isPresent() && category.equals(rule.get().category())) {
				Optional<T> value = reader.apply(line.text());
				if (value.isPresent()) {
					return value.get();
				}
			}
		}
		return null;
	}

}
