"""The Groq API key: from the environment locally, from Secrets Manager in AWS; fetched once per container."""

import json
from functools import lru_cache

from interview.settings import get_settings


@lru_cache(maxsize=1)
def groq_api_key() -> str | None:
    """The key, or None when Groq is not configured. Never log the value."""
    settings = get_settings()
    if settings.groq_api_key:
        return settings.groq_api_key.get_secret_value()
    if not settings.groq_secret_arn:
        return None
    from interview.aws import client  # boto3 only where a secret is used

    secret = client("secretsmanager").get_secret_value(SecretId=settings.groq_secret_arn)["SecretString"]
    # the secret is either the bare key or a JSON object holding it
    if secret.lstrip().startswith("{"):
        document = json.loads(secret)
        return document.get("GROQ_API_KEY") or document.get("api_key")
    return secret.strip()
