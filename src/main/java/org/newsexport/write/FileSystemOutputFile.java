package org.newsexport.write;

import java.io.IOException;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopStreams;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * A Parquet output file on a given file system instance. Parquet's own
 * {@code HadoopOutputFile} looks the file system up again from the path, which would give
 * the checksumming local one (and its {@code .crc} files).
 */
final class FileSystemOutputFile implements OutputFile {

	private final FileSystem fs;

	private final Path path;

	FileSystemOutputFile(FileSystem fs, Path path) {
		this.fs = fs;
		this.path = path;
	}

	@Override
	public PositionOutputStream create(long blockSizeHint) throws IOException {
		return HadoopStreams.wrap(fs.create(path, false));
	}

	@Override
	public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
		return HadoopStreams.wrap(fs.create(path, true));
	}

	/** No padding of row groups to file system blocks: that only pays on HDFS. */
	@Override
	public boolean supportsBlockSize() {
		return false;
	}

	@Override
	public long defaultBlockSize() {
		return fs.getDefaultBlockSize(path);
	}

	@Override
	public String getPath() {
		return path.toString();
	}

}
