"""Apply the numbered SQL migrations and load the question bank; running it twice changes nothing.

`python -m interview.data.migrate` (DATABASE_URL from settings) or `migrate(dsn)` from code.
"""

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import psycopg2
import psycopg2.extras
from pydantic import BaseModel, Field, field_validator

from interview.domain.catalog import CATEGORIES, JOB_ROLES, Difficulty, QuestionType

# The repository's sql/ folder: layers/interview/interview/data/migrate.py → repo root.
DEFAULT_SQL_DIR = Path(__file__).resolve().parents[4] / "sql"
_LOCK_KEY = 7_351_001  # pg_advisory_lock key: one migrator at a time


class BankQuestion(BaseModel):
    """One question of the seed bank, validated before it reaches the database."""

    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{2,99}$")
    question_text: str = Field(min_length=10, max_length=1000)
    question_type: QuestionType
    category: str
    difficulty_level: Difficulty
    job_roles: list[str] = Field(default_factory=list)
    key_points: list[str] = Field(min_length=3, max_length=6)
    sample_answer: str
    tags: list[str] = Field(min_length=1, max_length=8)

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in CATEGORIES:
            raise ValueError(f"unknown category {value!r}")
        return value

    @field_validator("job_roles")
    @classmethod
    def _known_roles(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - set(JOB_ROLES))
        if unknown:
            raise ValueError(f"unknown job roles {unknown}")
        return value


@dataclass
class MigrationReport:
    applied: list[str] = field(default_factory=list)
    questions_changed: int = 0
    questions_total: int = 0


def load_bank(sql_dir: Path = DEFAULT_SQL_DIR) -> list[BankQuestion]:
    questions: list[BankQuestion] = []
    for path in sorted((sql_dir / "seed" / "questions").glob("*.json")):
        questions.extend(BankQuestion.model_validate(item) for item in json.loads(path.read_text()))
    return questions


def migrate(dsn: str, sql_dir: Path = DEFAULT_SQL_DIR) -> MigrationReport:
    report = MigrationReport()
    conn = psycopg2.connect(dsn)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_lock(%s)", (_LOCK_KEY,))
            cur.execute(
                """CREATE TABLE IF NOT EXISTS schema_migrations (
                       version integer PRIMARY KEY,
                       name text NOT NULL,
                       checksum text NOT NULL,
                       applied_at timestamptz NOT NULL DEFAULT now())"""
            )
        try:
            report.applied = _apply_migrations(conn, sql_dir / "migrations")
            report.questions_changed, report.questions_total = _seed_bank(conn, load_bank(sql_dir))
        finally:
            with conn, conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_KEY,))
    finally:
        conn.close()
    return report


def _apply_migrations(conn, migrations_dir: Path) -> list[str]:
    applied = []
    with conn, conn.cursor() as cur:
        cur.execute("SELECT version, checksum FROM schema_migrations")
        done = dict(cur.fetchall())
    for path in sorted(migrations_dir.glob("*.sql")):
        version = int(path.name.split("_", 1)[0])
        sql = path.read_text()
        checksum = hashlib.sha256(sql.encode()).hexdigest()
        if version in done:
            if done[version] != checksum:
                raise RuntimeError(f"migration {path.name} changed after it was applied; add a new one")
            continue
        with conn, conn.cursor() as cur:  # each migration in its own transaction
            cur.execute(sql)
            cur.execute(
                "INSERT INTO schema_migrations (version, name, checksum) VALUES (%s, %s, %s)",
                (version, path.name, checksum),
            )
        applied.append(path.name)
    return applied


def _seed_bank(conn, questions: list[BankQuestion]) -> tuple[int, int]:
    """Upsert by slug; a row is written only when something in it differs."""
    rows = [
        (q.slug, q.question_text, q.question_type.value, q.category, q.difficulty_level.value,
         q.job_roles, json.dumps(q.key_points), q.sample_answer, q.tags)
        for q in questions
    ]
    with conn, conn.cursor() as cur:
        changed = psycopg2.extras.execute_values(
            cur,
            """INSERT INTO interview_question_bank AS b
                   (slug, question_text, question_type, category, difficulty_level,
                    job_roles, key_points, sample_answer, tags)
               VALUES %s
               ON CONFLICT (slug) DO UPDATE SET
                   question_text = EXCLUDED.question_text, question_type = EXCLUDED.question_type,
                   category = EXCLUDED.category, difficulty_level = EXCLUDED.difficulty_level,
                   job_roles = EXCLUDED.job_roles, key_points = EXCLUDED.key_points,
                   sample_answer = EXCLUDED.sample_answer, tags = EXCLUDED.tags, updated_at = now()
               WHERE (b.question_text, b.question_type, b.category, b.difficulty_level, b.job_roles,
                      b.key_points, b.sample_answer, b.tags)
                     IS DISTINCT FROM
                     (EXCLUDED.question_text, EXCLUDED.question_type, EXCLUDED.category,
                      EXCLUDED.difficulty_level, EXCLUDED.job_roles, EXCLUDED.key_points,
                      EXCLUDED.sample_answer, EXCLUDED.tags)
               RETURNING b.id""",
            rows,
            template="(%s, %s, %s, %s, %s, %s::text[], %s::jsonb, %s, %s::text[])",
            fetch=True,
            page_size=500,
        ) if rows else []
        cur.execute("SELECT count(*) FROM interview_question_bank")
        total = cur.fetchone()[0]
    return len(changed), total


def main() -> int:
    from interview.settings import get_settings

    report = migrate(str(get_settings().database_url))
    sys.stdout.write(
        f"migrations applied: {', '.join(report.applied) or 'none'}; "
        f"questions changed: {report.questions_changed}; bank size: {report.questions_total}\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
