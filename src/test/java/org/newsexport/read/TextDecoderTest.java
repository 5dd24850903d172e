package org.newsexport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.newsexport.support.Bytes;

class TextDecoderTest {

	private final TextDecoder decoder = new TextDecoder();

	@Test
	void theFastUtf8PathDecodesExactlyAsTheStrictDecoder() throws Exception {
		// valid pieces, a literal U+FFFD, and every kind of malformed UTF-8: stray
		// continuation, overlong, surrogate, beyond U+10FFFF, truncated sequences
		byte[][] pieces = { "plain ".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
				"“€”".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
				"\uFFFD".getBytes(StandardCharsets.UTF_8), { (byte) 0x80 }, { (byte) 0xC0, (byte) 0xAF },
				{ (byte) 0xE0, (byte) 0x80, (byte) 0xAF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
				{ (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 }, { (byte) 0xF0 },
				{ (byte) 0xFF }, { (byte) 0xC3 } };
		java.util.Random random = new java.util.Random(7);
		for (int n = 0; n < 20_000; n++) {
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			int count = 1 + random.nextInt(6);
			for (int i = 0; i < count; i++) {
				// mostly valid pieces, so that both the fast path and the fallbacks are
				// taken
				bytes.write(pieces[random.nextInt(10) < 8 ? random.nextInt(5) : random.nextInt(pieces.length)]);
			}
			byte[] input = bytes.toByteArray();
			java.nio.charset.CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
				.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
			String expected;
			try {
				expected = strict.decode(java.nio.ByteBuffer.wrap(input)).toString();
			}
			catch (java.nio.charset.CharacterCodingException ex) {
				expected = null;
			}
			DecodedText decoded = decoder.decode(input);
			if (expected != null) {
				assertThat(decoded.text()).as("bytes %s", java.util.HexFormat.of().formatHex(input))
					.isEqualTo(expected);
				assertThat(decoded.charset()).isEqualTo("UTF-8");
			}
			else {
				// not valid UTF-8: U+FFFD marks the broken bytes, or it is read as
				// windows-1252
				assertThat(decoded.charset().equals("windows-1252") || decoded.text().contains("\uFFFD"))
					.as("bytes %s", java.util.HexFormat.of().formatHex(input))
					.isTrue();
			}
		}
	}

	@Test
	void readsUtf8() {
		DecodedText decoded = decoder.decode("“Quoted” – café".getBytes(StandardCharsets.UTF_8));
		assertThat(decoded.text()).isEqualTo("“Quoted” – café");
		assertThat(decoded.charset()).isEqualTo("UTF-8");
	}

	@Test
	void dropsTheUtf8ByteOrderMark() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		assertThat(decoder.decode(Bytes.concat(bom, "Headline".getBytes(StandardCharsets.UTF_8))).text())
			.isEqualTo("Headline");
	}

	@Test
	void readsUtf16WithAByteOrderMark() {
		byte[] le = Bytes.concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				"Headline é".getBytes(StandardCharsets.UTF_16LE));
		byte[] be = Bytes.concat(new byte[] { (byte) 0xFE, (byte) 0xFF },
				"Headline é".getBytes(StandardCharsets.UTF_16BE));
		assertThat(decoder.decode(le).text()).isEqualTo("Headline é");
		assertThat(decoder.decode(be).text()).isEqualTo("Headline é");
	}

	@Test
	void fallsBackToWindows1252WhenTheBytesAreNotUtf8() {
		byte[] bytes = "“Smart quotes” and café".getBytes(Charset.forName("windows-1252"));
		DecodedText decoded = decoder.decode(bytes);
		assertThat(decoded.text()).isEqualTo("“Smart quotes” and café");
		assertThat(decoded.charset()).isEqualTo("windows-1252");
	}

	@Test
	void keepsUtf8WithARareBrokenSequence() {
		byte[] text = "“Quoted” – café and a long enough text around it. ".repeat(30).getBytes(StandardCharsets.UTF_8);
		DecodedText decoded = decoder.decode(Bytes.concat(text, new byte[] { (byte) 0xC3, 0x28 }));
		assertThat(decoded.charset()).isEqualTo("UTF-8");
		assertThat(decoded.text()).startsWith("“Quoted” – café").endsWith("\uFFFD(");
	}

	@Test
	void windows1252BytesUndefinedInTheCharsetAreReplaced() {
		DecodedText decoded = decoder.decode(new byte[] { 'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x81 });
		assertThat(decoded.charset()).isEqualTo("windows-1252");
		assertThat(decoded.text()).isEqualTo("café \uFFFD");
	}

	@Test
	void nulBytesAreNotText() {
		DecodedText decoded = decoder.decode(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		assertThat(decoded.isText()).isFalse();
		assertThat(decoded.problem()).contains("NUL");
	}

	@Test
	void manyControlCharactersAreNotText() {
		byte[] bytes = new byte[100];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
		}
		assertThat(decoder.decode(bytes).isText()).isFalse();
	}

}
