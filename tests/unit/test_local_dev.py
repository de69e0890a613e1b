"""`make dev`: embedded PostgreSQL unless DATABASE_URL is set, migrations before serving, cleanup after."""

import os
import sys
import types

import psycopg2
import pytest

from infra.local import dev, gateway
from interview.settings import Settings


class FakeMigrate:
    """Stands in for interview.data.migrate.migrate; leaves a marker table to prove data is kept."""

    def __init__(self):
        self.calls: list[str] = []
        self.marker_existed: list[bool] = []
        self.fail = False

    def __call__(self, dsn: str) -> None:
        self.calls.append(dsn)
        with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass('dev_marker') IS NOT NULL")
            self.marker_existed.append(cursor.fetchone()[0])
            cursor.execute("CREATE TABLE IF NOT EXISTS dev_marker (id int)")
        connection.close()
        if self.fail:
            raise RuntimeError("a broken migration")


def install_migrate(monkeypatch, migrate) -> None:
    """dev calls interview.data.migrate.migrate by name: put a stand-in under that name."""
    module = types.ModuleType("interview.data.migrate")
    module.migrate = migrate
    monkeypatch.setitem(sys.modules, "interview.data.migrate", module)


@pytest.fixture()
def fake_migrate(monkeypatch):
    fake = FakeMigrate()
    install_migrate(monkeypatch, fake)
    return fake


class FakeQueue:
    """Stands in for the local SQS + worker (tested in tests/integration/test_local_queue.py)."""

    instances: list["FakeQueue"] = []

    def __init__(self, template_path):
        self.template_path = template_path
        self.started = self.stopped = False
        FakeQueue.instances.append(self)

    def start(self):
        self.started = True
        return self

    def stop(self):
        self.stopped = True


@pytest.fixture(autouse=True)
def local_queue(monkeypatch):
    FakeQueue.instances = []
    monkeypatch.setattr(dev, "LocalQueue", FakeQueue)
    yield FakeQueue.instances
    assert all(q.started and q.stopped for q in FakeQueue.instances), "dev must stop the queue it started"


@pytest.fixture()
def served(monkeypatch):
    """Replaces the blocking gateway.serve: records what it was given and what the process looked like."""
    calls: list[dict] = []

    def fake_serve(host, port, template_path, *, on_ready=None):
        dsn = os.environ["DATABASE_URL"]
        calls.append({"host": host, "port": port, "template": template_path, "dsn": dsn})
        if on_ready:
            on_ready(f"http://{host}:{port}")

    monkeypatch.setattr(gateway, "serve", fake_serve)
    return calls


def test_with_database_url_set_nothing_is_started(monkeypatch, tmp_path, served):
    # Given a DATABASE_URL from the shell
    monkeypatch.setenv("DATABASE_URL", "postgresql://someone@db.example/interview")
    monkeypatch.setattr(dev, "start_postgres", lambda pgdata: pytest.fail("must not start PostgreSQL"))
    migrated: list[str] = []
    install_migrate(monkeypatch, migrated.append)
    # When dev runs
    dev.run("127.0.0.1", 8123, tmp_path / "template.yaml", tmp_path / "pgdata")
    # Then that database is migrated and served, and nothing else is created
    assert migrated == ["postgresql://someone@db.example/interview"]
    assert served == [{"host": "127.0.0.1", "port": 8123, "template": tmp_path / "template.yaml", "dsn": migrated[0]}]
    assert not (tmp_path / "pgdata").exists()


def test_embedded_postgres_is_started_migrated_served_then_stopped_and_reused(
    monkeypatch, tmp_path, fake_migrate, served, capsys
):
    pgdata = tmp_path / "local" / "pgdata"
    # Given no DATABASE_URL
    monkeypatch.delenv("DATABASE_URL", raising=False)
    # When dev runs and is stopped
    dev.run("127.0.0.1", 8000, tmp_path / "template.yaml", pgdata)
    # Then the database "interview" was migrated before the gateway served, with DATABASE_URL set
    dsn = served[0]["dsn"]
    assert fake_migrate.calls == [dsn] and fake_migrate.marker_existed == [False]
    assert str(Settings(database_url=dsn).database_url).startswith("postgresql://")  # the layer accepts it
    assert "/interview?" in dsn
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8000/api/v1/interview" in out and "make token USER=alice" in out
    # and the server it started is stopped
    with pytest.raises(psycopg2.OperationalError):
        psycopg2.connect(dsn, connect_timeout=2)

    # When it runs again (a fresh process has no DATABASE_URL) and migrating fails
    monkeypatch.delenv("DATABASE_URL", raising=False)
    fake_migrate.fail = True
    with pytest.raises(RuntimeError, match="broken migration"):
        dev.run("127.0.0.1", 8000, tmp_path / "template.yaml", pgdata)
    # Then it found the first run's data, served nothing, and still stopped PostgreSQL
    assert fake_migrate.marker_existed == [False, True]
    assert len(served) == 1
    with pytest.raises(psycopg2.OperationalError):
        psycopg2.connect(fake_migrate.calls[-1], connect_timeout=2)
