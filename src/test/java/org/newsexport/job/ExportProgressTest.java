package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.article.Article;
import org.newsexport.article.ExportRecord;
import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;
import org.newsexport.article.Reject;
import org.newsexport.article.RejectReason;
import org.newsexport.article.RemovedLine;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ExportProgressTest {

	@TempDir
	Path input;

	private static Article article(String name) {
		return new Article(name, name + ".txt", "0".repeat(64), 1_000_000, "Title", null, null, null, null, null,
				List.of(new Paragraph(0, ParagraphKind.BODY, "Text.")),
				List.of(new RemovedLine(3, "captcha", "captcha"), new RemovedLine(5, "source-link", "Source link"),
						new RemovedLine(7, "captcha", "captcha")),
				List.of());
	}

	@Test
	void drawsABarOnATerminalAndSumsUpRejectsAndRemovedLines(CapturedOutput log) throws IOException {
		for (int i = 0; i < 4; i++) {
			Files.writeString(input.resolve("f" + i + ".txt"), "x");
		}
		ByteArrayOutputStream terminal = new ByteArrayOutputStream();
		ExportProgress progress = new ExportProgress(input, new PrintStream(terminal, true, StandardCharsets.UTF_8),
				Duration.ofSeconds(10));
		StepExecution step = MetaDataInstanceFactory.createStepExecution();

		progress.beforeStep(step);
		progress.afterWrite(new Chunk<ExportRecord>(article("f0"), article("f1"),
				new Reject("f2.txt", RejectReason.EMPTY, "empty file")));
		progress.afterWrite(new Chunk<ExportRecord>(new Reject("f3.txt", RejectReason.NOT_TEXT, "NUL bytes")));
		progress.afterStep(step);

		String drawn = terminal.toString(StandardCharsets.UTF_8);
		assertThat(drawn).contains("\r[").contains("4/4 files (100%)").endsWith("\n");
		assertThat(drawn).contains("[" + "#".repeat(30) + "]");
		assertThat(log.getOut()).contains("Read 4 files (2.0 MB)")
			.contains("2 articles, 2 rejects")
			.contains("Rejects by reason: empty=1, not_text=1")
			.contains("Removed lines by rule: captcha=4, source-link=2");
	}

	@Test
	void countsFilesBeforeTheCheckpointAsDoneOnRestart() throws IOException {
		for (int i = 0; i < 4; i++) {
			Files.writeString(input.resolve("f" + i + ".txt"), "x");
		}
		ByteArrayOutputStream terminal = new ByteArrayOutputStream();
		ExportProgress progress = new ExportProgress(input, new PrintStream(terminal, true, StandardCharsets.UTF_8),
				Duration.ofSeconds(10));
		StepExecution step = MetaDataInstanceFactory.createStepExecution();
		step.getExecutionContext().putString("export.resume-after", "f1.txt");

		progress.beforeStep(step);
		progress.afterStep(step);

		assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("2/4 files (50%)");
	}

}
