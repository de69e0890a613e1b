"""Domain errors. Each carries its HTTP status and stable error code; the API maps them in one place."""

from typing import Any


class DomainError(Exception):
    status_code = 400
    code = "bad_request"

    def __init__(self, message: str, *, code: str | None = None, details: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.details = details or []


class InvalidInput(DomainError):
    status_code = 400
    code = "invalid_input"


class NotFound(DomainError):
    status_code = 404
    code = "not_found"


class Unauthorized(DomainError):
    status_code = 401
    code = "unauthorized"


class Conflict(DomainError):
    status_code = 409
    code = "conflict"

    def __init__(self, message: str, *, retry_after_seconds: int | None = None, **kwargs: Any):
        super().__init__(message, **kwargs)
        self.retry_after_seconds = retry_after_seconds


class DependencyUnavailable(DomainError):
    """A backing service (database, queue) cannot be reached; callers may retry."""

    status_code = 503
    code = "service_unavailable"


class AnalysisUnavailable(Exception):
    """An analyzer could not produce a usable analysis this time; the work can be retried or queued.

    `reason` is one of timeout, rate_limited, server_error, connection, unusable_output, configuration.
    """

    def __init__(self, reason: str, message: str, *, retry_after_seconds: float | None = None):
        super().__init__(message)
        self.reason = reason
        self.retry_after_seconds = retry_after_seconds
