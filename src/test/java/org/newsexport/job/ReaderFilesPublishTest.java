package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.FaultyFileSystem;
import org.newsexport.support.TestCorpus;
import org.newsexport.write.Datasets;
import org.newsexport.write.ReaderFiles;

/**
 * The files for readers ({@code duckdb.sql}, {@code parquet/README.txt}) are written
 * through the output's Hadoop file system into staging and published with the datasets:
 * an output that fails while they are written keeps the previous export whole, and the
 * run after it publishes them.
 */
class ReaderFilesPublishTest {

	@TempDir
	Path tmp;

	@Test
	void aFailureWritingTheViewsKeepsThePreviousExportAndTheRerunPublishesThem() throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), 6);
		Path out = tmp.resolve("out");
		String output = "faultfs://" + out;
		CliRun cli = CliRun.inFolder(tmp.resolve("repository"));
		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		String views = ReaderFiles.duckDbViews(Datasets.ALL);
		assertThat(out.resolve("duckdb.sql")).hasContent(views);
		assertThat(out.resolve("parquet/README.txt")).content().contains("Each folder here is one dataset");
		String previousManifest = Files.readString(out.resolve("_manifest.json"));

		Files.writeString(input.resolve("article-extra.txt"),
				"Another report\n\nA real sentence of a new article, " + "long enough to be kept.\n");
		try {
			FaultyFileSystem.failNextCreate("/.staging/instance-2/duckdb.sql");
			assertThat(cli.export(input, output)).isEqualTo(1);
			assertThat(cli.err()).contains("Input/output error (injected)").hasLineCount(1);
		}
		finally {
			FaultyFileSystem.failNextCreate(null);
		}
		assertThat(out.resolve("_SUCCESS")).exists();
		assertThat(out.resolve("_manifest.json")).hasContent(previousManifest);
		assertThat(out.resolve("duckdb.sql")).hasContent(views);

		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		assertThat(Files.readString(out.resolve("_manifest.json"))).isNotEqualTo(previousManifest)
			.contains("\"export.sequence\" : \"2\"");
		assertThat(out.resolve("duckdb.sql")).hasContent(views);
		assertThat(out.resolve("parquet/README.txt")).content().contains("Each folder here is one dataset");
		assertThat(out.resolve(".staging")).doesNotExist();
	}

}
