package org.newsexport.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.newsexport.article.Reject;
import org.newsexport.article.RejectReason;
import org.newsexport.article.SourceItem;
import org.newsexport.article.SourceText;
import org.newsexport.article.Unchanged;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the input files under the input root (those the {@link IncludePattern} names) one
 * at a time, in {@link SortedFileWalker} order, starting after the
 * {@link ReadCheckpoint}. A file that cannot be read as text becomes a {@link Reject},
 * never an exception, so every input file ends up in the export. In an incremental
 * export, a file whose content hash is the one recorded in the base export's
 * {@link FileIndex} is handed on as {@link Unchanged}, not decoded.
 */
public class InputFileReader implements ItemReader<SourceItem> {

	private final Path root;

	private final ReadCheckpoint checkpoint;

	private final long maxFileBytes;

	private final FileIndex base;

	private final IncludePattern include;

	private final TextDecoder decoder = new TextDecoder();

	private SortedFileWalker walker;

	/**
	 * The last file of this reader's range (inclusive), or {@code null} to read to the
	 * end of the input.
	 */
	private String through;

	/**
	 * The next entry of the walk, already taken from the walker to see whether it is past
	 * {@link #through}.
	 */
	private InputEntry peeked;

	public InputFileReader(Path root, ReadCheckpoint checkpoint, long maxFileBytes) {
		this(root, checkpoint, maxFileBytes, null);
	}

	/**
	 * @param base the files of the export an incremental export is based on, or
	 * {@code null} to read every file
	 */
	public InputFileReader(Path root, ReadCheckpoint checkpoint, long maxFileBytes, FileIndex base) {
		this(root, checkpoint, maxFileBytes, base, IncludePattern.DEFAULT);
	}

	/**
	 * @param base the files of the export an incremental export is based on, or
	 * {@code null} to read every file
	 * @param include the names of the input files
	 */
	public InputFileReader(Path root, ReadCheckpoint checkpoint, long maxFileBytes, FileIndex base,
			IncludePattern include) {
		this.include = include;
		this.root = root;
		this.checkpoint = checkpoint;
		this.maxFileBytes = maxFileBytes;
		this.base = base;
	}

	/**
	 * Ends the input after this file (in {@link SortedFileWalker#compare} order): a
	 * partition of the export reads a contiguous range of the input, from after its
	 * checkpoint through this file.
	 * @param lastFile a relative path, or {@code null} for the end of the input
	 */
	public InputFileReader through(String lastFile) {
		this.through = lastFile;
		return this;
	}

	@Override
	public SourceItem read() {
		InputEntry entry = nextEntry();
		return (entry != null) ? read(entry) : null;
	}

	/**
	 * The next input file of the range, not yet read, or {@code null} at its end: for a
	 * pass that reads the files on other threads. {@link PendingFile#read} reads it as
	 * {@link #read} would have; the checkpoint moves as it does.
	 */
	public PendingFile next() {
		InputEntry entry = nextEntry();
		return (entry != null) ? new PendingFile(entry) : null;
	}

	/** An input file listed but not read yet. */
	public final class PendingFile {

		private final InputEntry entry;

		private PendingFile(InputEntry entry) {
			this.entry = entry;
		}

		/**
		 * Reads the file: on any thread, since reading and decoding keep no state of the
		 * reader's.
		 */
		public SourceItem read() {
			return InputFileReader.this.read(entry);
		}

	}

	private InputEntry nextEntry() {
		if (walker == null) {
			// Opened on first read, after every stream of the step has restored its
			// state, the checkpoint included.
			walker = new SortedFileWalker(root, checkpoint.resumeAfter(), include);
		}
		if (peeked == null && walker.hasNext()) {
			peeked = walker.next();
		}
		if (peeked == null || through != null && SortedFileWalker.compare(peeked.relativePath(), through) > 0) {
			checkpoint.markInputExhausted();
			return null;
		}
		InputEntry entry = peeked;
		peeked = null;
		return entry;
	}

	private SourceItem read(InputEntry entry) {
		String relative = entry.relativePath();
		if (entry.symbolicLink()) {
			return new Reject(relative, RejectReason.SYMLINK, "symbolic links are not followed");
		}
		byte[] bytes;
		try {
			long size = Files.size(entry.path());
			if (size > maxFileBytes) {
				return new Reject(relative, RejectReason.TOO_LARGE,
						size + " bytes, over the limit of " + maxFileBytes + " (export.max-file-size)", null, size);
			}
			bytes = Files.readAllBytes(entry.path());
		}
		catch (NoSuchFileException ex) {
			return new Reject(relative, RejectReason.UNREADABLE, "deleted after the input was listed");
		}
		catch (AccessDeniedException ex) {
			return new Reject(relative, RejectReason.UNREADABLE, "permission denied");
		}
		catch (IOException ex) {
			return new Reject(relative, RejectReason.UNREADABLE,
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		String sha256 = sha256(bytes);
		long size = bytes.length;
		if (base != null && base.isUnchanged(relative, sha256)) {
			return new Unchanged(relative, sha256, size);
		}
		DecodedText decoded = decoder.decode(bytes);
		if (!decoded.isText()) {
			return new Reject(relative, RejectReason.NOT_TEXT, decoded.problem(), sha256, size);
		}
		if (isBlank(decoded.text())) {
			return new Reject(relative, RejectReason.EMPTY, size == 0 ? "empty file" : "white space only", sha256,
					size);
		}
		return new SourceText(docId(relative), relative, sha256, size, decoded.text());
	}

	/**
	 * Blank in the Unicode sense: no-break and zero-width spaces count as white space
	 * too.
	 */
	private static boolean isBlank(String text) {
		return text.codePoints()
			.allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF');
	}

	/**
	 * The document id: the relative path without the file name's extension
	 * ({@code a/b.txt} and {@code a/b.TXT} are both {@code a/b}). A name without a dot
	 * but a leading one is kept whole, except {@code .txt}, which is cut as it always
	 * was.
	 */
	static String docId(String relativePath) {
		if (relativePath.endsWith(".txt")) {
			return relativePath.substring(0, relativePath.length() - ".txt".length());
		}
		int name = relativePath.lastIndexOf('/') + 1;
		int dot = relativePath.lastIndexOf('.');
		return dot > name ? relativePath.substring(0, dot) : relativePath;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
