#!/usr/bin/env python3
"""End-to-end benchmark of news-export against the Python baseline and the bare Parquet writer.

First builds the app and the benchmark programs (./mvnw -B -q -DskipTests package) when they are missing or older
than the sources. For each corpus size: generates the corpus with the GenerateCorpus program of src/bench/java (or
reuses CORPUS_DIR/N-files-seed-S when its marker file says it is complete), then runs, each as a child process timed
from start to exit (JVM start included) with its CPU time and peak RSS from os.wait4:

  baseline  python3 bench/baseline.py CORPUS OUT        the 50-line script a user could write instead
  bare      java ... BareWriter --input CORPUS          read as the job reads, write (doc_id, body) to one Parquet
                                                        part with the job's writer; no cleaning, no CSV, no Spring
  job       LAUNCHER run --input CORPUS --output OUT     the real job, with a fresh job repository
and once, on the five seed articles, `LAUNCHER run` (the 5-file run: start-up cost). The programs of src/bench/java
run on the app's jar (target/app) and the test classes, with JAVA_HOME's java, JAVA_OPTS and the app's class-data
archive, as the launcher runs the app.

Prints a table (MB/s, files/s, wall, CPU, peak RSS), the job's stage times from OUT/_manifest.json, and the ratios
the performance targets are stated in. Standard library only; run from anywhere:

    python3 bench/benchmark.py                      # 20000 and 200000 files (builds first if needed)
    python3 bench/benchmark.py --files 300          # a quick smoke run
    python3 bench/benchmark.py --files 20000 --corpus-dir ~/corpora --json results.json --keep
"""
import argparse
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

PROJECT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKER = ".complete.json"
APP_JAR = os.path.join(PROJECT, "target", "app", "news-export.jar")
BENCH_CLASSES = os.path.join(PROJECT, "target", "test-classes")
BUILD = ["./mvnw", "-B", "-q", "-DskipTests", "package"]
STAGES = ["read", "clean", "clean_wall", "write_csv", "write_parquet", "repository",
          "profile", "export", "duplicates", "publish"]


def newest(*paths):
    """The latest modification time of the files under these paths (0 when there are none)."""
    latest = 0
    for path in paths:
        for directory, _, files in os.walk(path):
            for name in files:
                latest = max(latest, os.path.getmtime(os.path.join(directory, name)))
        if os.path.isfile(path):
            latest = max(latest, os.path.getmtime(path))
    return latest


def build():
    """Builds the app (target/app, which bin/news-export runs) and the benchmark programs (src/bench/java, compiled with
    the tests) when either is missing or older than its sources."""
    marker = os.path.join(BENCH_CLASSES, "org", "newsexport", "bench", "BareWriter.class")
    src = os.path.join(PROJECT, "src")
    app_sources = newest(os.path.join(src, "main"), os.path.join(PROJECT, "pom.xml"))
    bench_sources = newest(os.path.join(src, "bench"), os.path.join(src, "test"))
    if (os.path.exists(APP_JAR) and os.path.getmtime(APP_JAR) >= app_sources and os.path.exists(marker)
            and os.path.getmtime(marker) >= bench_sources):
        return
    print(f"build: {' '.join(BUILD)} (the app or the benchmark programs are missing or older than the sources) ...",
          end=" ", flush=True)
    started = time.perf_counter()
    if subprocess.run(BUILD, cwd=PROJECT).returncode != 0:
        raise SystemExit(f"benchmark: the build failed: {' '.join(BUILD)}")
    print(f"{time.perf_counter() - started:.0f} s", flush=True)


def bench_program(name):
    """The command that runs a program of src/bench/java on the app's jar and its libraries, with the app's class-data
    archive (or AOT cache) when the launcher made one for this JDK, as bin/news-export starts the app."""
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    archive = []
    java_path = shutil.which(java)
    app = os.path.dirname(os.path.realpath(APP_JAR))
    for suffix, options in (("aot", ["-XX:AOTCache={}", "-Xlog:aot=off", "-Xlog:cds=off"]),
                            ("jsa", ["-XX:SharedArchiveFile={}", "-Xshare:auto", "-Xlog:cds=off",
                                     "-Xlog:cds+dynamic=off"])):
        path = os.path.join(app, "news-export." + suffix)
        try:
            with open(path + ".id") as f:
                current = java_path and f.read().strip() == f"app={app} java={os.path.realpath(java_path)}"
        except OSError:
            current = False
        if current and os.path.exists(path):
            archive = [option.format(path) for option in options]
            break
    return ([java] + archive + shlex.split(os.environ.get("JAVA_OPTS", ""))
            + ["-cp", APP_JAR + os.pathsep + BENCH_CLASSES, "org.newsexport.bench." + name])


def run(name, command, log_dir, env=None):
    """Runs a command to its end; returns wall seconds, CPU seconds and peak RSS (MB) of the child."""
    stdout_path = os.path.join(log_dir, name + ".out")
    stderr_path = os.path.join(log_dir, name + ".err")
    with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, cwd=PROJECT,
                                 env=dict(os.environ, **(env or {})))
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    with open(stdout_path, encoding="utf-8", errors="replace") as f:
        stdout = f.read()
    if child.returncode != 0:
        with open(stderr_path, encoding="utf-8", errors="replace") as f:
            tail = f.read()[-2000:]
        raise SystemExit(f"benchmark: {name} exited with {child.returncode}: {' '.join(command)}\n{stdout[-2000:]}{tail}")
    return {"wall_s": round(wall, 3), "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "last_line": stdout.strip().splitlines()[-1:]}


def corpus(corpus_dir, files, seed, log_dir):
    """The corpus directory for N files and the seed, generated unless a complete one is there; and its size."""
    path = os.path.join(corpus_dir, f"{files}-files-seed-{seed}")
    marker = os.path.join(path, MARKER)
    if os.path.exists(marker):
        with open(marker) as f:
            info = json.load(f)
        print(f"corpus: reusing {path} ({info['files']} files, {info['bytes'] / 1e6:.1f} MB)", flush=True)
        return path, info
    shutil.rmtree(path, ignore_errors=True)
    result = run(f"generate-{files}", bench_program("GenerateCorpus") + ["--files", str(files), "--seed", str(seed),
                                                                         "--output", path], log_dir)
    print("corpus: " + " ".join(result["last_line"]), flush=True)
    total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs if f.endswith(".txt"))
    info = {"files": files, "seed": seed, "bytes": total, "generate_wall_s": result["wall_s"]}
    with open(marker, "w") as f:
        json.dump(info, f)
    return path, info


def measure(args, launcher, corpus_dir, work, files):
    path, info = corpus(corpus_dir, files, args.seed, work)
    results = {"files": files, "bytes": info["bytes"], "corpus": path}
    commands = {
        "baseline": lambda out: ([sys.executable, os.path.join(PROJECT, "bench", "baseline.py"), path, out], None),
        "bare": lambda out: (bench_program("BareWriter") + ["--input", path, "--output", out], None),
        "job": lambda out: (launcher + ["run", "--input", path, "--output", out],
                            {"SPRING_DATASOURCE_URL": f"jdbc:h2:file:{out}-repository/db;AUTO_SERVER=TRUE"}),
    }
    for name, command in commands.items():
        best = None
        for attempt in range(args.repeat):
            out = os.path.join(work, f"{name}-{files}-{attempt}")
            argv, env = command(out)
            print(f"{name}: {files} files ...", end=" ", flush=True)
            result = run(f"{name}-{files}-{attempt}", argv, work, env)
            if name == "job":
                with open(os.path.join(out, "_manifest.json")) as f:
                    result["timings"] = json.load(f).get("timings", {})
            print(f"{result['wall_s']:.1f} s", flush=True)
            if not args.keep:
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(out + "-repository", ignore_errors=True)
            if best is None or result["wall_s"] < best["wall_s"]:
                best = result
        best["mb_per_s"] = round(info["bytes"] / 1e6 / best["wall_s"], 2)
        best["files_per_s"] = round(files / best["wall_s"], 1)
        results[name] = best
    job, baseline, bare = results["job"], results["baseline"], results["bare"]
    results["job_speedup_vs_baseline"] = round(baseline["wall_s"] / job["wall_s"], 2)
    results["job_time_vs_bare"] = round(job["wall_s"] / bare["wall_s"], 2)
    return results


def seed_run(launcher, work, repeat):
    best = None
    for attempt in range(repeat):
        out = os.path.join(work, f"seeds-{attempt}")
        result = run(f"seeds-{attempt}", launcher + ["run", "--input", "seeds", "--output", out], work,
                     {"SPRING_DATASOURCE_URL": f"jdbc:h2:file:{out}-repository/db;AUTO_SERVER=TRUE"})
        if best is None or result["wall_s"] < best["wall_s"]:
            best = result
    return best


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = "?"
    try:
        with open("/proc/meminfo") as f:
            memory = f"{int(f.readline().split()[1]) / 1024 / 1024:.1f} GB"
    except (OSError, ValueError, IndexError):
        pass
    java_command = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    java = subprocess.run([java_command, "-version"], capture_output=True, text=True).stderr.strip().splitlines()
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram": memory, "jdk": java[0] if java else "?",
            "os": platform.platform(), "load_before": os.getloadavg()}


def report(results, seeds, info):
    print()
    print(f"Machine: {info['nproc']} processors, {info['cpu']}, {info['ram']} RAM, {info['jdk']}; "
          f"load average before: {' '.join(f'{x:.1f}' for x in info['load_before'])}")
    print()
    print(f"{'files':>8} {'MB':>7}  {'run':<9} {'MB/s':>7} {'files/s':>8} {'wall s':>8} {'cpu s':>8} {'peak RSS MB':>12}")
    for r in results:
        for name in ("baseline", "bare", "job"):
            m = r[name]
            print(f"{r['files']:>8} {r['bytes'] / 1e6:>7.1f}  {name:<9} {m['mb_per_s']:>7.2f} {m['files_per_s']:>8.0f} "
                  f"{m['wall_s']:>8.2f} {m['cpu_s']:>8.2f} {m['peak_rss_mb']:>12.0f}")
    print(f"{5:>8} {'':>7}  {'job seeds':<9} {'':>7} {'':>8} {seeds['wall_s']:>8.2f} {seeds['cpu_s']:>8.2f} "
          f"{seeds['peak_rss_mb']:>12.0f}")
    print()
    print("Job stage times (s, from _manifest.json; clean is summed over the cleaning threads):")
    print(f"{'files':>8} " + " ".join(f"{s:>13}" for s in STAGES) + f" {'outside job':>12}")
    for r in results:
        t = r["job"]["timings"]
        steps = sum(t.get(s, 0) for s in ("profile", "export", "duplicates", "publish"))
        print(f"{r['files']:>8} " + " ".join(f"{t.get(s, float('nan')):>13.2f}" for s in STAGES)
              + f" {r['job']['wall_s'] - steps:>12.2f}")
    print()
    print("Targets:")
    for r in results:
        ratio = r["job"]["wall_s"] / r["baseline"]["wall_s"]
        print(f"  {r['files']} files: job wall time / baseline wall time {ratio:.2f} (target <= 0.5); "
              f"job time / bare-writer time {r['job_time_vs_bare']:.2f}; "
              f"job peak RSS {r['job']['peak_rss_mb']:.0f} MB (target <= 1024)")
    if len(results) > 1:
        first, last = results[0], results[-1]
        print(f"  job peak RSS from {first['files']} to {last['files']} files: {first['job']['peak_rss_mb']:.0f} -> "
              f"{last['job']['peak_rss_mb']:.0f} MB ({last['job']['peak_rss_mb'] / first['job']['peak_rss_mb']:.2f}x)")
    print(f"  5-file run on seeds/: {seeds['wall_s']:.2f} s wall (target <= 1.0 s)")


def markdown(results, seeds):
    """The README's tables."""
    lines = ["| files | MB | run | MB/s | files/s | wall s | CPU s | peak RSS MB |",
             "|---:|---:|---|---:|---:|---:|---:|---:|"]
    for r in results:
        for name in ("baseline", "bare", "job"):
            m = r[name]
            lines.append(f"| {r['files']:,} | {r['bytes'] / 1e6:.1f} | {name} | {m['mb_per_s']:.2f} | "
                         f"{m['files_per_s']:.0f} | {m['wall_s']:.1f} | {m['cpu_s']:.1f} | {m['peak_rss_mb']:.0f} |")
    lines.append(f"| 5 | 0.02 | job seeds | | | {seeds['wall_s']:.1f} | {seeds['cpu_s']:.1f} | "
                 f"{seeds['peak_rss_mb']:.0f} |")
    lines += ["", "| files | " + " | ".join(f"`{s}`" for s in STAGES) + " | outside job |",
              "|---:|" + "---:|" * (len(STAGES) + 1)]
    for r in results:
        t = r["job"]["timings"]
        steps = sum(t.get(s, 0) for s in ("profile", "export", "duplicates", "publish"))
        lines.append(f"| {r['files']:,} | " + " | ".join(f"{t.get(s, float('nan')):.1f}" for s in STAGES)
                     + f" | {r['job']['wall_s'] - steps:.1f} |")
    print("\n".join(lines))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, nargs="+", default=[20000, 200000], help="corpus sizes")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--corpus-dir", help="where corpora are generated and reused (default: a temporary "
                                             "directory, deleted at the end unless --keep)")
    parser.add_argument("--launcher", default="bin/news-export",
                        help="the command that starts news-export, as the README's first command does "
                             "(default: %(default)s); run from the project folder")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each program; the fastest is reported")
    parser.add_argument("--json", help="also write the results to this JSON file")
    parser.add_argument("--keep", action="store_true", help="keep the outputs (and a temporary corpus directory)")
    parser.add_argument("--markdown", action="store_true", help="also print the results as the README's tables")
    parser.add_argument("--from-json", help="print the report of an earlier --json FILE instead of running")
    parser.add_argument("--no-build", action="store_true", help="do not build the app and the benchmark programs "
                                                                "first, even when they are older than the sources")
    args = parser.parse_args()
    if args.from_json:
        with open(args.from_json) as f:
            saved = json.load(f)
        report(saved["runs"], saved["seeds"], saved["machine"])
        if args.markdown:
            print()
            markdown(saved["runs"], saved["seeds"])
        return
    if not args.no_build:
        build()
    launcher = shlex.split(args.launcher)
    info = machine()
    work = tempfile.mkdtemp(prefix="news-export-bench-")
    corpus_dir = os.path.abspath(args.corpus_dir) if args.corpus_dir else os.path.join(work, "corpora")
    os.makedirs(corpus_dir, exist_ok=True)
    try:
        results = [measure(args, launcher, corpus_dir, work, files) for files in args.files]
        print("job: 5 seed files ...", end=" ", flush=True)
        seeds = seed_run(launcher, work, args.repeat)
        print(f"{seeds['wall_s']:.1f} s", flush=True)
        report(results, seeds, info)
        if args.markdown:
            print()
            markdown(results, seeds)
        if args.json:
            with open(args.json, "w") as f:
                json.dump({"machine": info, "launcher": args.launcher, "runs": results, "seeds": seeds}, f, indent=2)
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
