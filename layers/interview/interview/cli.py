"""The `interview` command: analyze answers offline, evaluate the analyzer on graded answers, count its red flags
of judgement on excerpts of poor and sound calls, or measure its STAR breakdown and key points against answers
labelled part by part.

    interview analyze [FILE]            JSON lines in (FILE or stdin), one analysis per line out
    interview eval [GRADED.jsonl ...]   the evaluation harness (default: the shipped graded set); --engine groq
                                        measures the Groq analyst instead (needs GROQ_API_KEY)
    interview judge [EXCERPTS.jsonl ...] how many poor and sound calls the red flags flag (default:
                                         eval/judgement/excerpts.jsonl)
    interview star [STORIES.jsonl ...]  how well the STAR breakdown finds each part of stories labelled
                                        sentence by sentence (default: eval/star/*.jsonl)
    interview points [FILE.jsonl ...]   how well the key points are judged in answers labelled point by point
                                        (default: eval/points/*.jsonl)
"""

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from interview.analysis.model import Analyzer, QuestionContext

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_GRADED = sorted((REPO_ROOT / "eval" / "graded").glob("*.jsonl"))
DEFAULT_EXCERPTS = [REPO_ROOT / "eval" / "judgement" / "excerpts.jsonl"]
DEFAULT_STORIES = sorted((REPO_ROOT / "eval" / "star").glob("*.jsonl"))
DEFAULT_POINT_SETS = sorted((REPO_ROOT / "eval" / "points").glob("*.jsonl"))
MAX_FALLBACK_SHARE = 0.05  # --engine groq: more of the rubric's analyses than this, and Groq was not measured
ANSWER_FIELDS = ("scores", "feedback", "sentiment", "key_points", "metrics", "flags", "source", "analyzer_version")


def analyze_lines(lines: Iterable[str], analyzer: Analyzer) -> Iterator[dict[str, Any]]:
    """One output object per non-blank input line; a bad line yields an error naming its number."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("each line must be a JSON object")
            answer = item.get("answer")
            if not isinstance(answer, str) or not answer.strip():
                raise ValueError("'answer' must be a non-empty string")
            question = QuestionContext.model_validate(
                {k: item[k] for k in ("question_text", "question_type", "key_points", "sample_answer",
                                      "category", "difficulty", "job_role") if k in item}
            )
        except (json.JSONDecodeError, ValueError, ValidationError) as exc:
            yield {"line": number, "error": _describe(exc)}
            continue
        analysis = analyzer.analyze(question, answer)
        yield {"line": number, **analysis.model_dump(include=set(ANSWER_FIELDS))}


def _describe(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'line'}: {e['msg']}" for e in exc.errors())
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON: {exc.msg} at column {exc.colno}"
    return str(exc)


def _analyze(args: argparse.Namespace, out: TextIO) -> int:
    from interview.analysis.rubric import RubricAnalyzer

    source = open(args.file, encoding="utf-8") if args.file else sys.stdin  # noqa: SIM115
    failures = 0
    try:
        for result in analyze_lines(source, RubricAnalyzer()):
            failures += "error" in result
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    finally:
        if args.file:
            source.close()
    return 1 if failures else 0


def _evaluate(args: argparse.Namespace, out: TextIO) -> int:
    from interview.analysis.evaluation import evaluate, load_graded, render
    from interview.analysis.rubric import RubricAnalyzer

    paths = [Path(p) for p in args.files] or DEFAULT_GRADED
    if not paths:
        out.write("no graded files given and none shipped under eval/graded/\n")
        return 2
    analyzer: Analyzer = RubricAnalyzer()
    engine = None
    if args.engine == "groq":
        from interview.analysis.engines import groq_analyzer
        from interview.analysis.evaluation import GuardedEngine
        from interview.settings import get_settings

        settings = get_settings()
        groq = groq_analyzer(settings.groq_worker_timeout_seconds)
        if groq is None:
            out.write("--engine groq needs GROQ_API_KEY (or GROQ_SECRET_ARN) in the environment\n")
            return 2
        analyzer = engine = GuardedEngine(groq, analyzer, attempts=settings.groq_worker_attempts,
                                          max_wait_seconds=settings.groq_max_retry_after_seconds)
    report = evaluate(load_graded(paths), analyzer)
    title = ", ".join(p.name for p in paths)
    out.write(render(report, title if engine is None else f"{title} (engine: groq)") + "\n")
    if engine is not None:
        out.write(engine.summary(f"groq {settings.groq_model}") + "\n")
        if engine.fallback_share > MAX_FALLBACK_SHARE:
            out.write(f"more than {MAX_FALLBACK_SHARE:.0%} of the analyses were the rubric's: this does not measure "
                      "Groq\n")
            return 3
    return 0 if report.meets_targets or not args.strict else 1


def _judge(args: argparse.Namespace, out: TextIO) -> int:
    from interview.analysis.evaluation import judgement_counts, render_judgement

    return _measure(args.files or DEFAULT_EXCERPTS, "excerpt", "eval/judgement/",
                    lambda paths, title: render_judgement(judgement_counts(paths), title), out)


def _star(args: argparse.Namespace, out: TextIO) -> int:
    from interview.analysis.evaluation import render_star, star_counts

    return _measure(args.files or DEFAULT_STORIES, "story", "eval/star/",
                    lambda paths, title: render_star(star_counts(paths), title), out)


def _points(args: argparse.Namespace, out: TextIO) -> int:
    from interview.analysis.evaluation import point_counts, render_points

    return _measure(args.files or DEFAULT_POINT_SETS, "labelled answer", "eval/points/",
                    lambda paths, title: render_points(point_counts(paths), title), out)


def _measure(files: list, kind: str, shipped_in: str, report: Callable[[list[Path], str], str], out: TextIO) -> int:
    """Write the report on the files given (or the shipped ones); exit 2 when there are none."""
    paths = [Path(p) for p in files]
    if not paths:
        out.write(f"no {kind} files given and none shipped under {shipped_in}\n")
        return 2
    out.write(report(paths, ", ".join(p.name for p in paths)) + "\n")
    return 0


def main(argv: list[str] | None = None, out: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(prog="interview", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="analyze answers given as JSON lines")
    analyze.add_argument("file", nargs="?", help="JSON lines file (default: standard input)")
    evaluate = commands.add_parser("eval", help="measure the analyzer on graded answers")
    evaluate.add_argument("files", nargs="*", help="graded JSON lines files (default: eval/graded/*.jsonl)")
    evaluate.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    evaluate.add_argument("--engine", choices=("rubric", "groq"), default="rubric",
                          help="the engine measured (groq: needs GROQ_API_KEY; any analysis Groq cannot make is "
                               "made by the rubric, and counted)")
    judge = commands.add_parser("judge", help="count the red flags raised on excerpts of poor and sound calls")
    judge.add_argument("files", nargs="*", help="excerpt JSON lines files (default: eval/judgement/excerpts.jsonl)")
    star = commands.add_parser("star", help="measure the STAR breakdown on stories labelled sentence by sentence")
    star.add_argument("files", nargs="*", help="labelled story JSON lines files (default: eval/star/*.jsonl)")
    points = commands.add_parser("points", help="measure the key points judged in answers labelled point by point")
    points.add_argument("files", nargs="*", help="labelled answer JSON lines files (default: eval/points/*.jsonl)")
    args = parser.parse_args(argv)
    out = out or sys.stdout
    commands_run = {"analyze": _analyze, "eval": _evaluate, "judge": _judge, "star": _star, "points": _points}
    return commands_run[args.command](args, out)


if __name__ == "__main__":
    raise SystemExit(main())
