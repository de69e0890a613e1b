"""Request dependencies: who the caller is (from the authorizer's claims only) and the stores."""

from functools import lru_cache
from typing import Annotated, Any

from fastapi import Depends, Request

from interview.data.repository import PostgresStore
from interview.errors import Unauthorized


def _claims(request: Request) -> dict[str, Any]:
    event = request.scope.get("aws.event") or {}
    authorizer = (event.get("requestContext") or {}).get("authorizer") or {}
    return authorizer.get("claims") or {}


def current_user(request: Request) -> str:
    """The caller's Cognito `sub`; never taken from a header, path or body."""
    sub = _claims(request).get("sub")
    if not isinstance(sub, str) or not sub.strip():
        raise Unauthorized("Sign in to use this service.")
    return sub


CurrentUser = Annotated[str, Depends(current_user)]


@lru_cache(maxsize=1)
def get_store() -> PostgresStore:
    return PostgresStore()


Store = Annotated[PostgresStore, Depends(get_store)]
