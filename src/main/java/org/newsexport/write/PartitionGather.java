package org.newsexport.write;

import java.io.IOException;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Puts the datasets that the partitions of the export step staged, each in its own folder
 * ({@link ExportLayout#partition}), one after the other into the staging layout of the
 * whole export, in partition order: partition {@code p-00000}'s part files first,
 * renumbered. Since the partitions are contiguous ranges of the sorted input, the result
 * holds the same rows in the same order as an export in one partition.
 * <p>
 * Every part is moved by a rename (nothing is copied) to a number computed from the
 * partitions' sealed state alone, so an interrupted gather, run again, moves the rest to
 * the same places. A partition's Parquet parts of a dataset it has no rows of (the empty
 * part every dataset gets) are dropped, unless no partition has rows of it.
 */
public final class PartitionGather {

	private final FileSystem fs;

	private final ExportLayout staging;

	public PartitionGather(FileSystem fs, ExportLayout staging) {
		this.fs = fs;
		this.staging = staging;
	}

	/**
	 * @param partitions the partitions' names, in input order
	 * @param sealed each partition's sealed state (its step context), in the same order
	 */
	public void gather(List<String> partitions, List<ExecutionContext> sealed) throws IOException {
		Path partitionsRoot = staging.partitionsRoot();
		if (!fs.exists(partitionsRoot)) {
			return; // gathered by an earlier attempt
		}
		for (DatasetSchema schema : DatasetOutputs.DATASETS) {
			long rows = 0;
			for (ExecutionContext context : sealed) {
				rows += SealState.sealedRows(context, schema);
			}
			int parquetParts = 0;
			int csvParts = 0;
			for (int p = 0; p < partitions.size(); p++) {
				ExportLayout partition = staging.partition(partitions.get(p));
				ExecutionContext context = sealed.get(p);
				boolean keep = SealState.sealedRows(context, schema) > 0 || rows == 0 && p == 0;
				int parts = SealState.sealedParts(context, schema, SealState.PARQUET);
				if (keep) {
					move(partition.parquetDir(schema), staging.parquetDir(schema), "%s-%05d.parquet", parts,
							parquetParts);
					parquetParts += parts;
				}
				parts = SealState.sealedParts(context, schema, SealState.CSV);
				move(partition.csvPartsDir(schema), staging.csvPartsDir(schema), "%s-%05d.csv", parts, csvParts);
				csvParts += parts;
			}
		}
		fs.delete(partitionsRoot, true);
	}

	private void move(Path fromDir, Path toDir, String name, int parts, int firstIndex) throws IOException {
		fs.mkdirs(toDir);
		for (int k = 0; k < parts; k++) {
			Path from = new Path(fromDir, String.format(name, "part", k));
			Path to = new Path(toDir, String.format(name, "part", firstIndex + k));
			if (fs.exists(from)) {
				if (!fs.rename(from, to)) {
					throw new IOException("Cannot move " + from + " to " + to);
				}
			}
			else if (!fs.exists(to)) {
				throw new IOException("Sealed part " + from + " is missing; the staging folder was changed while the "
						+ "export ran, so start a new export");
			}
		}
	}

}
