"""Shared test set-up: a real PostgreSQL database made fresh for the run, migrated and seeded.

The server is TEST_DATABASE_URL or DATABASE_URL if set, else 127.0.0.1:5432 (CI's), else an
embedded one (pgserver). Each run gets its own database, dropped at the end.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest

from infra.local.scratch_db import create_scratch, drop_scratch, server_dsn

EMBEDDED_DIR = Path(__file__).resolve().parents[1] / ".local" / "pgtest"
_run: dict[str, str] = {}


def pytest_configure(config: pytest.Config) -> None:
    admin = server_dsn(EMBEDDED_DIR)
    _run.update(admin=admin, dsn=create_scratch(admin, "interview_test"))
    os.environ["DATABASE_URL"] = _run["dsn"]
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "InterviewPracticeTests")
    os.environ.setdefault("LOG_LEVEL", "WARNING")

    from interview.data.migrate import migrate

    migrate(os.environ["DATABASE_URL"])


def pytest_unconfigure(config: pytest.Config) -> None:
    if "dsn" not in _run:
        return
    from interview.data.db import get_database

    get_database().close()
    drop_scratch(_run["admin"], _run["dsn"])


@pytest.fixture(scope="session")
def database_url() -> str:
    return os.environ["DATABASE_URL"]


@pytest.fixture
def db_conn(database_url: str) -> Iterator[psycopg2.extensions.connection]:
    conn = psycopg2.connect(database_url)
    yield conn
    conn.close()
