package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineStatisticsTest {

	@TempDir
	Path tmp;

	@Test
	void countsTheFilesThatHoldALineOncePerFile() {
		LineStatistics statistics = new LineStatistics();
		statistics.add("Home\nBody one.\nHome\n");
		statistics.add("Home\r\nBody two.");
		statistics.add("Other page");

		assertThat(statistics.files()).isEqualTo(3);
		assertThat(statistics.filesWith("Home")).isEqualTo(2);
		assertThat(statistics.filesWith("Body one.")).isEqualTo(1);
		assertThat(statistics.filesWith("Never seen")).isZero();
	}

	@Test
	void mergingTheStatisticsOfTwoHalvesOfTheFilesCountsAsOnePassOverAll() {
		String[] files = new String[300];
		for (int i = 0; i < files.length; i++) {
			files[i] = "Home\nMenu item " + (char) ('a' + i % 7) + "\nBody of page " + i + " alone.\nFooter "
					+ (char) ('x' + i % 3);
		}
		LineStatistics all = new LineStatistics();
		LineStatistics first = new LineStatistics();
		LineStatistics second = new LineStatistics();
		for (int i = 0; i < files.length; i++) {
			all.add(files[i]);
			(i < 120 ? first : second).add(files[i]);
		}
		LineStatistics merged = new LineStatistics();
		merged.merge(first);
		merged.merge(second);

		assertThat(merged.files()).isEqualTo(300);
		assertThat(merged.size()).isEqualTo(all.size());
		for (String line : new String[] { "Home", "Menu item c", "Body of page 7 alone.", "Footer y", "Absent" }) {
			assertThat(merged.filesWith(line)).as(line).isEqualTo(all.filesWith(line));
		}
		assertThat(merged.filesWith("Home")).isEqualTo(300);
		assertThat(merged.filesWith("Footer y")).isEqualTo(100);
		assertThat(merged.forgottenBelow()).isZero();
	}

	@Test
	void comparesLinesAfterCcnetNormalisation() {
		LineStatistics statistics = new LineStatistics();
		statistics.add("Posted 3 hours ago");
		statistics.add("POSTED   12 hours ago!");
		statistics.add("posted\u00A05 hours, ago");

		assertThat(statistics.filesWith("Posted 7 hours ago")).isEqualTo(3);
		assertThat(statistics.filesWith("Posted 7 days ago")).isZero();
	}

	@Test
	void linesWithoutLettersAreNotCounted() {
		LineStatistics statistics = new LineStatistics();
		statistics.add("2022\n***\n");
		statistics.add("2023\n***\n");

		assertThat(statistics.filesWith("2024")).isZero();
		assertThat(statistics.filesWith("***")).isZero();
		assertThat(statistics.size()).isZero();
	}

	@Test
	void memoryIsBoundedAndCountsNeverGrowTooHighWhenLinesAreForgotten() {
		LineStatistics statistics = new LineStatistics(1 << 10);
		for (int file = 0; file < 2_000; file++) {
			StringBuilder text = new StringBuilder("Home\nContact us\n");
			for (int line = 0; line < 5; line++) {
				text.append("unique line ")
					.append(Integer.toString(file * 5 + line, 26)
						.replace('0', 'z')
						.replace('1', 'y')
						.replace('2', 'x')
						.replace('3', 'w')
						.replace('4', 'v')
						.replace('5', 'u')
						.replace('6', 't')
						.replace('7', 's')
						.replace('8', 'r')
						.replace('9', 'q'))
					.append('\n');
			}
			statistics.add(text.toString());
		}

		assertThat(statistics.slots()).isEqualTo(1 << 10);
		assertThat(statistics.size()).isLessThanOrEqualTo((1 << 10) * 3 / 4);
		assertThat(statistics.forgottenBelow()).isGreaterThanOrEqualTo(2);
		assertThat(statistics.filesWith("Home")).isEqualTo(2_000);
		assertThat(statistics.filesWith("Contact us")).isEqualTo(2_000);
		assertThat(statistics.filesWith("unique line abc")).isLessThanOrEqualTo(1);
	}

	@Test
	void aTableThatGrowsCountsAsOneAtItsBoundAndForgetsOnlyAtTheBound() throws IOException {
		// 1 << 15 slots: the table starts smaller and doubles; nothing is forgotten until
		// 3/4 of the bound.
		LineStatistics growing = new LineStatistics(1 << 15);
		int lines = (1 << 15) * 3 / 4 - 2;
		for (int file = 0; file < lines / 2; file++) {
			growing.add("Home\nline " + letters(file) + "\nother line " + letters(file) + "\n");
		}
		assertThat(growing.size()).isEqualTo(1 + lines / 2 * 2);
		assertThat(growing.forgottenBelow()).isZero();
		assertThat(growing.filesWith("Home")).isEqualTo(lines / 2);
		assertThat(growing.filesWith("line " + letters(123))).isEqualTo(1);
		assertThat(growing.filesWith("other line " + letters(lines / 2 - 1))).isEqualTo(1);

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		growing.writeTo(bytes);
		LineStatistics loaded = LineStatistics.readFrom(new ByteArrayInputStream(bytes.toByteArray()));
		assertThat(loaded.slots()).isEqualTo(1 << 15);
		assertThat(loaded.size()).isEqualTo(growing.size());
		assertThat(loaded.filesWith("Home")).isEqualTo(lines / 2);
		assertThat(loaded.filesWith("other line " + letters(7))).isEqualTo(1);

		for (int file = lines / 2; file < lines; file++) {
			growing.add("Home\nline " + letters(file) + "\nother line " + letters(file) + "\n");
		}
		assertThat(growing.forgottenBelow()).isEqualTo(2);
		assertThat(growing.size()).isLessThanOrEqualTo((1 << 15) * 3 / 4);
		assertThat(growing.filesWith("Home")).isEqualTo(lines);
	}

	/**
	 * A number as letters only (lines without letters are not counted, and digits are
	 * normalised to 0).
	 */
	private static String letters(int number) {
		StringBuilder letters = new StringBuilder();
		do {
			letters.append((char) ('a' + number % 26));
			number /= 26;
		}
		while (number > 0);
		return letters.toString();
	}

	@Test
	void savesAndLoadsThroughAFile() {
		LineStatistics statistics = new LineStatistics(1 << 8);
		statistics.add("Home\nA line.");
		statistics.add("Home\nAnother line.");
		Path file = tmp.resolve("statistics.bin");

		statistics.save(file);
		LineStatistics loaded = LineStatistics.load(file);

		assertThat(loaded.files()).isEqualTo(2);
		assertThat(loaded.slots()).isEqualTo(1 << 8);
		assertThat(loaded.size()).isEqualTo(3);
		assertThat(loaded.filesWith("home")).isEqualTo(2);
		assertThat(loaded.filesWith("A line")).isEqualTo(1);
		assertThat(tmp.resolve("statistics.bin.tmp")).doesNotExist();
		loaded.add("Home");
		assertThat(loaded.filesWith("Home")).isEqualTo(3);
	}

	@Test
	void refusesAFileThatIsNotStatistics() throws IOException {
		Path file = Files.writeString(tmp.resolve("other.bin"), "not statistics at all");

		assertThatThrownBy(() -> LineStatistics.load(file)).hasMessageContaining(file.toString())
			.hasMessageContaining("not a line statistics file");
		assertThatThrownBy(() -> LineStatistics.readFrom(new ByteArrayInputStream(new byte[0])))
			.isInstanceOf(IOException.class);
	}

	@Test
	void roundTripsThroughStreams() throws IOException {
		LineStatistics statistics = new LineStatistics(1 << 4);
		statistics.add("Home");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		statistics.writeTo(bytes);

		assertThat(LineStatistics.readFrom(new ByteArrayInputStream(bytes.toByteArray())).filesWith("Home"))
			.isEqualTo(1);
	}

	@Test
	void theTableSizeMustBeAPowerOfTwo() {
		assertThatThrownBy(() -> new LineStatistics(1000)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LineStatistics(8)).isInstanceOf(IllegalArgumentException.class);
	}

}
