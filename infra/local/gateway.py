"""A local API Gateway: routes HTTP requests as template.yaml declares, authorizes them like the
Cognito authorizer, and invokes each function's handler with a REST v1 event, one event at a time."""

import argparse
import asyncio
import base64
import importlib.util
import json
import logging
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import parse_qsl

from infra.local import auth
from infra.local.context import for_function
from infra.local.events import rest_event
from infra.local.routes import Route, RouteTable, environment, layer_dirs, load_routes

log = logging.getLogger("infra.local.gateway")

DEFAULT_TEMPLATE = auth.REPO_ROOT / "template.yaml"
MAX_BODY_BYTES = 10 * 1024 * 1024  # API Gateway's payload limit
_HOP_BY_HOP = frozenset({"content-length", "transfer-encoding", "connection", "keep-alive"})
_IMPORT_LOCK = threading.Lock()

Handler = Callable[[dict[str, Any], Any], Any]
Verifier = Callable[[str], Mapping[str, Any]]


@dataclass(frozen=True)
class Request:
    method: str
    target: str  # path and query string, as on the request line
    headers: Sequence[tuple[str, str]] = ()
    body: bytes = b""
    source_ip: str = "127.0.0.1"


@dataclass(frozen=True)
class Response:
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    function_id: str = "-"


class FunctionHost:
    """One warm container of one function: a single thread imports its handler once, then runs
    its events one at a time, as Lambda's runtime does on its main thread."""

    def __init__(self, route: Route, module_name: str):
        self.function_id = route.function_id
        self.module_name = module_name
        self.memory_mb = route.memory_mb
        self.timeout_seconds = route.timeout_seconds
        module, _, self._function = route.handler.rpartition(".")
        self._code_dir = route.code_dir
        self._module_path = route.code_dir / (module.replace(".", "/") + ".py")
        self._handler: Handler | None = None
        # One thread, not a lock: Mangum binds an asyncio loop to the thread that imports the
        # module, so import and every invocation must happen on the same thread.
        self._runtime = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=f"lambda-{route.function_id}", initializer=_new_event_loop
        )

    def invoke(self, event: dict[str, Any]) -> Any:
        return self._runtime.submit(self._run, event).result()

    def close(self) -> None:
        self._runtime.shutdown(wait=False, cancel_futures=True)

    def _run(self, event: dict[str, Any]) -> Any:
        handler = self._handler or self._load()
        context = for_function(self.function_id, memory_mb=self.memory_mb, timeout_seconds=self.timeout_seconds)
        return handler(event, context)

    def _load(self) -> Handler:
        """Import the handler module under its own name: every function calls its module app.py."""
        spec = importlib.util.spec_from_file_location(self.module_name, self._module_path)
        if spec is None or spec.loader is None:
            raise ImportError(f"Cannot load {self._module_path} for {self.function_id}.")
        module = importlib.util.module_from_spec(spec)
        with _IMPORT_LOCK:
            # In Lambda the code folder is on sys.path, so app.py may import its sibling modules.
            sys.path.insert(0, str(self._code_dir))
            sys.modules[self.module_name] = module
            try:
                spec.loader.exec_module(module)
            except BaseException:
                del sys.modules[self.module_name]  # a later request retries the cold start
                raise
            finally:
                sys.path.remove(str(self._code_dir))
        self._handler = getattr(module, self._function)
        return self._handler


class LocalGateway:
    """Turns one HTTP request into at most one function invocation, as API Gateway does."""

    def __init__(self, routes: Sequence[Route], verify: Verifier, *, stage: str = "local"):
        self.table = RouteTable(tuple(routes))
        self.hosts = _hosts(routes)
        self.stage = stage
        self._verify = verify

    def close(self) -> None:
        for host in self.hosts.values():
            host.close()

    def handle(self, request: Request) -> Response:
        path, _, query = request.target.partition("?")
        found = self.table.match(request.method, path)
        if found is None:
            return error_response(404, "not_found", f"No route for {request.method} {path}.")
        route = found.route
        claims = None
        if route.needs_auth:
            try:
                claims = self._verify(auth.bearer_token(_header(request.headers, "authorization")))
            except auth.InvalidToken as problem:
                return error_response(401, "unauthorized", f"Missing or invalid token: {problem}")
        event = rest_event(
            request.method,
            path,
            resource=route.path,
            path_parameters=found.path_parameters,
            query=_query(query),
            headers=_forwarded(request),
            body=request.body or None,
            claims=claims,
            stage=self.stage,
            source_ip=request.source_ip,
        )
        return self._invoke(route, event)

    def _invoke(self, route: Route, event: dict[str, Any]) -> Response:
        host = self.hosts[route.function_id]
        started = time.monotonic()
        try:
            result = host.invoke(event)
        except Exception:
            log.exception("%s raised while handling %s %s", route.function_id, event["httpMethod"], event["path"])
            return error_response(502, "bad_gateway", "The function failed; see the gateway log.", route.function_id)
        if time.monotonic() - started > route.timeout_seconds:
            log.warning(
                "%s ran past its %d s timeout: Lambda would have stopped it",
                route.function_id,
                route.timeout_seconds,
            )
        response = proxy_response(result, route.function_id)
        response.headers.append(("x-amzn-RequestId", event["requestContext"]["requestId"]))
        return response


def proxy_response(result: Any, function_id: str = "-") -> Response:
    """The HTTP response API Gateway makes of a Lambda proxy result (502 if it is malformed)."""
    status = result.get("statusCode") if isinstance(result, Mapping) else None
    if not (isinstance(status, int) or (isinstance(status, str) and status.isdigit())):
        log.error("%s returned no proxy response (statusCode missing): %.200r", function_id, result)
        return error_response(502, "bad_gateway", "The function returned a malformed response.", function_id)
    body = result.get("body") or ""
    payload = base64.b64decode(body) if result.get("isBase64Encoded") else str(body).encode("utf-8")
    headers = merge_headers(result.get("headers") or {}, result.get("multiValueHeaders") or {})
    return Response(int(status), headers, payload, function_id)


def merge_headers(single: Mapping[str, Any], multi: Mapping[str, Iterable[Any]]) -> list[tuple[str, str]]:
    """API Gateway's merge: every multiValueHeaders value, plus headers' values not already there."""
    merged = [(name, str(value)) for name, values in multi.items() for value in values]
    seen = {(name.lower(), value) for name, value in merged}
    merged += [(name, str(value)) for name, value in single.items() if (name.lower(), str(value)) not in seen]
    # The gateway frames the body itself; the function's framing headers no longer apply.
    return [(name, value) for name, value in merged if name.lower() not in _HOP_BY_HOP]


def error_response(status: int, code: str, message: str, function_id: str = "-") -> Response:
    """A response the gateway makes itself, in the API's error shape."""
    body = json.dumps({"error": {"code": code, "message": message, "details": []}}).encode()
    return Response(status, [("Content-Type", "application/json")], body, function_id)


def _hosts(routes: Sequence[Route]) -> dict[str, FunctionHost]:
    hosts: dict[str, FunctionHost] = {}
    taken: set[str] = set()
    for route in routes:
        if route.function_id in hosts:
            continue
        name = module_name(route)
        if name in taken:  # two functions share a code folder: keep their modules apart anyway
            name = f"{name}_{_slug(route.function_id)}"
        taken.add(name)
        hosts[route.function_id] = FunctionHost(route, name)
    return hosts


def module_name(route: Route) -> str:
    """The sys.modules name of a function's handler module, e.g. lambda_sessions_app."""
    module = route.handler.rpartition(".")[0]
    return f"lambda_{_slug(route.code_dir.name)}_{_slug(module)}"


def _new_event_loop() -> None:
    # Lambda's main thread always has an event loop; a fresh worker thread does not.
    asyncio.set_event_loop(asyncio.new_event_loop())


def _slug(text: str) -> str:
    return re.sub(r"\W", "_", text).lower()


def _header(headers: Iterable[tuple[str, str]], name: str) -> str | None:
    return next((value for key, value in headers if key.lower() == name), None)


def _query(query: str) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        values.setdefault(name, []).append(value)
    return values


def _forwarded(request: Request) -> dict[str, list[str]]:
    """The request's headers plus the X-Forwarded-* ones API Gateway adds."""
    headers: dict[str, list[str]] = {}
    for name, value in request.headers:
        headers.setdefault(name, []).append(value)
    host = _header(request.headers, "host") or ""
    port = host.rpartition(":")[2] if ":" in host else "80"
    added = {"X-Forwarded-For": request.source_ip, "X-Forwarded-Port": port, "X-Forwarded-Proto": "http"}
    for name, value in added.items():
        if _header(request.headers, name.lower()) is None:
            headers[name] = [value]
    return headers


class _RequestHandler(BaseHTTPRequestHandler):
    """Adapts http.server to LocalGateway.handle and logs one line per request."""

    server: "GatewayServer"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._relay()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = do_GET

    def _relay(self) -> None:
        started = time.perf_counter()
        response = self._read_and_handle()
        elapsed_ms = (time.perf_counter() - started) * 1000
        # logged before the reply goes out, so a client that has its answer finds the line written
        log.info("%s %s %d %.0fms %s", self.command, self.path, response.status, elapsed_ms, response.function_id)
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def _read_and_handle(self) -> Response:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.close_connection = True
            return error_response(400, "bad_request", "Invalid Content-Length.")
        if length > MAX_BODY_BYTES:
            self.close_connection = True  # the unread body must not be taken for the next request
            return error_response(413, "payload_too_large", "The request body is larger than 10 MB.")
        request = Request(
            method=self.command,
            target=self.path,
            headers=list(self.headers.items()),
            body=self.rfile.read(length) if length else b"",
            source_ip=self.client_address[0],
        )
        return self.server.gateway.handle(request)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # _relay logs each request once, with its timing


class GatewayServer(ThreadingHTTPServer):
    daemon_threads = True  # an idle keep-alive connection must not hold up shutdown
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], gateway: LocalGateway):
        super().__init__(address, _RequestHandler)
        self.gateway = gateway


@dataclass
class RunningGateway:
    server: GatewayServer
    thread: threading.Thread

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        """Stop accepting, finish the accept loop, close the socket."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()
        self.server.gateway.close()


def start(
    host: str = "127.0.0.1",
    port: int = 8000,
    template_path: Path | str = DEFAULT_TEMPLATE,
    *,
    verify: Verifier | None = None,
    stage: str = "local",
) -> RunningGateway:
    """Serve in a background thread; port 0 picks a free port (see .url)."""
    prepare_process(Path(template_path))
    gateway = LocalGateway(load_routes(Path(template_path)), verify or auth.verify, stage=stage)
    server = GatewayServer((host, port), gateway)
    # A short poll interval makes stop() quick; the accept loop is otherwise idle.
    thread = threading.Thread(target=server.serve_forever, args=(0.1,), name="local-gateway", daemon=True)
    thread.start()
    return RunningGateway(server, thread)


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    template_path: Path | str = DEFAULT_TEMPLATE,
    *,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve until SIGINT (Ctrl-C) or SIGTERM, then shut down cleanly. Call from the main thread.

    `on_ready` gets the base URL once the port is bound.
    """
    running = start(host, port, template_path)
    log.info("local gateway listening on %s (template %s)", running.url, template_path)
    if on_ready is not None:
        on_ready(running.url)
    try:
        _wait_for_signal()
    finally:
        running.stop()
        log.info("local gateway stopped")


def prepare_process(template_path: Path) -> None:
    """What Lambda gives every function: the template's environment and the layers on sys.path.

    Variables already set win, so DATABASE_URL from `dev` or the shell is kept.
    """
    os.environ.setdefault("AWS_SAM_LOCAL", "true")  # as `sam local` sets it; Powertools skips X-Ray
    for name, value in environment(template_path).items():
        os.environ.setdefault(name, value)
    for root in layer_dirs(template_path):
        if str(root) not in sys.path:
            sys.path.append(str(root))


def _wait_for_signal() -> None:
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        log.info("received %s, shutting down", signal.Signals(signum).name)
        stop.set()

    previous = {signum: signal.signal(signum, request_stop) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stop.wait(0.5):
            pass
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the functions of template.yaml behind a local gateway.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--template", default=str(DEFAULT_TEMPLATE))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    serve(args.host, args.port, args.template)


if __name__ == "__main__":
    main()
