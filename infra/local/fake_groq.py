"""A fake Groq server on loopback: the real `groq` SDK talks to it in tests and local runs.

It answers POST /openai/v1/chat/completions like Groq does, with behaviours a test scripts one
request at a time (a delay, a status with headers, a reply that is not JSON, any JSON reply), and
records every request it received. `python -m infra.local.fake_groq --port 8100 --delay 4` runs one
for `make dev` (GROQ_BASE_URL=http://127.0.0.1:8100 GROQ_API_KEY=fake make dev).
"""

import argparse
import contextlib
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PATH = "/openai/v1/chat/completions"
_FENCE = "<<<CANDIDATE_ANSWER>>>"


@dataclass
class Behaviour:
    """What the fake does with one request."""

    delay_seconds: float = 0.0
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content: str | Callable[[dict[str, Any]], str] | None = None  # the completion's message content
    body: dict[str, Any] | None = None  # a whole response body (errors)


def answer_of(request: dict[str, Any]) -> str:
    user = next((m["content"] for m in request.get("messages", []) if m.get("role") == "user"), "")
    match = re.search(re.escape(_FENCE) + r"\n(.*)\n" + re.escape(_FENCE), user, re.S)
    return match.group(1) if match else ""


def key_points_of(request: dict[str, Any]) -> list[str]:
    system = next((m["content"] for m in request.get("messages", []) if m.get("role") == "system"), "")
    block = system.split("Key points a strong answer covers:\n", 1)[-1].split("\nModel answer", 1)[0]
    return [line[2:] for line in block.splitlines() if line.startswith("- ") and line != "- (none given)"]


def sound_reply(scores: dict[str, int] | None = None) -> Callable[[dict[str, Any]], str]:
    """A well-formed analysis whose quotes really come from the answer."""

    def build(request: dict[str, Any]) -> str:
        answer = answer_of(request)
        opening = " ".join(answer.split()[:6])
        points = key_points_of(request)
        return json.dumps({
            "scores": scores or {"relevance": 85, "completeness": 78, "clarity": 80, "technical_accuracy": 82,
                                 "communication": 84},
            "strengths": [f'Opens directly with "{opening}"', "Stays on the question throughout",
                          "Explains the reasoning behind each step"],
            "weaknesses": ["Could name a concrete trade-off", "Could close with a measured result"],
            "missing_points": points[-1:],
            "suggestions": ["Add a trade-off", "Quantify the result", "Name the tool you would use"],
            "narrative": f"A focused answer that opens with \"{opening}\". It covers most points; add a trade-off.",
            "sentiment": "positive",
            "key_points": [{"point": p, "status": "covered" if i == 0 else "partial",
                            "quote": opening if i == 0 else None} for i, p in enumerate(points)],
        })

    return build


class FakeGroq:
    """Start with `with FakeGroq() as fake:`; `fake.base_url` goes to the SDK's base_url."""

    def __init__(self, default: Behaviour | None = None, host: str = "127.0.0.1", port: int = 0):
        self.default = default or Behaviour(content=sound_reply())
        self.script: list[Behaviour] = []
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((host, port), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def then(self, *behaviours: Behaviour) -> "FakeGroq":
        with self._lock:
            self.script.extend(behaviours)
        return self

    def _next(self) -> Behaviour:
        with self._lock:
            return self.script.pop(0) if self.script else self.default

    def __enter__(self) -> "FakeGroq":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("content-length") or 0)
                request = json.loads(self.rfile.read(length) or b"{}")
                with fake._lock:
                    fake.requests.append({"path": self.path, "headers": dict(self.headers), "json": request})
                behaviour = fake._next()
                if behaviour.delay_seconds:
                    time.sleep(behaviour.delay_seconds)
                if self.path != PATH:
                    return self._send(404, {"error": {"message": "unknown path"}}, {})
                if behaviour.status != 200 or behaviour.body is not None:
                    body = behaviour.body or {"error": {"message": f"fake status {behaviour.status}",
                                                        "type": "fake_error"}}
                    return self._send(behaviour.status, body, behaviour.headers)
                content = behaviour.content(request) if callable(behaviour.content) else behaviour.content
                self._send(200, completion(request.get("model", ""), content or ""), behaviour.headers)

            def _send(self, status: int, body: dict[str, Any], headers: dict[str, str]) -> None:
                data = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (its timeout): nothing to answer

        return Handler


def completion(model: str, content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 900, "completion_tokens": 250, "total_tokens": 1150},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before every reply")
    parser.add_argument("--status", type=int, default=200, help="answer every request with this status")
    args = parser.parse_args()
    fake = FakeGroq(Behaviour(delay_seconds=args.delay, status=args.status, content=sound_reply(),
                              headers={"retry-after": "5"} if args.status == 429 else {}), port=args.port)
    with fake:
        print(f"fake Groq on {fake.base_url} (delay {args.delay}s, status {args.status}); Ctrl-C stops it")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
