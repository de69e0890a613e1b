"""One PostgreSQL connection per warm container, opened lazily, with a transaction scope.

Through RDS Proxy a Lambda container keeps one connection; no pool is needed. A broken connection is
dropped and reopened on the next call, and surfaces as DependencyUnavailable (503), never as a 500.
The connection belongs to the thread that opened it: a Lambda container has one, but `make dev` runs
every function in one process, each on its own thread, and two transactions must never share a
connection (one's commit would end the other's).
"""

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import psycopg2
import psycopg2.extras
from psycopg2.extensions import connection as Connection
from psycopg2.extensions import cursor as Cursor

from interview.errors import DependencyUnavailable
from interview.settings import get_settings

IDLE_CHECK_SECONDS = 60.0


class Database:
    def __init__(self, dsn: str, connect_timeout_seconds: int = 5):
        self._dsn = dsn
        self._connect_timeout = connect_timeout_seconds
        self._local = threading.local()  # this thread's .conn and when it was last .used

    def _connection(self) -> Connection:
        local = self._local
        conn: Connection | None = getattr(local, "conn", None)
        if conn is not None and not conn.closed and time.monotonic() - local.used > IDLE_CHECK_SECONDS:
            try:  # a thawed container's connection may have been closed by the proxy while frozen
                with conn.cursor() as cur:
                    cur.execute("SELECT 1")
                conn.rollback()
            except (psycopg2.OperationalError, psycopg2.InterfaceError):
                self.close()
                conn = None
        local.used = time.monotonic()
        if conn is None or conn.closed:
            try:
                conn = local.conn = psycopg2.connect(
                    self._dsn,
                    connect_timeout=self._connect_timeout,
                    cursor_factory=psycopg2.extras.RealDictCursor,
                    application_name="interview",
                )
            except psycopg2.OperationalError as exc:
                raise DependencyUnavailable("The database is unreachable; please retry shortly.") from exc
        return conn

    @contextmanager
    def transaction(self) -> Iterator[Cursor]:
        """A cursor inside one transaction: committed when the block ends, rolled back if it raises."""
        conn = self._connection()
        try:
            with conn, conn.cursor() as cur:
                yield cur
        except (psycopg2.OperationalError, psycopg2.InterfaceError) as exc:
            self.close()
            raise DependencyUnavailable("The database is unreachable; please retry shortly.") from exc

    def ping(self) -> bool:
        try:
            with self.transaction() as cur:
                cur.execute("SELECT 1 AS ok")
                return cur.fetchone()["ok"] == 1
        except DependencyUnavailable:
            return False

    def close(self) -> None:
        """Close this thread's connection (the next call opens another)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None and not conn.closed:
            conn.close()
        self._local.conn = None


@lru_cache(maxsize=1)
def get_database() -> Database:
    """The container's database handle; connects on first use, not at import."""
    settings = get_settings()
    return Database(str(settings.database_url), settings.db_connect_timeout_seconds)
