package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineFingerprintTest {

	@Test
	void caseDigitsPunctuationAndSpacesDoNotMatter() {
		long fingerprint = LineFingerprint.of("Posted 3 hours ago");

		assertThat(LineFingerprint.of("POSTED 12 hours ago!")).isEqualTo(fingerprint);
		assertThat(LineFingerprint.of("  posted\u00A01,087 hours,  ago ")).isEqualTo(fingerprint);
		assertThat(LineFingerprint.of("Posted 3 days ago")).isNotEqualTo(fingerprint);
		assertThat(LineFingerprint.of("Posted3 hours ago")).isNotEqualTo(fingerprint);
	}

	@Test
	void aLineWithoutLettersHasNone() {
		assertThat(LineFingerprint.of("12:45 — 3/4")).isEqualTo(LineFingerprint.NONE);
		assertThat(LineFingerprint.of("")).isEqualTo(LineFingerprint.NONE);
		assertThat(LineFingerprint.of("a")).isNotEqualTo(LineFingerprint.NONE);
	}

	@Test
	void aSliceOfATextHasTheFingerprintOfTheSameLine() {
		String text = "Home\nContact us\n";

		assertThat(LineFingerprint.of(text, 5, 15)).isEqualTo(LineFingerprint.of("Contact us"));
	}

}
