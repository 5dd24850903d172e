package org.newsexport.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds input directories for job tests from the seed articles. */
public final class TestCorpus {

	public static final Path SEEDS = Path.of("seeds");

	private TestCorpus() {
	}

	/**
	 * Writes {@code files} articles (the seeds, each copy with a numbered headline and
	 * sentence) and two files that must become rejects: an empty file and a binary one.
	 */
	public static Path generate(Path dir, int files) throws IOException {
		Files.createDirectories(dir);
		List<String> seeds = new ArrayList<>();
		try (var stream = Files.list(SEEDS)) {
			for (Path seed : stream.sorted().toList()) {
				seeds.add(Files.readString(seed));
			}
		}
		for (int i = 0; i < files; i++) {
			String seed = seeds.get(i % seeds.size());
			String text = "Report number " + i + ": " + seed + "\n\nThis is paragraph " + i
					+ " of the generated corpus, written for tests.\n";
			Files.writeString(dir.resolve(String.format("article-%05d.txt", i)), text, StandardCharsets.UTF_8);
		}
		Files.write(dir.resolve("empty.txt"), new byte[0]);
		Files.write(dir.resolve("image.txt"),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
		return dir;
	}

}
