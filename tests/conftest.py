"""Shared test set-up: a real PostgreSQL database made fresh for the run, migrated and seeded.

The server is TEST_DATABASE_URL or DATABASE_URL if set, else 127.0.0.1:5432 (CI's), else an
embedded one (pgserver). Each run gets its own database, dropped at the end.
"""

import os
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import psycopg2
import pytest

LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/test"
_created: dict[str, str] = {}


def _reachable(dsn: str) -> bool:
    try:
        psycopg2.connect(dsn, connect_timeout=2).close()
        return True
    except psycopg2.OperationalError:
        return False


def _admin_dsn() -> str:
    for candidate in (os.environ.get("TEST_DATABASE_URL"), os.environ.get("DATABASE_URL"), LOCAL_SERVER):
        if candidate and _reachable(candidate):
            return candidate
    import pgserver  # only when no server is reachable

    server = pgserver.get_server(os.path.join(os.path.dirname(__file__), "..", ".local", "pgtest"),
                                 cleanup_mode="stop")
    _created["server"] = server
    return server.get_uri()


def _with_database(dsn: str, name: str) -> str:
    parts = urlsplit(dsn)
    return urlunsplit(parts._replace(path="/" + name))


def pytest_configure(config: pytest.Config) -> None:
    admin = _admin_dsn()
    name = f"interview_test_{uuid.uuid4().hex[:10]}"
    conn = psycopg2.connect(admin)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    _created.update(admin=admin, name=name)
    os.environ["DATABASE_URL"] = _with_database(admin, name)
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "InterviewPracticeTests")
    os.environ.setdefault("LOG_LEVEL", "WARNING")

    from interview.data.migrate import migrate

    migrate(os.environ["DATABASE_URL"])


def pytest_unconfigure(config: pytest.Config) -> None:
    if "name" not in _created:
        return
    from interview.data.db import get_database

    get_database().close()
    conn = psycopg2.connect(_created["admin"])
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{_created["name"]}" WITH (FORCE)')
    conn.close()


@pytest.fixture(scope="session")
def database_url() -> str:
    return os.environ["DATABASE_URL"]


@pytest.fixture
def db_conn(database_url: str) -> Iterator[psycopg2.extensions.connection]:
    conn = psycopg2.connect(database_url)
    yield conn
    conn.close()
