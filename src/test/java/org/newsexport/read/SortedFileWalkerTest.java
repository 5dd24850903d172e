package org.newsexport.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedFileWalkerTest {

	@TempDir
	Path root;

	@BeforeEach
	void tree() throws IOException {
		for (String file : List.of("b.txt", "a.txt", "a/z.txt", "a/b/c.txt", "a-b.txt", "notes.md", "c/x.TXT")) {
			Path path = root.resolve(file);
			Files.createDirectories(path.getParent());
			Files.writeString(path, file);
		}
		Files.createDirectories(root.resolve("empty"));
	}

	private List<String> walk(String resumeAfter) {
		List<String> paths = new ArrayList<>();
		new SortedFileWalker(root, resumeAfter).forEachRemaining(entry -> paths.add(entry.relativePath()));
		return paths;
	}

	@Test
	void walksTxtFilesInPathComponentOrder() {
		assertThat(walk(null)).containsExactly("a/b/c.txt", "a/z.txt", "a-b.txt", "a.txt", "b.txt");
	}

	@Test
	void countsTheOtherFilesAsSkipped() {
		SortedFileWalker walker = new SortedFileWalker(root, null);
		walker.forEachRemaining(entry -> {
		});
		assertThat(walker.skipped()).isEqualTo(2); // notes.md, c/x.TXT
	}

	@Test
	void anIncludePatternNamesTheInputFilesByName() {
		List<String> paths = new ArrayList<>();
		SortedFileWalker walker = new SortedFileWalker(root, null, IncludePattern.parse("*.txt, *.TXT"));
		walker.forEachRemaining(entry -> paths.add(entry.relativePath()));
		assertThat(paths).containsExactly("a/b/c.txt", "a/z.txt", "a-b.txt", "a.txt", "b.txt", "c/x.TXT");
		assertThat(walker.skipped()).isEqualTo(1);

		paths.clear();
		new SortedFileWalker(root, "a.txt", IncludePattern.parse("[ab]*"))
			.forEachRemaining(entry -> paths.add(entry.relativePath()));
		assertThat(paths).containsExactly("b.txt");
	}

	@Test
	void anIncludePatternIsGlobsOnFileNames() {
		assertThat(IncludePattern.parse(" *.txt ,, *.TXT ")).hasToString("*.txt,*.TXT")
			.isEqualTo(IncludePattern.parse("*.txt,*.TXT"));
		assertThat(IncludePattern.parse("*.txt").isDefault()).isTrue();
		assertThatThrownBy(() -> IncludePattern.parse("news/*.txt")).hasMessageContaining("file names, not paths");
		assertThatThrownBy(() -> IncludePattern.parse(" , ")).hasMessageContaining("no glob");
		assertThatThrownBy(() -> IncludePattern.parse("*.{txt")).hasMessageStartingWith("'*.{txt' is not a glob");
	}

	@Test
	void docIdIsThePathWithoutItsExtension() {
		assertThat(InputFileReader.docId("a/b.txt")).isEqualTo("a/b");
		assertThat(InputFileReader.docId("a/b.TXT")).isEqualTo("a/b");
		assertThat(InputFileReader.docId("a.b/c.d.html")).isEqualTo("a.b/c.d");
		assertThat(InputFileReader.docId("a.b/README")).isEqualTo("a.b/README");
		assertThat(InputFileReader.docId("a/.profile")).isEqualTo("a/.profile");
		assertThat(InputFileReader.docId("a/.txt")).isEqualTo("a/");
	}

	@Test
	void resumesAfterAPathWithoutRepeatingOrSkippingAny() {
		List<String> all = walk(null);
		for (int i = 0; i < all.size(); i++) {
			assertThat(walk(all.get(i))).as("after %s", all.get(i)).isEqualTo(all.subList(i + 1, all.size()));
		}
	}

	@Test
	void resumesAfterAFileThatIsGoneSinceTheCheckpoint() {
		assertThat(walk("a/y.txt")).containsExactly("a/z.txt", "a-b.txt", "a.txt", "b.txt");
	}

	@Test
	void reportsSymbolicLinksWithoutFollowingThem() throws IOException {
		Path outside = Files.createTempDirectory("outside");
		Files.writeString(outside.resolve("secret.txt"), "outside the input root");
		Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("secret.txt"));
		Files.createSymbolicLink(root.resolve("linkdir"), outside);

		List<InputEntry> entries = new ArrayList<>();
		new SortedFileWalker(root, null).forEachRemaining(entries::add);
		assertThat(entries).filteredOn(InputEntry::symbolicLink)
			.extracting(InputEntry::relativePath)
			.containsExactly("link.txt");
		assertThat(entries).extracting(InputEntry::relativePath).noneMatch(path -> path.startsWith("linkdir"));
	}

	@Test
	void comparesPathsComponentByComponent() {
		assertThat(SortedFileWalker.compare("a/z.txt", "a-b.txt")).isNegative();
		assertThat(SortedFileWalker.compare("a.txt", "a/z.txt")).isPositive();
		assertThat(SortedFileWalker.compare("a/b.txt", "a/b.txt")).isZero();
	}

}
