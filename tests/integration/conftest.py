"""Integration fixtures: invoke the real Lambda handlers with REST v1 events; clean tables per test."""

from collections.abc import Iterator

import psycopg2
import pytest


@pytest.fixture(autouse=True)
def _clean_sessions(database_url: str) -> Iterator[None]:
    yield
    conn = psycopg2.connect(database_url)
    with conn, conn.cursor() as cur:
        cur.execute("TRUNCATE interview_sessions CASCADE")
    conn.close()


@pytest.fixture(scope="session")
def sessions():
    from functions.sessions import app

    return app.handler


@pytest.fixture(scope="session")
def answers():
    from functions.answers import app

    return app.handler


@pytest.fixture(scope="session")
def stats():
    from functions.stats import app

    return app.handler


@pytest.fixture(scope="session")
def catalog():
    from functions.catalog import app

    return app.handler


@pytest.fixture
def use_service():
    """Hand the answers function another AnswerService for one test (Groq, queue or analyzer swapped)."""
    from functions.answers import app

    def install(service) -> None:
        app.app.dependency_overrides[app.get_answer_service] = lambda: service

    yield install
    app.app.dependency_overrides.clear()
