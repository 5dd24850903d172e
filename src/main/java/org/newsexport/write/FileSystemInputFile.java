package org.newsexport.write;

import java.io.IOException;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopStreams;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A Parquet input file on a given file system instance, for the reason
 * {@link FileSystemOutputFile} gives.
 */
final class FileSystemInputFile implements InputFile {

	private final FileSystem fs;

	private final Path path;

	private final long length;

	FileSystemInputFile(FileSystem fs, Path path) throws IOException {
		this.fs = fs;
		this.path = path;
		this.length = fs.getFileStatus(path).getLen();
	}

	@Override
	public long getLength() {
		return length;
	}

	@Override
	public SeekableInputStream newStream() throws IOException {
		return HadoopStreams.wrap(fs.open(path));
	}

	@Override
	public String toString() {
		return path.toString();
	}

}
