"""Builds a function's FastAPI app: the routers, the error mapping and the body-size limit."""

from fastapi import APIRouter, FastAPI, Request
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

from interview.api.errors import OTHER_ERRORS, error_response, install_error_handlers
from interview.settings import get_settings

API_PREFIX = "/api/v1/interview"


class BodyLimit(BaseHTTPMiddleware):
    """Refuse bodies over the limit with 413 before anything parses them."""

    def __init__(self, app, max_bytes: int):
        super().__init__(app)
        self._max = max_bytes

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self._max:
            return self._too_large()
        if request.method in ("POST", "PUT", "PATCH") and len(await request.body()) > self._max:
            return self._too_large()
        return await call_next(request)

    def _too_large(self) -> Response:
        return error_response(413, "payload_too_large", f"The request body is larger than {self._max} bytes.")


def create_app(*routers: APIRouter, title: str) -> FastAPI:
    app = FastAPI(title=title, version="1.0.0", docs_url=f"{API_PREFIX}/docs",
                  openapi_url=f"{API_PREFIX}/openapi.json", redoc_url=None)
    for router in routers:
        app.include_router(router, prefix=API_PREFIX, responses=OTHER_ERRORS)
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=get_settings().max_body_bytes)
    return app
