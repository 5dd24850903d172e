package org.newsexport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;
import org.newsexport.article.Words;
import org.newsexport.clean.KeptLine;
import org.newsexport.clean.LineShape;

/**
 * Tells captions and sub-headings from running text. A caption carries a photo credit ({@link CaptionCredit}). A
 * sub-heading sits between paragraphs (never first or last), is short, does not end like a sentence, and reads as
 * headlinese: headline writers drop auxiliary verbs and articles ("US embassy on alert", not "The embassy is on
 * alert") and do not open with a personal pronoun. So a short line whose words outside quotation marks hold a
 * lower-case auxiliary ("The number of demonstrators has reached 3 million so far") or more than one article is a
 * body sentence that lost its full stop, while a quotation used as a heading ("‘US terrorism has to end’") is still a
 * heading. Only lower-case auxiliaries count, so "May" the month and Title Case Headings are not mistaken for verbs.
 */
final class ParagraphClassifier {

	private static final int MAX_HEADING_WORDS = 20;

	private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "am", "has", "have",
			"had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did");

	private static final Set<String> ARTICLES = Set.of("the", "a", "an");

	private static final Set<String> PRONOUNS = Set.of("I", "He", "She", "It", "We", "They", "You");

	private static final Pattern QUOTATION = Pattern.compile("“[^”]*”|‘[^’]*’|\"[^\"]*\"");

	private static final Pattern WORD_BREAK = Pattern.compile("[\\s,;:()\\[\\]]+");

	private ParagraphClassifier() {
	}

	static List<Paragraph> classify(List<KeptLine> lines) {
		List<Paragraph> paragraphs = new ArrayList<>(lines.size());
		for (int position = 0; position < lines.size(); position++) {
			String text = lines.get(position).text();
			boolean between = position > 0 && position < lines.size() - 1;
			paragraphs.add(new Paragraph(position, kind(text, between), text));
		}
		return paragraphs;
	}

	private static ParagraphKind kind(String text, boolean betweenParagraphs) {
		if (CaptionCredit.appearsIn(text)) {
			return ParagraphKind.CAPTION;
		}
		boolean heading = betweenParagraphs && Words.count(text) <= MAX_HEADING_WORDS
				&& !LineShape.endsLikeSentence(text) && readsAsHeadline(text);
		return heading ? ParagraphKind.HEADING : ParagraphKind.BODY;
	}

	private static boolean readsAsHeadline(String text) {
		String[] words = WORD_BREAK.split(QUOTATION.matcher(text).replaceAll(" ").trim());
		if (words.length > 0 && PRONOUNS.contains(words[0])) {
			return false;
		}
		int articles = 0;
		for (String word : words) {
			if (AUXILIARIES.contains(word) || word.endsWith("n't") || word.endsWith("n’t")) {
				return false;
			}
			if (ARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
				articles++;
			}
		}
		return articles <= 1;
	}

}
