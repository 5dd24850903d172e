#!/usr/bin/env python3
"""The 50-line script a user could write instead of news-export: the benchmark's baseline.

Reads every *.txt file under INPUT (sorted), strips each line, drops empty lines and lines matching one of 18
boilerplate regexes (matched at the line start), and writes OUTPUT/articles.csv (doc_id, title, body, word_count)
and OUTPUT/paragraphs.csv (doc_id, position, text). Standard library only, single-threaded. Prints MB/s and files/s.

    python3 bench/baseline.py INPUT OUTPUT
"""
import csv
import os
import re
import sys
import time

PATTERNS = [
    r"captcha$", r"your comment$", r"you are replying to", r"leave a (reply|comment)$",
    r"your email address will not be published", r"share (this|on)", r"follow us", r"source link$",
    r"by admin$", r".{0,80}alternate addresses:$", r"news (code|id)\b", r"home\s*[|>»/]", r"\w+ / \w+$",
    r"(mon|tue|wed|thu|fri|sat|sun)\w*\.? \w+ \d", r"(©|copyright)", r"all rights reserved",
    r"(read more|related articles?)\b", r"(tweet|whatsapp|facebook|telegram)$",
]
BOILERPLATE = [re.compile(p, re.IGNORECASE) for p in PATTERNS]


def main(input_dir, output_dir):
    os.makedirs(output_dir, exist_ok=True)
    started, total_bytes, files = time.time(), 0, 0
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(input_dir) for f in fs if f.endswith(".txt"))
    with open(os.path.join(output_dir, "articles.csv"), "w", newline="", encoding="utf-8") as a, \
            open(os.path.join(output_dir, "paragraphs.csv"), "w", newline="", encoding="utf-8") as p:
        articles, paragraphs = csv.writer(a), csv.writer(p)
        articles.writerow(["doc_id", "title", "body", "word_count"])
        paragraphs.writerow(["doc_id", "position", "text"])
        for path in paths:
            with open(path, "rb") as f:
                data = f.read()
            total_bytes += len(data)
            files += 1
            lines = [line.strip() for line in data.decode("utf-8", errors="replace").splitlines()]
            kept = [line for line in lines if line and not any(r.match(line) for r in BOILERPLATE)]
            if not kept:
                continue
            doc_id = os.path.splitext(os.path.relpath(path, input_dir))[0]
            title, body = kept[0], kept[1:]
            articles.writerow([doc_id, title, "\n\n".join(body), sum(len(b.split()) for b in body)])
            for position, text in enumerate(body):
                paragraphs.writerow([doc_id, position, text])
    seconds = time.time() - started
    print(f"baseline: {files} files, {total_bytes / 1e6:.1f} MB in {seconds:.2f} s: "
          f"{total_bytes / 1e6 / seconds:.1f} MB/s, {files / seconds:.0f} files/s")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
