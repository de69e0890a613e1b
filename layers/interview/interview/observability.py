"""Logger, Tracer and Metrics: built once here, imported everywhere else."""

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit

from interview.settings import get_settings

_settings = get_settings()

logger = Logger(service=_settings.service_name, level=_settings.log_level)
tracer = Tracer(service=_settings.service_name)
metrics = Metrics(namespace=_settings.metrics_namespace, service=_settings.service_name)

__all__ = ["logger", "tracer", "metrics", "MetricUnit"]
