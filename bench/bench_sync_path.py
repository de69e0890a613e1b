"""POST /answer's own cost, apart from the analyzer's: the handler, validation, SQL and serialization.

Runs the real answers handler against a scratch PostgreSQL database, once with the rubric (no Groq)
and once with Groq behind a fake server on loopback that answers at once. Prints a markdown table.
    .venv/bin/python bench/bench_sync_path.py [answers per path, default 60]
"""

import os
import sys
import time
from pathlib import Path
from statistics import median, quantiles

ROOT = Path(__file__).resolve().parents[1]
ANSWER = ("I would read the query plan with EXPLAIN ANALYZE, add a composite index on the filtered and joined "
          "columns, remove N+1 queries from the ORM and cache hot results. Then I measure again: p95 fell "
          "from 900 ms to 40 ms in my last team, and I added a dashboard so regressions show up early.")


def main(n: int) -> None:
    from infra.local.scratch_db import scratch_database

    with scratch_database(ROOT / ".local" / "pgbench", "interview_bench") as dsn:
        os.environ.update(DATABASE_URL=dsn, POWERTOOLS_TRACE_DISABLED="true", LOG_LEVEL="ERROR",
                          POWERTOOLS_METRICS_NAMESPACE="Bench")
        from interview.data.migrate import migrate

        migrate(dsn)
        rows = [measure("rubric", n), measure("groq (fake, instant)", n)]
    print(f"# POST /answer overhead beyond the analyzer ({n} answers per path, median / p90 ms)\n")
    print("| path | handler total | analyzer | overhead |")
    print("|---|---|---|---|")
    for name, total, analyzer in rows:
        overhead = [t - a for t, a in zip(total, analyzer, strict=True)]
        print(f"| {name} | {fmt(total)} | {fmt(analyzer)} | {fmt(overhead)} |")


def fmt(values: list[float]) -> str:
    return f"{median(values):.1f} / {quantiles(values, n=10)[-1]:.1f}"


def measure(path: str, n: int) -> tuple[str, list[float], list[float]]:
    import contextlib
    import io
    import json

    import groq

    from functions.answers import app as answers_app
    from functions.sessions import app as sessions_app
    from infra.local.context import LambdaContext
    from infra.local.events import rest_event
    from infra.local.fake_groq import FakeGroq
    from interview.analysis.groq_analyzer import GroqAnalyzer
    from interview.analysis.rubric import RubricAnalyzer
    from interview.api.deps import get_store
    from interview.domain.answers import AnswerService

    claims = {"sub": f"bench-{path}"}

    def call(handler, method, route, body=None):
        event = rest_event(method, "/api/v1/interview" + route, body=body, claims=claims)
        with contextlib.redirect_stdout(io.StringIO()):  # Powertools prints metrics to stdout
            result = handler(event, LambdaContext(function_name="bench"))
        return result["statusCode"], json.loads(result["body"])

    rubric = RubricAnalyzer()
    timed: list[float] = []

    class TimedRubric:
        def analyze(self, question, answer):
            began = time.perf_counter()
            try:
                return rubric.analyze(question, answer)
            finally:
                timed.append((time.perf_counter() - began) * 1000)

    fake = FakeGroq().__enter__() if path.startswith("groq") else None
    if fake:
        client = groq.Groq(api_key="bench", base_url=fake.base_url, max_retries=0, timeout=5)
        engine = GroqAnalyzer(lambda: client, TimedRubric(), model="llama-3.3-70b-versatile", temperature=0.3,
                              max_tokens=2000, timeout_seconds=5, disagreement_margin=25)
        service = AnswerService(get_store(), rubric, groq=engine, queue=None)
    else:
        service = AnswerService(get_store(), TimedRubric())
    answers_app.app.dependency_overrides[answers_app.get_answer_service] = lambda: service
    totals, analyzer = [], []
    try:
        while len(totals) < n:
            _, started = call(sessions_app.handler, "POST", "/start", {"num_questions": 20})
            question = started["first_question"]
            for _ in range(20):
                if len(totals) == n:
                    break
                timed.clear()
                began = time.perf_counter()
                status, body = call(answers_app.handler, "POST", "/answer", {
                    "session_id": started["session_id"], "question_id": question["question_id"], "answer": ANSWER})
                totals.append((time.perf_counter() - began) * 1000)
                assert status == 200, body
                groq_ms = _latency(body) if body["analysis_source"] == "groq" else 0.0
                analyzer.append(sum(timed) + groq_ms)
                if not body["has_more_questions"]:
                    break
                question = call(sessions_app.handler, "GET", f"/{started['session_id']}/question")[1]
    finally:
        answers_app.app.dependency_overrides.clear()
        if fake:
            fake.__exit__(None, None, None)
    return path, totals[5:], analyzer[5:]  # the first few pay for cold imports


def _latency(body: dict) -> float:
    """The Groq call's own latency, as stored in the analysis's provenance."""
    import psycopg2

    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.execute("SELECT (analysis->'provenance'->>'latency_ms')::float FROM interview_answers WHERE id = %s",
                    (body["answer_id"],))
        latency = cur.fetchone()[0]
    conn.close()
    return latency


if __name__ == "__main__":
    import warnings

    warnings.filterwarnings("ignore", message="No application metrics to publish")
    sys.path[:0] = [str(ROOT), str(ROOT / "layers" / "interview")]
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
