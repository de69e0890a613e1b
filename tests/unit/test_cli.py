"""`interview analyze` (offline, line by line, errors named by line number), `interview eval`, `interview judge`,
`interview star` and `interview points`."""

import io
import json
import subprocess
import sys

import pytest

from infra.local.fake_groq import Behaviour, FakeGroq, sound_reply
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


def test_judge_counts_poor_and_sound_calls_flagged_per_set(tmp_path):
    excerpts = tmp_path / "excerpts.jsonl"
    excerpts.write_text("\n".join(json.dumps(line) for line in (
        {"set": "x", "bad": True, "text": "I told the team weekends were mandatory until the migration shipped."},
        {"set": "x", "bad": True, "text": "I picked the vendor I liked and we moved on to the rollout."},
        {"set": "x", "bad": False, "text": "I blamed the process, not the engineer, and we added a dry-run step."},
        {"set": "y", "bad": False, "text": "I told my manager right away and we rolled the change back together."},
    )) + "\n", encoding="utf-8")
    out = io.StringIO()

    code = main(["judge", str(excerpts)], out)

    table = out.getvalue()
    assert code == 0
    assert "| x | 1/2 | 0/1 |" in table  # the overtime flagged, the taste not heard, a blamed process no flag
    assert "| y | 0/0 | 0/1 |" in table
    assert "| all | 1/2 | 0/2 |" in table


def test_judge_reads_the_shipped_excerpts_by_default():
    out = io.StringIO()

    assert main(["judge"], out) == 0
    assert "| all |" in out.getvalue() and "/450 | 0/340 |" in out.getvalue()


def _story(parts_and_texts, measurable, question_type="behavioral"):
    return json.dumps({"question_type": question_type, "question_text": "Tell me about a time you fixed a process.",
                       "sentences": [{"text": t, "parts": p} for p, t in parts_and_texts],
                       "measurable_result": measurable})


def test_star_counts_each_part_found_on_a_sentence_labelled_with_it(tmp_path):
    told = [(["situation"], "Last year our release process took two days because every step was manual."),
            (["task"], "My goal was to get it under an hour."),
            (["action"], "I wrote a pipeline that built, tested and deployed each merge."),
            (["result"], "Releases dropped to forty minutes and we shipped twice as often."),
            (["reflection"], "I learned to automate the boring parts first.")]
    # The same story labelled wrongly: its outcome called the situation, its scene the result.
    mislabelled = [(["result"], told[0][1]), told[1], told[2], (["situation"], told[3][1]), told[4]]
    unfinished = [(["action"], "I talked to him and we agreed on a plan."), (["other"], "So yeah.")]
    stories = tmp_path / "stories.jsonl"
    stories.write_text("\n".join([_story(told, True), _story(mislabelled, False), _story(unfinished, False)]) + "\n",
                       encoding="utf-8")
    out = io.StringIO()

    code = main(["star", str(stories)], out)

    table = out.getvalue()
    assert code == 0
    assert "in 3 stories" in table
    assert "| situation | 2 | 2/2 | 1/2 | 0/1 |" in table  # found in both told stories, on its sentence in one
    assert "| result | 2 | 2/2 | 1/2 | 0/1 |" in table  # nothing found in the story that stops after the act
    assert "| action | 3 | 3/3 | 3/3 | 0/0 |" in table
    # Measured in both told stories: labelled so in one, not in the other; the unfinished one has none.
    assert "measurable result: 1 found and labelled, 1 found but not labelled, 0 labelled but not found, 1 neither" \
        in table


def test_points_counts_each_key_point_judged_against_its_label(tmp_path):
    labelled = tmp_path / "points.jsonl"
    labelled.write_text(json.dumps({**QUESTION, "answers": [
        {"answer": ANSWER, "coverage": ["covered", "covered", "covered"]},
        # Labelled wrongly on purpose: the analyzer's "missed" then disagrees with a "covered" label.
        {"answer": "I would restart the database server and hope it gets faster.",
         "coverage": ["covered", "missed", "missed"]},
    ]}) + "\n", encoding="utf-8")
    out = io.StringIO()

    code = main(["points", str(labelled)], out)

    table = out.getvalue()
    assert code == 0
    assert "in 2 answers labelled point by point (6 points)" in table
    assert "| covered | 3 | 0 | 1 |" in table  # three made and found; the mislabelled one missed
    assert "| missed | 0 | 0 | 2 |" in table
    assert "judged as labelled: 5/6" in table and "points missed credited: 0/2" in table


def test_star_without_stories_says_so(tmp_path, monkeypatch):
    import interview.cli as cli

    monkeypatch.setattr(cli, "DEFAULT_STORIES", [])
    out = io.StringIO()

    assert main(["star"], out) == 2
    assert "eval/star/" in out.getvalue()


# --engine groq: the real groq SDK against the fake Groq server on loopback -------------------------------------

@pytest.fixture
def groq_env(monkeypatch):
    """Settings and clients read afresh from the environment this test sets."""
    from interview.analysis import engines
    from interview.settings import get_settings

    def use(base_url):
        monkeypatch.setenv("GROQ_API_KEY", "gsk_fake_for_tests")
        monkeypatch.setenv("GROQ_BASE_URL", base_url)
        monkeypatch.setenv("GROQ_WORKER_TIMEOUT_SECONDS", "5")
        get_settings.cache_clear()
        engines.groq_client.cache_clear()

    yield use
    get_settings.cache_clear()
    engines.groq_client.cache_clear()


def graded_file(tmp_path):
    path = tmp_path / "graded.jsonl"
    answers = [{"grade": 4, "answer": ANSWER}, {"grade": 0, "answer": "I don't know."}]
    path.write_text(json.dumps({**QUESTION, "id": "q1", "answers": answers}) + "\n")
    return path


def test_eval_measures_the_groq_engine_when_asked(tmp_path, groq_env):
    # Given Groq (the fake on loopback) scoring every answer alike
    with FakeGroq(Behaviour(content=sound_reply())) as fake:
        groq_env(fake.base_url)
        out = io.StringIO()
        # When the harness measures the groq engine
        code = main(["eval", "--engine", "groq", str(graded_file(tmp_path))], out)
    text = out.getvalue()
    # Then Groq made every analysis, and the report says which engine it measured and that none fell back
    assert code == 0
    assert "(engine: groq)" in text
    summary = text.strip().splitlines()[-1]
    assert summary.startswith("engine: groq llama-3.3-70b-versatile: ")
    analyses = int(summary.split(": ")[2].split()[0])
    assert analyses == len(fake.requests) > 2
    assert "0 made by the rubric instead" in summary


def test_eval_on_groq_counts_what_the_rubric_made_instead(tmp_path, groq_env):
    # Given Groq rate-limiting everything (asking to retry at once, so the test does not wait)
    with FakeGroq(Behaviour(status=429, headers={"retry-after": "0"},
                            body={"error": {"message": "rate limited"}})) as fake:
        groq_env(fake.base_url)
        out = io.StringIO()
        code = main(["eval", "--engine", "groq", str(graded_file(tmp_path))], out)
    lines = out.getvalue().strip().splitlines()
    # Then every analysis was the rubric's after three attempts each (GROQ_WORKER_ATTEMPTS; throttling passes, so
    # Groq is asked every time); the report says so and why, and the run fails, since it did not measure Groq
    summary = lines[-2]
    analyses = int(summary.split(": ")[2].split()[0])
    assert code == 3
    assert f"{analyses} made by the rubric instead (rate_limited {analyses})" in summary
    assert len(fake.requests) == 3 * analyses
    assert "this does not measure Groq" in lines[-1]


def test_eval_on_groq_without_a_key_says_what_is_missing(tmp_path, monkeypatch):
    from interview.settings import get_settings

    monkeypatch.delenv("GROQ_API_KEY", raising=False)
    monkeypatch.delenv("GROQ_SECRET_ARN", raising=False)
    get_settings.cache_clear()
    out = io.StringIO()
    try:
        code = main(["eval", "--engine", "groq", str(graded_file(tmp_path))], out)
    finally:
        get_settings.cache_clear()
    assert code == 2
    assert "GROQ_API_KEY" in out.getvalue()
