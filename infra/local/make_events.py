"""`python -m infra.local.make_events`: write events/<route>.json, one REST v1 event per route of
template.yaml, for `sam local invoke -e` and for tests. `--check` fails if the files are stale."""

import argparse
import json
import re
import sys
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from infra.local.auth import REPO_ROOT
from infra.local.events import rest_event, scheduled_event, sqs_event
from infra.local.routes import Route, load_routes

EVENTS_DIR = REPO_ROOT / "events"
TEMPLATE = REPO_ROOT / "template.yaml"
CLAIMS = {"sub": "alice", "email": "alice@example.com", "cognito:username": "alice", "token_use": "id"}
# Fixed so that regenerating the files changes nothing unless the routes or bodies do.
REQUEST_TIME = datetime(2025, 1, 6, 9, 30, tzinfo=UTC)
PATH_PARAMETER_VALUE = "1"

FILE_NAMES: dict[str, str] = {}  # event key → file name, where snake_case of the key is not enough

INDEXING_ANSWER = (
    "An index is a separate structure, usually a B-tree, that lets the database find rows without "
    "scanning the whole table. I index the columns used in WHERE clauses, joins and ORDER BY, and I "
    "confirm with EXPLAIN ANALYZE that the planner actually uses them. Indexes are not free: every "
    "insert and update must maintain them and they take disk space, so on write-heavy tables I keep "
    "only those that real queries need. For composite indexes I put the most selective, "
    "equality-filtered column first."
)
BODIES: dict[str, dict[str, Any]] = {
    "Start": {
        "session_type": "mixed",
        "job_role": "Backend Developer",
        "difficulty_level": "mid",
        "num_questions": 5,
    },
    "SubmitAnswer": {"session_id": 1, "question_id": 1, "answer": INDEXING_ANSWER, "time_taken_seconds": 95},
}
QUERIES: dict[str, dict[str, str]] = {
    "Questions": {"difficulty": "junior", "limit": "5"},
    "ListSessions": {"limit": "10"},
}


def file_name(route: Route) -> str:
    """The route's event key in snake_case: NextQuestion → next_question."""
    return FILE_NAMES.get(route.event_name) or re.sub(r"(?<!^)(?=[A-Z])", "_", route.event_name).lower()


def route_event(route: Route) -> dict[str, Any]:
    """A realistic event for `route`: alice's claims when it needs auth, every path parameter "1"."""
    parameters = {name: PATH_PARAMETER_VALUE for name in re.findall(r"{(\w+)\+?}", route.path)}
    path = re.sub(r"{\w+\+?}", PATH_PARAMETER_VALUE, route.path)
    return rest_event(
        route.method,
        path,
        resource=route.path,
        path_parameters=parameters,
        query=QUERIES.get(route.event_name),
        body=BODIES.get(route.event_name),
        claims=CLAIMS if route.needs_auth else None,
        request_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{route.method} {route.path}")),
        request_time=REQUEST_TIME,
    )


def render(routes: Sequence[Route]) -> dict[str, str]:
    """File name → file text, for every route; two routes may not share a name."""
    rendered: dict[str, str] = {}
    for route in routes:
        name = f"{file_name(route)}.json"
        if name in rendered:
            raise ValueError(f"Two routes would both write events/{name}: rename an event key.")
        rendered[name] = json.dumps(route_event(route), indent=2) + "\n"
    return rendered


def background_events() -> dict[str, str]:
    """The queue's and the schedule's events: one analysis message for answer 1, one sweeper tick."""
    sent = str(int(REQUEST_TIME.timestamp() * 1000))
    queue = sqs_event(
        [{"MessageId": str(uuid.uuid5(uuid.NAMESPACE_URL, "analysis 1")), "ReceiptHandle": "local-receipt-1",
          "Body": json.dumps({"answer_id": 1, "enqueued_at": REQUEST_TIME.isoformat()}),
          "Attributes": {"ApproximateReceiveCount": "1", "SentTimestamp": sent,
                         "ApproximateFirstReceiveTimestamp": sent}}],
        "arn:aws:sqs:us-east-1:123456789012:interview-analysis",
    )
    schedule = scheduled_event("interview-sweeper")
    schedule.update(id=str(uuid.uuid5(uuid.NAMESPACE_URL, "sweeper")), time=REQUEST_TIME.strftime("%Y-%m-%dT%H:%M:%SZ"))
    return {"analysis_queue.json": json.dumps(queue, indent=2) + "\n",
            "sweeper_schedule.json": json.dumps(schedule, indent=2) + "\n"}


def stale(rendered: dict[str, str], events_dir: Path) -> list[str]:
    """The files under `events_dir` that are missing or differ from `rendered`."""
    return [name for name, text in rendered.items() if _read(events_dir / name) != text]


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write one sample REST v1 event per route.")
    parser.add_argument("--template", type=Path, default=TEMPLATE)
    parser.add_argument("--out", type=Path, default=EVENTS_DIR)
    parser.add_argument("--check", action="store_true", help="only report stale files; exit 1 if any")
    args = parser.parse_args(argv)
    rendered = render(load_routes(args.template)) | background_events()
    if args.check:
        outdated = stale(rendered, args.out)
        for name in outdated:
            print(f"stale: {args.out / name} (run python -m infra.local.make_events)")
        return 1 if outdated else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in rendered.items():
        (args.out / name).write_text(text, encoding="utf-8")
        print(f"wrote {args.out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
