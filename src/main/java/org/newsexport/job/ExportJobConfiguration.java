package org.newsexport.job;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.hadoop.fs.FileSystem;
import org.newsexport.article.ExportRecord;
import org.newsexport.article.SourceItem;
import org.newsexport.dedup.MinHashParameters;
import org.newsexport.clean.LineStatistics;
import org.newsexport.extract.ArticleExtractor;
import org.newsexport.read.InputFileReader;
import org.newsexport.read.ReadCheckpoint;
import org.newsexport.write.Datasets;
import org.newsexport.write.ExportItemWriter;
import org.newsexport.write.ExportLayout;
import org.newsexport.write.ParquetOptions;
import org.newsexport.write.SealState;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.TaskletStepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The export job: a {@code profile} step (the run's line statistics), a {@code base} step
 * (the export an incremental export compares its files with), a chunk-oriented
 * {@code export} step (read files, clean and extract, write every dataset into staging),
 * a {@code duplicates} step (sketch the staged articles in partitions, then find exact
 * and near-duplicates among them), then a {@code publish} step that moves the finished
 * export into the output; once the run completed, the run report is written beside it
 * ({@link RunReports}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExportProperties.class)
public class ExportJobConfiguration {

	public static final String JOB_NAME = "newsExportJob";

	static final String EXPORTED_AT_KEY = "export.exported-at";

	@Bean
	Job newsExportJob(JobRepository jobRepository, Step profileStep, Step baseStep, Step exportStep,
			Step duplicatesStep, Step publishStep, StageTimings stageTimings, SignalStop signalStop,
			JobFileSystems jobFileSystems, ExportProperties properties, RunReports runReports) {
		// First, so that its afterJob, which closes the output's file system, runs after
		// every other listener's; the run report's next, so that it is written last, once
		// the execution is recorded COMPLETED.
		return new JobBuilder(JOB_NAME, jobRepository).listener(jobFileSystems)
			.listener(runReports.listener(jobFileSystems))
			.listener(new ManagerHeartbeat(jobFileSystems, ManagerHeartbeat.intervalFor(properties.workerTimeout())))
			.listener(exportedAtListener(jobRepository))
			.listener(stageTimings)
			.listener(signalStop)
			.start(profileStep)
			.next(baseStep)
			.next(exportStep)
			.next(duplicatesStep)
			.next(publishStep)
			.build();
	}

	@Bean
	JobFileSystems jobFileSystems() {
		return new JobFileSystems();
	}

	@Bean
	StageTimings stageTimings(ExportProperties properties) {
		return new StageTimings(properties.threads());
	}

	/**
	 * Times the job repository's calls and the chunk transactions, for
	 * {@link StageTimings}.
	 */
	@Bean
	static BeanPostProcessor repositoryTiming(ObjectProvider<StageTimings> timings) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JobRepository || bean instanceof PlatformTransactionManager) {
					return StageTimings.timedRepository(bean, bean instanceof PlatformTransactionManager, timings);
				}
				return bean;
			}
		};
	}

	/**
	 * The {@code export} step: the input split into {@code export.partitions} contiguous
	 * ranges ({@link InputPartitioner}), each run as an execution of
	 * {@link #exportPartitionStep}, on threads of this process or, when a
	 * {@link PartitionHandler} bean is configured (a broker), by worker processes; then
	 * {@link ExportPartitions} adds up their counts and gathers their datasets.
	 */
	@Bean
	Step exportStep(JobRepository jobRepository, Step exportPartitionStep, InputPartitioner inputPartitioner,
			ExportPartitions exportPartitions, ExportProperties properties,
			ObjectProvider<PartitionHandlers> remotePartitions, JobFileSystems fileSystems) {
		return partitioned("export", jobRepository, exportPartitionStep, inputPartitioner, exportPartitions, properties,
				remotePartitions.getIfAvailable())
			.listener(exportPartitions.managerListener())
			.listener(rowCountPromotion())
			.listener(basePublished(fileSystems))
			.listener(new FailureMessages())
			.build();
	}

	@Bean
	ExportPartitions exportPartitions(JobRepository jobRepository, JobFileSystems fileSystems,
			ExportProperties properties) {
		return new ExportPartitions(jobRepository, fileSystems, properties.rejectLimit());
	}

	@Bean
	@StepScope
	InputPartitioner inputPartitioner(@Value("#{stepExecution}") StepExecution stepExecution) {
		JobParameters parameters = stepExecution.getJobExecution().getJobParameters();
		return new InputPartitioner(Path.of(parameters.getString(ExportParameters.INPUT)),
				ExportParameters.include(parameters));
	}

	/**
	 * One partition of the export: a chunk-oriented step that reads its range of the
	 * input files, cleans and extracts them, and writes every dataset into the
	 * partition's staging folder. Files are cleaned on {@code export.threads} threads,
	 * shared by the partitions that run in this process.
	 */
	@Bean
	Step exportPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			InputFileReader inputFileReader, ArticleItemProcessor articleItemProcessor,
			ExportItemWriter exportItemWriter, ExportProperties properties, ObjectProvider<StepListener> listeners,
			StageTimings timings) {
		ChunkOrientedStepBuilder<SourceItem, ExportRecord> step = new StepBuilder(ExportPartitions.WORKER_STEP,
				jobRepository)
			.<SourceItem, ExportRecord>chunk(properties.commitInterval())
			.transactionManager(transactionManager)
			.reader(timings.timedReader(inputFileReader))
			.processor(timings.timedProcessor(articleItemProcessor))
			.writer(exportItemWriter)
			.listener((StepListener) new FailureMessages());
		if (properties.threads() > 1) {
			// Items are cleaned in parallel; reading, writing and the checkpoint stay on
			// the step's thread, in order.
			step.taskExecutor(processingExecutor(properties.threads()));
		}
		// The progress bar, and whatever listeners a test adds with spring.main.sources.
		listeners.orderedStream().forEach(step::listener);
		return step.build();
	}

	/**
	 * The {@code duplicates} step: the staged articles split into
	 * {@code export.partitions} ranges of their parts ({@link ArticlePartitioner}), each
	 * sketched by an execution of {@link #duplicatesPartitionStep}, run as the export's
	 * partitions are; then {@link DuplicatesPartitions} links the sketches and writes the
	 * dataset.
	 */
	@Bean
	Step duplicatesStep(JobRepository jobRepository, Step duplicatesPartitionStep,
			ArticlePartitioner articlePartitioner, DuplicatesPartitions duplicatesPartitions,
			ExportProperties properties, ObjectProvider<PartitionHandlers> remotePartitions) {
		return partitioned("duplicates", jobRepository, duplicatesPartitionStep, articlePartitioner,
				duplicatesPartitions, properties, remotePartitions.getIfAvailable())
			.listener(rowCountPromotion())
			.listener(new FailureMessages())
			.build();
	}

	@Bean
	DuplicatesPartitions duplicatesPartitions(JobRepository jobRepository, JobFileSystems fileSystems,
			ExportProperties properties) {
		ParquetOptions parquet = ParquetOptions.defaults().withRowGroupSize(properties.rowGroupSize().toBytes());
		return new DuplicatesPartitions(jobRepository, fileSystems, MinHashParameters.DEFAULTS, parquet,
				properties.partSize().toBytes(), Path.of(System.getProperty("java.io.tmpdir")));
	}

	@Bean
	@StepScope
	ArticlePartitioner articlePartitioner(@Value("#{stepExecution}") StepExecution stepExecution,
			JobFileSystems fileSystems) {
		RunFiles files = RunFiles.of(stepExecution.getJobExecution(), fileSystems);
		return new ArticlePartitioner(files.fs(), files.staging().parquetDir(Datasets.ARTICLES));
	}

	/**
	 * One partition of the duplicates step: sketches its range of the staged articles.
	 */
	@Bean
	Step duplicatesPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DuplicatesPartitionTasklet duplicatesPartitionTasklet, ObjectProvider<StepExecutionListener> listeners) {
		return partitionTaskletStep(DuplicatesPartitions.WORKER_STEP, jobRepository, transactionManager,
				duplicatesPartitionTasklet, listeners);
	}

	private static AsyncTaskExecutor processingExecutor(int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("clean-");
		executor.setDaemon(true);
		executor.initialize();
		return executor;
	}

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PublishTasklet publishTasklet) {
		return new StepBuilder("publish", jobRepository).tasklet(publishTasklet, transactionManager)
			.listener(new FailureMessages())
			.build();
	}

	@Bean
	RulesFile rulesFile(ExportProperties properties) {
		return RulesFile.load(properties.rulesFile());
	}

	/**
	 * The {@code profile} step: the input split into {@code export.partitions} ranges, as
	 * the export step splits it, each counted by an execution of
	 * {@link #profilePartitionStep}; {@link ProfilePartitions} adds up their counts.
	 */
	@Bean
	Step profileStep(JobRepository jobRepository, Step profilePartitionStep, InputPartitioner inputPartitioner,
			ProfilePartitions profilePartitions, ExportProperties properties,
			ObjectProvider<PartitionHandlers> remotePartitions) {
		return partitioned("profile", jobRepository, profilePartitionStep, inputPartitioner, profilePartitions,
				properties, remotePartitions.getIfAvailable())
			.listener(profilePartitions.managerListener())
			.listener(new FailureMessages())
			.build();
	}

	/**
	 * The manager of a step split into {@code export.partitions} ranges (of the input, or
	 * of the staged articles), run by workers or on threads.
	 */
	private static PartitionStepBuilder partitioned(String name, JobRepository jobRepository, Step workerStep,
			Partitioner partitioner, StepExecutionAggregator aggregator, ExportProperties properties,
			PartitionHandlers remote) {
		PartitionStepBuilder step = new StepBuilder(name, jobRepository).partitioner(workerStep.getName(), partitioner)
			.step(workerStep)
			.gridSize(properties.partitions())
			.aggregator(aggregator);
		if (remote != null) {
			step.partitionHandler(remote.forStep(workerStep.getName()));
		}
		else if (properties.partitions() > 1) {
			SimpleAsyncTaskExecutor partitionThreads = new SimpleAsyncTaskExecutor("partition-");
			partitionThreads.setConcurrencyLimit(properties.partitions());
			step.taskExecutor(partitionThreads);
		}
		return step;
	}

	@Bean
	ProfilePartitions profilePartitions(JobRepository jobRepository, JobFileSystems fileSystems,
			ExportProperties properties) {
		return new ProfilePartitions(jobRepository, fileSystems, properties.lineStatistics());
	}

	/** One partition of the profile step: counts the lines of its range of the input. */
	@Bean
	Step profilePartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			LineStatisticsTasklet lineStatisticsTasklet, ObjectProvider<StepExecutionListener> listeners) {
		return partitionTaskletStep(ProfilePartitions.WORKER_STEP, jobRepository, transactionManager,
				lineStatisticsTasklet, listeners);
	}

	/**
	 * The worker step of a partitioned tasklet step, with a remote worker's heartbeat
	 * when there is one.
	 */
	private static Step partitionTaskletStep(String name, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, Tasklet tasklet,
			ObjectProvider<StepExecutionListener> listeners) {
		TaskletStepBuilder step = new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
			.listener(new FailureMessages());
		// The export's progress listener is of its own step only.
		listeners.orderedStream().filter(listener -> !(listener instanceof ExportProgress)).forEach(step::listener);
		return step.build();
	}

	@Bean
	@StepScope
	LineStatisticsTasklet lineStatisticsTasklet(@Value("#{stepExecution}") StepExecution stepExecution,
			JobFileSystems fileSystems, ExportProperties properties, PartitionThreads partitionThreads) {
		JobExecution job = stepExecution.getJobExecution();
		RunFiles files = RunFiles.of(job, fileSystems);
		return new LineStatisticsTasklet(Path.of(job.getJobParameters().getString(ExportParameters.INPUT)),
				ExportParameters.include(job.getJobParameters()), properties.maxFileSize().toBytes(), files.fs(),
				ProfilePartitions.partitionStatistics(files, partitionName(stepExecution)), properties.lineStatistics(),
				partitionThreads.pool(), InputPartitioner.after(stepExecution.getExecutionContext()),
				InputPartitioner.through(stepExecution.getExecutionContext()));
	}

	@Bean
	Step baseStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			BaseExportTasklet baseExportTasklet) {
		return new StepBuilder("base", jobRepository).tasklet(baseExportTasklet, transactionManager)
			.listener(new FailureMessages())
			.build();
	}

	@Bean
	@StepScope
	BaseExportTasklet baseExportTasklet(@Value("#{stepExecution}") StepExecution stepExecution,
			JobFileSystems fileSystems) {
		JobExecution job = stepExecution.getJobExecution();
		RunFiles files = RunFiles.of(job, fileSystems);
		JobParameters parameters = job.getJobParameters();
		return new BaseExportTasklet(ExportParameters.isIncremental(parameters), files.fs(), files.output(),
				files.staging(), parameters.getString(ExportParameters.INPUT),
				parameters.getString(ExportParameters.RULES));
	}

	/**
	 * The base of the export, loaded once per export step and shared by its reader and
	 * writer.
	 */
	@Bean
	@StepScope
	IncrementalBase incrementalBase(@Value("#{stepExecution}") StepExecution stepExecution, JobFileSystems fileSystems)
			throws IOException {
		JobExecution job = stepExecution.getJobExecution();
		RunFiles files = RunFiles.of(job, fileSystems);
		IncrementalBase base = IncrementalBase.load(files.fs(), files.staging(), job.getExecutionContext());
		if (base.isIncremental()) {
			// again, in case a crash lost the base step's record
			base.record(job.getExecutionContext());
		}
		return base;
	}

	@Bean
	@StepScope
	ArticleItemProcessor articleItemProcessor(@Value("#{stepExecution}") StepExecution stepExecution,
			JobFileSystems fileSystems, RulesFile rulesFile, ExportProperties properties) throws IOException {
		RunFiles files = RunFiles.of(stepExecution.getJobExecution(), fileSystems);
		LineStatistics statistics = LineStatisticsTasklet.load(files.fs(), files.staging());
		return new ArticleItemProcessor(new ArticleExtractor(rulesFile.rules(), statistics), properties.maxCleanTime());
	}

	@Bean
	@StepScope
	ReadCheckpoint readCheckpoint() {
		return new ReadCheckpoint();
	}

	@Bean
	@StepScope
	InputFileReader inputFileReader(@Value("#{stepExecution}") StepExecution stepExecution,
			ReadCheckpoint readCheckpoint, IncrementalBase incrementalBase, ExportProperties properties) {
		JobParameters parameters = stepExecution.getJobExecution().getJobParameters();
		return new InputFileReader(Path.of(parameters.getString(ExportParameters.INPUT)), readCheckpoint,
				properties.maxFileSize().toBytes(), incrementalBase.files(), ExportParameters.include(parameters))
			.through(InputPartitioner.through(stepExecution.getExecutionContext()));
	}

	@Bean
	@StepScope
	ExportItemWriter exportItemWriter(@Value("#{stepExecution}") StepExecution stepExecution,
			JobFileSystems fileSystems, ReadCheckpoint readCheckpoint, IncrementalBase incrementalBase,
			ExportProperties properties, StageTimings timings, ExportPartitions partitions) {
		JobExecution job = stepExecution.getJobExecution();
		RunFiles files = RunFiles.of(job, fileSystems);
		ParquetOptions parquet = ParquetOptions.defaults()
			.withRowGroupSize(properties.rowGroupSize().toBytes())
			.withIdentity(ExportParameters.identity(job));
		ExportLayout staging = files.staging().partition(partitionName(stepExecution));
		ExportItemWriter writer = new ExportItemWriter(files.fs(), staging, readCheckpoint, parquet,
				properties.partSize().toBytes(), properties.rejectLimit(), job.getId(),
				Instant.parse(job.getExecutionContext().getString(EXPORTED_AT_KEY)),
				job.getJobParameters().getLong(ExportParameters.SEQUENCE), incrementalBase.files(), files.output(),
				timings.write());
		writer.setSealInterval(properties.sealInterval());
		writer.shareRejectCount(partitions.rejectCount(job.getId()));
		return writer;
	}

	@Bean
	@StepScope
	ExportProgress exportProgress(@Value("#{stepExecution}") StepExecution stepExecution, ExportProperties properties,
			StageTimings timings) {
		PrintStream terminal = System.console() != null ? System.err : null;
		JobParameters parameters = stepExecution.getJobExecution().getJobParameters();
		return new ExportProgress(Path.of(parameters.getString(ExportParameters.INPUT)),
				ExportParameters.include(parameters), terminal, properties.progressInterval(), timings::addRead);
	}

	@Bean
	@StepScope
	DuplicatesPartitionTasklet duplicatesPartitionTasklet(@Value("#{stepExecution}") StepExecution stepExecution,
			JobFileSystems fileSystems, PartitionThreads partitionThreads) {
		RunFiles files = RunFiles.of(stepExecution.getJobExecution(), fileSystems);
		return new DuplicatesPartitionTasklet(files.fs(), files.staging().parquetDir(Datasets.ARTICLES),
				DuplicatesPartitions.partitionSketches(files, partitionName(stepExecution)), MinHashParameters.DEFAULTS,
				partitionThreads.pool());
	}

	@Bean(destroyMethod = "close")
	PartitionThreads partitionThreads(ExportProperties properties) {
		return new PartitionThreads(properties.threads());
	}

	@Bean
	@StepScope
	PublishTasklet publishTasklet(@Value("#{stepExecution}") StepExecution stepExecution, JobFileSystems fileSystems,
			StageTimings timings, ExportProperties properties) {
		RunFiles files = RunFiles.of(stepExecution.getJobExecution(), fileSystems);
		return new PublishTasklet(files.fs(), files.output(), timings,
				new PublishGuard(files.fs(), files.output(), properties.minKeepRatio(), properties.force()));
	}

	/**
	 * The partition a step execution of {@code exportPartition} runs: {@code p-00001} of
	 * {@code exportPartition:p-00001}.
	 */
	static String partitionName(StepExecution partition) {
		String name = partition.getStepName();
		return name.substring(name.indexOf(':') + 1);
	}

	/**
	 * The export's timestamp: when its first execution started, the same for every row
	 * and kept over restarts.
	 */
	private static JobExecutionListener exportedAtListener(JobRepository jobRepository) {
		return new JobExecutionListener() {
			@Override
			public void beforeJob(JobExecution jobExecution) {
				if (!jobExecution.getExecutionContext().containsKey(EXPORTED_AT_KEY)) {
					Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
					jobExecution.getExecutionContext().putString(EXPORTED_AT_KEY, now.toString());
					jobRepository.updateExecutionContext(jobExecution);
				}
			}
		};
	}

	/**
	 * Before the export step reads anything: an incremental export's base must still be
	 * the export published in the output, whose rows of unchanged files it carries over
	 * (checked here, not where the step's beans are made, so that the failure is reported
	 * once).
	 */
	private static StepExecutionListener basePublished(JobFileSystems fileSystems) {
		return new StepExecutionListener() {
			@Override
			public void beforeStep(StepExecution stepExecution) {
				JobExecution job = stepExecution.getJobExecution();
				RunFiles files = RunFiles.of(job, fileSystems);
				try {
					IncrementalBase base = IncrementalBase.load(files.fs(), files.staging(), job.getExecutionContext());
					if (base.isIncremental()) {
						base.requirePublished(files.fs(), files.output());
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read the base of the export: " + ex.getMessage(), ex);
				}
			}
		};
	}

	/**
	 * Row counts go to the job's context, where the publish step (maybe in a later
	 * execution) finds them.
	 */
	private static ExecutionContextPromotionListener rowCountPromotion() {
		ExecutionContextPromotionListener promotion = new ExecutionContextPromotionListener();
		promotion.setKeys(SealState.countKeys().toArray(String[]::new));
		return promotion;
	}

}
