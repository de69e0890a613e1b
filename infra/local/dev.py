"""`python -m infra.local.dev` (make dev): the whole service on one machine — embedded PostgreSQL
unless DATABASE_URL is set, migrations and the question bank, and the gateway on 127.0.0.1."""

import argparse
import errno
import importlib
import logging
import os
import signal
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import quote

from infra.local import gateway
from infra.local.auth import REPO_ROOT
from infra.local.queue_runner import LocalQueue

DEFAULT_PGDATA = REPO_ROOT / ".local" / "pgdata"
DATABASE = "interview"
BASE_PATH = "/api/v1/interview"


def run(
    host: str = "127.0.0.1",
    port: int = 8000,
    template_path: Path = gateway.DEFAULT_TEMPLATE,
    pgdata: Path = DEFAULT_PGDATA,
) -> None:
    """Start what is missing, migrate, serve until Ctrl-C or SIGTERM; stop only what was started here."""
    # SIGTERM's default would skip the finally below and leave PostgreSQL running.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    postgres = None
    queue = None
    try:
        dsn = os.environ.get("DATABASE_URL")
        if not dsn:
            postgres = start_postgres(pgdata)
            dsn = database_url(postgres, DATABASE)
            os.environ["DATABASE_URL"] = dsn  # before any handler module is imported
        apply_migrations(dsn)
        queue = LocalQueue(template_path).start()  # sets the queue's URL before the functions load
        gateway.serve(host, port, template_path, on_ready=lambda url: print(banner(url, dsn), flush=True))
    finally:
        if queue is not None:
            queue.stop()
        if postgres is not None:
            print("Stopping the embedded PostgreSQL…", flush=True)
            postgres.cleanup()  # cleanup_mode="stop": stops it unless another process still uses it
        signal.signal(signal.SIGTERM, previous)


def start_postgres(pgdata: Path) -> Any:
    """The embedded server for `pgdata` (created on the first run, reused after), with our database."""
    import pgserver  # only needed when no DATABASE_URL is given

    pgdata.parent.mkdir(parents=True, exist_ok=True)
    print(f"Starting the embedded PostgreSQL in {pgdata}…", flush=True)
    postgres = pgserver.get_server(pgdata, cleanup_mode="stop")
    try:
        create_database(database_url(postgres, "postgres"), DATABASE)
    except BaseException:
        postgres.cleanup()
        raise
    return postgres


def database_url(postgres: Any, database: str) -> str:
    """A DSN for `database` on the embedded server that both libpq and pydantic's PostgresDsn accept.

    pgserver's own URI has an empty host, which PostgresDsn rejects; libpq lets the `host` query
    parameter (the socket folder) override the placeholder host.
    """
    info = postgres.get_postmaster_info()
    if info.socket_dir is None:
        return str(postgres.get_uri(database))
    port = f":{info.port}" if info.port else ""
    return f"postgresql://postgres@localhost{port}/{database}?host={quote(str(info.socket_dir), safe='')}"


def create_database(admin_dsn: str, database: str) -> None:
    import psycopg2

    connection = psycopg2.connect(admin_dsn)
    try:
        connection.autocommit = True  # CREATE DATABASE cannot run in a transaction
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,))
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{database}"')
    finally:
        connection.close()


def apply_migrations(dsn: str) -> None:
    """Apply the migrations and the question bank with the layer's own migrator."""
    print("Applying migrations and the question bank…", flush=True)
    migrate = importlib.import_module("interview.data.migrate").migrate
    report = migrate(dsn)
    if report is not None:
        print(f"  {report}", flush=True)


def banner(url: str, dsn: str) -> str:
    return "\n".join(
        [
            "",
            f"Interview API: {url}{BASE_PATH}   (health: {url}{BASE_PATH}/health)",
            f"Database:      {dsn}",
            "Get a token:   TOKEN=$(make token USER=alice)",
            "               (or python -m infra.local.token alice --group admin)",
            f'Call it:       curl -H "Authorization: Bearer $TOKEN" {url}{BASE_PATH}/options',
            "Ctrl-C stops the gateway and the database this run started.",
            "",
        ]
    )


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the interview API locally.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--template", type=Path, default=gateway.DEFAULT_TEMPLATE)
    parser.add_argument("--pgdata", type=Path, default=DEFAULT_PGDATA)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("pgserver").setLevel(logging.WARNING)  # it narrates every pg_ctl call at INFO
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")  # pgserver copes without it
    try:
        run(args.host, args.port, args.template, args.pgdata.resolve())
    except KeyboardInterrupt:
        pass  # interrupted before the gateway was up; the finally in run() has cleaned up
    except OSError as error:
        if error.errno != errno.EADDRINUSE:
            raise
        print(f"Port {args.port} is in use: stop the other server or pass --port.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
