"""boto3 clients, built lazily once per container; pointed at a local endpoint (moto) when configured."""

from functools import lru_cache
from typing import Any

from interview.settings import get_settings


@lru_cache(maxsize=8)
def client(service: str) -> Any:
    import boto3
    from botocore.config import Config

    settings = get_settings()
    return boto3.client(
        service,
        region_name=settings.aws_region,
        endpoint_url=settings.aws_endpoint_url,
        config=Config(connect_timeout=2, read_timeout=5, retries={"max_attempts": 2, "mode": "standard"}),
    )
