package org.newsexport.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page of the docs whose generated blocks are made from the code: the test that makes
 * them fails when the page differs, and with {@code -Ddocs.update=true} writes the page
 * anew instead (then review the diff).
 */
public final class GeneratedDocs {

	private GeneratedDocs() {
	}

	/**
	 * @param page the page's path
	 * @param text the page as it is
	 * @param generated the page with its generated blocks made again
	 * @param source what the blocks are made from, for the failure message
	 * @param test the test that makes them, for the failure message
	 */
	public static void check(Path page, String text, String generated, String source, String test) throws IOException {
		if (Boolean.getBoolean("docs.update") && !generated.equals(text)) {
			Files.writeString(page, generated, StandardCharsets.UTF_8);
			System.out.println(test + ": wrote the generated blocks of " + page);
			text = generated;
		}
		assertThat(text).as("%s against %s (run %s with -Ddocs.update=true to write it anew)", page, source, test)
			.isEqualTo(generated);
	}

}
