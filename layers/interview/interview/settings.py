"""All configuration in one validated model, read once per container."""

from functools import lru_cache

from pydantic import Field, PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting the service reads; the environment variable is the upper-case name."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore", frozen=True)

    database_url: PostgresDsn = Field(
        default="postgresql://postgres@127.0.0.1:5432/interview",
        description="PostgreSQL DSN (RDS Proxy endpoint in AWS).",
    )
    db_connect_timeout_seconds: int = Field(default=5, ge=1, le=60)

    service_name: str = "interview"
    log_level: str = "INFO"
    metrics_namespace: str = "InterviewPractice"

    max_body_bytes: int = Field(default=64 * 1024, ge=1024, description="Larger bodies get 413.")
    session_timeout_hours: int = Field(default=24, ge=1)
    recent_sessions_window: int = Field(
        default=5, ge=0, description="Questions from this many recent sessions are avoided at start."
    )

    groq_api_key: SecretStr | None = None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The container's settings; validated on first use (cold start)."""
    return Settings()
