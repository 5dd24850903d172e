package org.newsexport.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;

/**
 * A news agency credited outside a dateline: "(Reuters) - The ..." opening the text, or "(AFP)", "— Reuters",
 * "Source: IRNA" closing it. Only running text (body and quote paragraphs) is read, so a photo credit such as
 * "(Photo by AFP)" is not taken for the article's agency; the name must be one to four capitalised words ("AFP",
 * "Associated Press").
 */
final class AgencyCredit {

	private static final String NAME = "(?<agency>(?!(?:Photo|Image|Picture|Video|Getty|File)\\b)"
			+ "\\p{Lu}[\\p{L}&.-]*(?:[ /]\\p{Lu}[\\p{L}&.-]*){0,3})";

	private static final Pattern OPENING = Pattern.compile("^\\(" + NAME + "\\) ?[–—-]{0,2} ");

	private static final String AFTER_SENTENCE = "(?:^|[.!?”\"’] )";

	private static final List<Pattern> CLOSINGS = List.of(
			Pattern.compile(AFTER_SENTENCE + "\\(" + NAME + "\\)$"),
			Pattern.compile(AFTER_SENTENCE + "[–—-]{1,2} ?" + NAME + "$"),
			Pattern.compile("^\\(?(?:Source|Sources|Via) ?: ?" + NAME + "\\.?\\)?$"));

	/** For each of {@link #CLOSINGS}, characters one of which it cannot match without: a cheap test before it. */
	private static final List<String> CLOSINGS_NEED = List.of("(", "–—-", ":");

	private AgencyCredit() {
	}

	static Optional<String> find(List<Paragraph> paragraphs) {
		List<Paragraph> body = paragraphs.stream()
			.filter(p -> p.kind() == ParagraphKind.BODY || p.kind() == ParagraphKind.QUOTE)
			.toList();
		if (body.isEmpty()) {
			return Optional.empty();
		}
		Matcher opening = OPENING.matcher(body.get(0).text());
		if (opening.lookingAt()) { // anchored with ^: no need to try the other positions
			return Optional.of(opening.group("agency"));
		}
		String last = body.get(body.size() - 1).text();
		for (int i = 0; i < CLOSINGS.size(); i++) {
			if (!containsAny(last, CLOSINGS_NEED.get(i))) {
				continue;
			}
			Matcher credit = CLOSINGS.get(i).matcher(last);
			if (credit.find()) {
				return Optional.of(credit.group("agency"));
			}
		}
		return Optional.empty();
	}

	private static boolean containsAny(String text, String characters) {
		for (int i = 0; i < characters.length(); i++) {
			if (text.indexOf(characters.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

}
