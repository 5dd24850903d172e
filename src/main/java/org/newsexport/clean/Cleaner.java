package org.newsexport.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsexport.article.RemovedLine;
import org.newsexport.article.Words;

/**
 * Removes page boilerplate from scraped article text, line by line. Each non-blank line is a paragraph (scraped
 * pages hold no wrapped lines). A line is removed by the first rule of the {@link RuleSet} that matches it, or by
 * the built-in {@value TitleRepeat#RULE_NAME} rule; once an {@link RuleAction#END end} rule matches, it and every
 * later non-blank line are removed and recorded under that rule's name. The first kept line is the headline when
 * {@link LineShape#looksLikeHeadline it reads as one}. Thread-safe: one instance can clean any number of texts.
 */
public final class Cleaner {

	/**
	 * An end rule matching above the article text is page header debris (a "Leave a comment" link beside the byline),
	 * not the start of the comments: it only drops its own line until a line of running text has been kept, one that
	 * ends like a sentence or is this long. Bylines, dates and menu entries are neither.
	 */
	private static final int MIN_WORDS_OF_RUNNING_TEXT = 10;

	private final RuleSet rules;

	private final TextNormalizer normalizer = new TextNormalizer();

	public Cleaner(RuleSet rules) {
		this.rules = rules;
	}

	public CleanedText clean(String text) {
		Pass pass = new Pass();
		for (NormalizedLine line : normalizer.lines(text)) {
			if (!line.isBlank()) {
				pass.accept(line);
			}
		}
		return new CleanedText(pass.headline, pass.kept, pass.removed);
	}

	/** The state of cleaning one text. */
	private final class Pass {

		private final List<KeptLine> kept = new ArrayList<>();

		private final List<RemovedLine> removed = new ArrayList<>();

		private KeptLine headline;

		private TitleRepeat titleRepeat;

		private boolean headlineDecided;

		private boolean runningTextSeen;

		private CleaningRule endedBy;

		void accept(NormalizedLine line) {
			if (endedBy != null) {
				remove(line, endedBy.name());
				return;
			}
			Optional<CleaningRule> rule = rules.firstMatch(line.matchText());
			if (rule.isPresent()) {
				remove(line, rule.get().name());
				if (rule.get().action() == RuleAction.END && runningTextSeen) {
					endedBy = rule.get();
				}
			}
			else if (!headlineDecided) {
				headlineDecided = true;
				decideHeadline(line);
			}
			else if (titleRepeat != null && titleRepeat.isRepeatedBy(line.text())) {
				remove(line, TitleRepeat.RULE_NAME);
			}
			else {
				keep(line);
			}
		}

		private void decideHeadline(NormalizedLine line) {
			if (LineShape.looksLikeHeadline(line.text())) {
				headline = new KeptLine(line.number(), line.text());
				titleRepeat = new TitleRepeat(line.text());
			}
			else {
				keep(line);
			}
		}

		private void keep(NormalizedLine line) {
			kept.add(new KeptLine(line.number(), line.text()));
			runningTextSeen |= LineShape.endsLikeSentence(line.text())
					|| Words.count(line.text()) >= MIN_WORDS_OF_RUNNING_TEXT;
		}

		private void remove(NormalizedLine line, String ruleName) {
			removed.add(new RemovedLine(line.number(), ruleName, line.text()));
		}

	}

}
