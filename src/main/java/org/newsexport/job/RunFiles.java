package org.newsexport.job;

import java.net.URI;

import org.apache.hadoop.fs.FileSystem;
import org.newsexport.write.ExportLayout;
import org.springframework.batch.core.job.JobExecution;

/**
 * Where an execution writes: its output, its job instance's staging directory, and the
 * execution's file system.
 */
record RunFiles(FileSystem fs, ExportLayout output, ExportLayout staging) {

	static RunFiles of(JobExecution job, JobFileSystems fileSystems) {
		String uri = job.getJobParameters().getString(ExportParameters.OUTPUT);
		ExportLayout output = new ExportLayout(new org.apache.hadoop.fs.Path(URI.create(uri)));
		FileSystem fs = fileSystems.get(job, output.root().toUri());
		return new RunFiles(fs, output, output.staging(job.getJobInstance().getInstanceId()));
	}

}
