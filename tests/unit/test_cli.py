"""`interview analyze` and `interview eval`: offline, line by line, errors named by line number."""

import io
import json
import subprocess
import sys

from interview.cli import main

QUESTION = {
    "question_text": "How would you optimize a slow database query?",
    "question_type": "technical",
    "key_points": ["EXPLAIN to read the query plan", "indexes on filtered and joined columns", "caching"],
    "sample_answer": "I would start with EXPLAIN, add the right indexes and cache hot results.",
}
ANSWER = "I run EXPLAIN ANALYZE, add an index on the filtered and joined columns, and cache hot results."


def run(argv, stdin_text=None):
    out = io.StringIO()
    if stdin_text is not None:
        sys.stdin = io.StringIO(stdin_text)
    try:
        code = main(argv, out)
    finally:
        sys.stdin = sys.__stdin__
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_analyze_reads_a_file_and_writes_one_line_per_answer(tmp_path):
    # Given two answers to analyze
    source = tmp_path / "answers.jsonl"
    source.write_text("\n".join(json.dumps({**QUESTION, "answer": a}) for a in (ANSWER, "I don't know.")) + "\n")
    # When analyzed
    code, results = run(["analyze", str(source)])
    # Then each gets the API's answer shape, and the better answer scores higher
    assert code == 0
    assert [r["line"] for r in results] == [1, 2]
    for r in results:
        assert {"scores", "feedback", "sentiment", "key_points", "metrics", "analyzer_version"} <= set(r)
    assert results[0]["scores"]["overall"] > results[1]["scores"]["overall"]
    assert results[0]["metrics"]["word_count"] == len(ANSWER.split())


def test_malformed_lines_are_named_and_the_rest_still_analyzed():
    lines = [
        json.dumps({**QUESTION, "answer": ANSWER}),
        "{not json",
        json.dumps({**QUESTION, "question_type": "riddle", "answer": ANSWER}),
        json.dumps({**QUESTION}),
        "[1, 2]",
        json.dumps({**QUESTION, "answer": ANSWER}),
    ]
    code, results = run(["analyze"], "\n".join(lines) + "\n")
    assert code == 1
    assert [r["line"] for r in results] == [1, 2, 3, 4, 5, 6]
    assert "scores" in results[0] and "scores" in results[5]
    assert "not valid JSON" in results[1]["error"]
    assert "question_type" in results[2]["error"]
    assert "answer" in results[3]["error"]
    assert "JSON object" in results[4]["error"]
    assert results[0]["scores"] == results[5]["scores"]  # same input, same output


def test_module_entry_point_runs_without_database_or_network():
    line = json.dumps({**QUESTION, "answer": ANSWER})
    done = subprocess.run([sys.executable, "-m", "interview.analysis"], input=line, capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", "DATABASE_URL": "postgresql://nowhere:1/x"},
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["scores"]["overall"] > 0
