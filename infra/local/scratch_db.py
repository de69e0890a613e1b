"""Throw-away PostgreSQL databases for tests and benchmarks, on whichever server is at hand."""

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg2

CI_SERVER = "postgresql://postgres@127.0.0.1:5432/test"
_embedded: dict[str, Any] = {}


def _reachable(dsn: str) -> bool:
    try:
        psycopg2.connect(dsn, connect_timeout=2).close()
        return True
    except psycopg2.OperationalError:
        return False


def server_dsn(embedded_dir: Path) -> str:
    """TEST_DATABASE_URL or DATABASE_URL if reachable, else CI's server, else an embedded one."""
    for candidate in (os.environ.get("TEST_DATABASE_URL"), os.environ.get("DATABASE_URL"), CI_SERVER):
        if candidate and _reachable(candidate):
            return candidate
    import pgserver  # only when no server is reachable

    server = pgserver.get_server(embedded_dir, cleanup_mode="stop")
    _embedded["server"] = server  # keep it alive as long as this process
    return server.get_uri()


def with_database(dsn: str, name: str) -> str:
    return urlunsplit(urlsplit(dsn)._replace(path="/" + name))


def create_scratch(admin_dsn: str, prefix: str = "interview_scratch") -> str:
    """Create a new empty database; returns its DSN."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    conn = psycopg2.connect(admin_dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return with_database(admin_dsn, name)


def drop_scratch(admin_dsn: str, dsn: str) -> None:
    name = urlsplit(dsn).path.lstrip("/")
    conn = psycopg2.connect(admin_dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.close()


@contextmanager
def scratch_database(embedded_dir: Path, prefix: str = "interview_scratch") -> Iterator[str]:
    admin = server_dsn(embedded_dir)
    dsn = create_scratch(admin, prefix)
    try:
        yield dsn
    finally:
        drop_scratch(admin, dsn)
