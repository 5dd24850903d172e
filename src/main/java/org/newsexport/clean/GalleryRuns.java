package org.newsexport.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the photo galleries that a page dump holds inside the article ("1/50 United goin
 * down", a caption, "GETTY IMAGES", "2/50 ..."): three or more counters out of the same
 * total, in ascending order, with the lines between them. The counters go by their rule,
 * but the captions between them are sentences that the line features and the context
 * keep; the counters around them give them away. The last slide's caption goes too: as
 * many lines as stood between two counters at most, of caption length. Linear in the
 * number of lines.
 */
final class GalleryRuns {

	/** "3/50", "3 / 50", "3 of 50", "Image 3 of 50" at the start of a line. */
	private static final Pattern COUNTER = Pattern.compile(
			"(?i)^(?:(?:image|photo|picture|slide|foto|bild)s? )?(\\d{1,3}) ?(?:/|of|von|de|di|van) ?(\\d{1,3})\\b");

	private GalleryRuns() {
	}

	/**
	 * Marks the lines of galleries.
	 * @param lines the page's lines, their rules matched
	 * @param gallery set to true for the lines between a gallery's counters and its last
	 * caption, counters aside
	 */
	static void mark(List<PageLine> lines, boolean[] gallery, CleaningSettings settings) {
		Map<Integer, List<int[]>> counters = new HashMap<>(); // total -> {line, number}
		for (int i = 0; i < lines.size(); i++) {
			PageLine line = lines.get(i);
			if (line.rule == null || !"gallery".equals(line.rule.category())) {
				continue;
			}
			Matcher counter = COUNTER.matcher(line.text());
			if (counter.lookingAt()) {
				int number = Integer.parseInt(counter.group(1));
				int total = Integer.parseInt(counter.group(2));
				if (number >= 1 && number <= total) {
					counters.computeIfAbsent(total, t -> new ArrayList<>()).add(new int[] { i, number });
				}
			}
		}
		for (List<int[]> run : counters.values()) {
			if (run.size() < settings.minGalleryCounters() || !ascending(run)) {
				continue;
			}
			int widest = 0;
			for (int k = 1; k < run.size(); k++) {
				widest = Math.max(widest, run.get(k)[0] - run.get(k - 1)[0] - 1);
			}
			int first = run.get(0)[0];
			int last = run.get(run.size() - 1)[0];
			for (int i = first + 1; i < last; i++) {
				gallery[i] = lines.get(i).rule == null;
			}
			for (int i = last + 1, taken = 0; i < lines.size() && taken < widest; i++, taken++) {
				PageLine line = lines.get(i);
				if (line.rule != null || line.features.chars() > settings.maxCaptionChars()) {
					break;
				}
				gallery[i] = true;
			}
		}
	}

	private static boolean ascending(List<int[]> run) {
		for (int k = 1; k < run.size(); k++) {
			if (run.get(k)[1] <= run.get(k - 1)[1]) {
				return false;
			}
		}
		return true;
	}

}
