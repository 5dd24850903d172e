package org.newsexport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.newsexport.support.Bytes;

class TextDecoderTest {

	private final TextDecoder decoder = new TextDecoder();

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
		byte[] le = Bytes.concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, "Headline é".getBytes(StandardCharsets.UTF_16LE));
		byte[] be = Bytes.concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, "Headline é".getBytes(StandardCharsets.UTF_16BE));
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
