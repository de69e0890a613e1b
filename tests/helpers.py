"""The one place tests build Lambda events and call handlers with them."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from infra.local.context import LambdaContext
from infra.local.events import rest_event


@dataclass
class Reply:
    status: int
    body: Any
    headers: dict[str, str]


def invoke(handler: Callable, method: str, path: str, *, user: str | None = "alice",
           body: Any = None, query: dict[str, str] | None = None,
           headers: dict[str, str] | None = None) -> Reply:
    claims = {"sub": user, "email": f"{user}@example.com", "token_use": "id"} if user else None
    event = rest_event(method, "/api/v1/interview" + path, body=body, query=query, claims=claims,
                       headers=headers)
    result = handler(event, LambdaContext(function_name="test"))
    text = result.get("body") or ""
    return Reply(result["statusCode"], json.loads(text) if text else None,
                 {k.lower(): v for k, v in (result.get("headers") or {}).items()})
