"""Logger, Tracer and Metrics: built once here, imported everywhere else."""

from collections.abc import Callable
from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit

from interview.settings import get_settings

_settings = get_settings()

logger = Logger(service=_settings.service_name, level=_settings.log_level)
metrics = Metrics(namespace=_settings.metrics_namespace, service=_settings.service_name)


class _NoTracer:
    """Stands in for Powertools' Tracer when tracing is off.

    Powertools builds its X-Ray provider even when disabled, and importing the X-Ray SDK (with
    botocore) costs about 0.6 s of every cold start on these machines; this keeps the decorators.
    """

    def capture_lambda_handler(self, handler: Callable[..., Any]) -> Callable[..., Any]:
        return handler

    def capture_method(self, method: Callable[..., Any] | None = None, **_: Any) -> Any:
        return method if method is not None else (lambda fn: fn)


if _settings.tracing_enabled:
    from aws_lambda_powertools import Tracer

    tracer: Any = Tracer(service=_settings.service_name)
else:
    tracer = _NoTracer()

__all__ = ["logger", "tracer", "metrics", "MetricUnit"]
