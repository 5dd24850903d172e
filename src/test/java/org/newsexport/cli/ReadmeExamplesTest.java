package org.newsexport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.support.DuckDb;
import org.newsexport.support.TestCorpus;
import org.newsexport.write.ColumnType;
import org.newsexport.write.DatasetSchema;
import org.newsexport.write.Datasets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's loading examples, taken from README.md itself, run on a real export of the
 * seeds: every statement of its DuckDB block through DuckDB, and its pandas block, with
 * the pandas block of docs/datasets.md, with {@code python3} where pandas and pyarrow are
 * installed (where they are not, the test says so and is skipped). The examples read
 * {@code output/...} from the folder that holds the export, so they run there unchanged.
 */
class ReadmeExamplesTest {

	private static final Path README = Path.of("README.md");

	private static final String SECTION = "### Loading the datasets";

	private static final Path DATASETS_PAGE = Path.of("docs/datasets.md");

	private static final String PANDAS_SECTION = "## Loading with pandas";

	/** How long python3 may take to import pandas, or to run the README's block. */
	private static final long PYTHON_SECONDS = 120;

	/** The folder a user runs the examples in: it holds the export as {@code output/}. */
	@TempDir
	static Path folder;

	@TempDir
	static Path tmp;

	private static Path output;

	/** Rows per dataset, from the export's manifest. */
	private static final Map<String, Long> ROWS = new TreeMap<>();

	@BeforeAll
	static void exportTheSeeds() throws IOException {
		output = folder.resolve("output");
		CliRun cli = CliRun.inFolder(tmp.resolve("repository"));
		assertThat(cli.export(TestCorpus.SEEDS, output)).as(cli.err()).isZero();
		JsonNode manifest = JsonMapper.builder().build().readTree(output.resolve("_manifest.json").toFile());
		for (JsonNode dataset : manifest.get("datasets")) {
			ROWS.put(dataset.get("name").asString(), dataset.get("rows").asLong());
		}
		assertThat(ROWS).as("rows per dataset of the seeds' export").containsEntry("articles", 5L);
	}

	@Test
	void duckDbBlockReadsTheExport() throws Exception {
		List<String> statements = statements(blocks("sql"));
		assertThat(statements).as("statements of the README's DuckDB block").isNotEmpty();
		// dataset -> format -> the doc_ids a statement read from it
		Map<String, Map<String, Set<String>>> docIds = new TreeMap<>();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				List<Map<String, Object>> rows = rows(statement, sql);
				Matcher read = Pattern.compile("'output/(parquet|csv)/([a-z_]+)").matcher(sql);
				if (!read.find()) {
					assertThat(rows).as("rows of the README's statement %s", sql).isNotEmpty();
					continue;
				}
				String format = read.group(1);
				String dataset = read.group(2);
				assertThat(ROWS).as("the export's datasets (README statement %s)", sql).containsKey(dataset);
				long expected = ROWS.get(dataset);
				if (Pattern.compile("\\b(GROUP BY|WHERE|LIMIT|HAVING|DISTINCT)\\b", Pattern.CASE_INSENSITIVE)
					.matcher(sql)
					.find()) {
					assertThat(rows).as("rows of the README's statement %s", sql)
						.isNotEmpty()
						.hasSizeLessThanOrEqualTo((int) expected);
				}
				else {
					assertThat(rows).as("rows of the README's statement %s (%s has %d)", sql, dataset, expected)
						.hasSize((int) expected);
				}
				if (!rows.isEmpty() && rows.get(0).containsKey("doc_id")) {
					Set<String> ids = new TreeSet<>();
					rows.forEach(row -> ids.add((String) row.get("doc_id")));
					docIds.computeIfAbsent(dataset, name -> new TreeMap<>()).merge(format, ids, (a, b) -> {
						a.addAll(b);
						return a;
					});
				}
			}
		}
		Map<String, Map<String, Set<String>>> bothFormats = new TreeMap<>(docIds);
		bothFormats.values().removeIf(formats -> formats.size() < 2);
		assertThat(bothFormats).as("datasets whose doc_ids the README's DuckDB block reads from both Parquet and CSV")
			.isNotEmpty();
		bothFormats.forEach((dataset, formats) -> assertThat(formats.get("csv"))
			.as("doc_ids of %s read from CSV by the README's DuckDB block, against Parquet", dataset)
			.isEqualTo(formats.get("parquet"))
			.hasSize(ROWS.get(dataset).intValue()));
	}

	/**
	 * The README's pandas block, then the pandas block of docs/datasets.md
	 * ({@code load_parquet}, {@code load_csv}), then checks of what they read: every
	 * dataset in both formats, with the dtypes its schema calls for, the same frame from
	 * Parquet and from CSV, nulls where the export has them (an empty dataset, an
	 * all-null column); and a read of the whole {@code parquet} folder, which must fail
	 * rather than mix the datasets.
	 */
	@Test
	void pandasBlocksGiveEveryDatasetItsTypes() throws Exception {
		List<String> blocks = new ArrayList<>(blocks("python"));
		blocks.addAll(blocks(DATASETS_PAGE, PANDAS_SECTION, "python"));
		if (!pythonHasPandas()) {
			System.out.println("README pandas example not run: python3 with pandas and pyarrow is not installed");
			Assumptions.abort("python3 with pandas and pyarrow is not installed");
		}
		String checks = """

				import json as _json, pyarrow as _pa
				print("versions: pandas", pd.__version__, "pyarrow", _pa.__version__)

				def _describe(label, frame):
				    print(label, "rows", len(frame))
				    print(label, "columns", ",".join(frame.columns))
				    for column in frame.columns:
				        print(label, "dtype", column, frame[column].dtype, "nulls", int(frame[column].isna().sum()))

				_describe("readme articles", articles)
				_describe("readme paragraphs", paragraphs)
				with open("output/_manifest.json") as _file:
				    _manifest = _json.load(_file)
				for _dataset in _manifest["datasets"]:
				    _name = _dataset["name"]
				    _parquet, _csv = load_parquet(_name), load_csv(_name)
				    _describe(_name + " parquet", _parquet)
				    _describe(_name + " csv", _csv)
				    print(_name, "same frame", _parquet.equals(_csv))
				try:
				    import duckdb as _duckdb
				except ImportError:
				    print("duckdb views: no duckdb module")
				else:
				    import os as _os
				    _os.chdir("output")  # as: cd output && duckdb -init duckdb.sql
				    _connection = _duckdb.connect()
				    with open("duckdb.sql") as _views:
				        _connection.execute(_views.read())
				    for _dataset in _manifest["datasets"]:
				        _rows = _connection.sql("SELECT count(*) FROM " + _dataset["name"]).fetchone()[0]
				        print("duckdb view", _dataset["name"], "rows", _rows)
				    _os.chdir("..")
				try:
				    print("parent folder rows", len(pd.read_parquet("output/parquet", dtype_backend="pyarrow")))
				except Exception as _error:
				    print("parent folder error", type(_error).__name__, str(_error).splitlines()[0])
				""";
		Path script = Files.writeString(tmp.resolve("readme_pandas.py"), String.join("\n", blocks) + checks);
		Path stdout = tmp.resolve("python.out");
		Path stderr = tmp.resolve("python.err");
		Process python = new ProcessBuilder("python3", script.toString()).directory(folder.toFile())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.start();
		if (!python.waitFor(PYTHON_SECONDS, TimeUnit.SECONDS)) {
			python.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			fail("the README's pandas block did not end in " + PYTHON_SECONDS + " s");
		}
		String printed = Files.readString(stdout);
		assertThat(python.exitValue()).as("exit of the documented pandas code: %s", Files.readString(stderr)).isZero();
		System.out.println("Documented pandas code run with " + printed.lines().findFirst().orElse("?"));
		Set<String> lines = new TreeSet<>(printed.lines().toList());
		List<String> expected = new ArrayList<>();
		expected.addAll(described("readme articles", Datasets.ARTICLES));
		expected.addAll(described("readme paragraphs", Datasets.PARAGRAPHS));
		for (DatasetSchema schema : Datasets.ALL) {
			expected.addAll(described(schema.name() + " parquet", schema));
			expected.addAll(described(schema.name() + " csv", schema));
			expected.add(schema.name() + " same frame True");
		}
		assertThat(lines).as("what the documented pandas code read (%s)", printed).containsAll(expected);
		Map<String, String> dtypes = new TreeMap<>();
		Matcher dtype = Pattern.compile("(?m)^(.+?) dtype (\\S+) (.+) nulls \\d+$").matcher(printed);
		while (dtype.find()) {
			dtypes.put(dtype.group(1) + " " + dtype.group(2), dtype.group(3));
		}
		Map<String, String> expectedDtypes = new TreeMap<>();
		for (DatasetSchema schema : Datasets.ALL) {
			for (String label : List.of(schema.name() + " parquet", schema.name() + " csv")) {
				schema.columns()
					.forEach(column -> expectedDtypes.put(label + " " + column.name(),
							PANDAS_DTYPES.get(column.type())));
			}
		}
		Datasets.ARTICLES.columns()
			.forEach(
					column -> expectedDtypes.put("readme articles " + column.name(), PANDAS_DTYPES.get(column.type())));
		Datasets.PARAGRAPHS.columns()
			.forEach(column -> expectedDtypes.put("readme paragraphs " + column.name(),
					PANDAS_DTYPES.get(column.type())));
		assertThat(dtypes).as("pandas dtypes of every column of every dataset, from Parquet and CSV")
			.isEqualTo(expectedDtypes);
		assertThat(ROWS).as("the seeds' export has an empty dataset").containsEntry("rejects", 0L);
		assertThat(lines).as("an all-null column (files.change of a full export) read as nulls")
			.contains("files csv dtype change string[pyarrow] nulls " + ROWS.get("files"),
					"files parquet dtype change string[pyarrow] nulls " + ROWS.get("files"));
		if (printed.contains("duckdb views: no duckdb module")) {
			System.out.println("duckdb.sql not run from the output folder: python3 has no duckdb module");
		}
		else {
			assertThat(lines).as("duckdb.sql run in the output folder by DuckDB's Python module (%s)", printed)
				.containsAll(ROWS.entrySet()
					.stream()
					.map(dataset -> "duckdb view " + dataset.getKey() + " rows " + dataset.getValue())
					.toList());
		}
		assertThat(printed).as("a read of the whole parquet folder")
			.contains("parent folder error ArrowInvalid")
			.contains("parquet/README.txt")
			.doesNotContain("parent folder rows");
	}

	/**
	 * The pandas dtype of each column type, read with {@code dtype_backend="pyarrow"}.
	 */
	private static final Map<ColumnType, String> PANDAS_DTYPES = Map.of(ColumnType.STRING, "string[pyarrow]",
			ColumnType.INT32, "int32[pyarrow]", ColumnType.INT64, "int64[pyarrow]", ColumnType.DOUBLE,
			"double[pyarrow]", ColumnType.BOOLEAN, "bool[pyarrow]", ColumnType.DATE, "date32[day][pyarrow]",
			ColumnType.TIMESTAMP, "timestamp[us, tz=UTC][pyarrow]");

	/**
	 * The lines the check script prints of a frame read with the right types (but the
	 * null counts).
	 */
	private static List<String> described(String label, DatasetSchema schema) {
		List<String> lines = new ArrayList<>();
		lines.add(label + " rows " + ROWS.get(schema.name()));
		lines.add(label + " columns " + String.join(",", schema.columnNames()));
		return lines;
	}

	/** Whether {@code python3 -c "import pandas, pyarrow"} succeeds, in bounded time. */
	private static boolean pythonHasPandas() throws InterruptedException {
		Process python;
		try {
			python = new ProcessBuilder("python3", "-c", "import pandas, pyarrow")
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			return false;
		}
		if (!python.waitFor(PYTHON_SECONDS, TimeUnit.SECONDS)) {
			python.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			return false;
		}
		return python.exitValue() == 0;
	}

	/**
	 * The statement with its paths {@code 'output/...'} made absolute in the folder that
	 * holds the export, as the user's shell resolves them (not DuckDB's file_search_path:
	 * it would read an {@code output/} in the test's own working directory first).
	 */
	private static String inFolder(String sql) {
		return sql.replace("'output/", "'" + folder.toAbsolutePath().toString().replace("'", "''") + "/output/");
	}

	/**
	 * Each row, as column name to value, of a statement of the README run in the export's
	 * folder.
	 */
	private static List<Map<String, Object>> rows(Statement statement, String sql) throws SQLException {
		List<Map<String, Object>> rows = new ArrayList<>();
		try (ResultSet result = statement.executeQuery(inFolder(sql))) {
			ResultSetMetaData meta = result.getMetaData();
			while (result.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					row.put(meta.getColumnLabel(i), result.getObject(i));
				}
				rows.add(row);
			}
		}
		catch (SQLException ex) {
			throw new AssertionError("the README's DuckDB statement failed: " + sql + "\n" + ex.getMessage());
		}
		return rows;
	}

	/**
	 * The statements of SQL blocks: each ends with a semicolon at the end of a line;
	 * comment lines are dropped.
	 */
	static List<String> statements(List<String> blocks) {
		List<String> statements = new ArrayList<>();
		for (String block : blocks) {
			StringBuilder text = new StringBuilder();
			for (String line : block.split("\n")) {
				if (!line.strip().startsWith("--")) {
					text.append(line).append('\n');
				}
			}
			for (String statement : text.toString().split(";\\s*(\n|$)")) {
				if (!statement.isBlank()) {
					statements.add(statement.strip());
				}
			}
		}
		return statements;
	}

	/**
	 * The code blocks fenced as {@code language} in the README's section on loading the
	 * datasets; fails with the reason when the section or the blocks are gone.
	 */
	static List<String> blocks(String language) throws IOException {
		return blocks(README, SECTION, language);
	}

	/** The code blocks fenced as {@code language} in a section of a Markdown page. */
	static List<String> blocks(Path page, String section, String language) throws IOException {
		List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
		int start = lines.indexOf(section);
		if (start < 0) {
			fail(page + " has no section '" + section + "': ReadmeExamplesTest runs its examples");
		}
		List<String> blocks = new ArrayList<>();
		StringBuilder block = null;
		boolean inFence = false;
		for (String line : lines.subList(start + 1, lines.size())) {
			if (!inFence && (line.startsWith("## ") || line.startsWith("### ") || line.startsWith("# "))) {
				break;
			}
			if (line.startsWith("```")) {
				if (inFence) {
					if (block != null) {
						blocks.add(block.toString());
					}
					block = null;
				}
				else if (line.substring(3).strip().equals(language)) {
					block = new StringBuilder();
				}
				inFence = !inFence;
			}
			else if (block != null) {
				block.append(line).append('\n');
			}
		}
		if (blocks.isEmpty() || blocks.stream().allMatch(String::isBlank)) {
			fail(page + " has no ```" + language + " block in its section '" + section
					+ "': ReadmeExamplesTest runs the documented loading examples");
		}
		return blocks;
	}

}
