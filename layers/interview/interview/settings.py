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
    tracing_enabled: bool = Field(
        default=False, description="X-Ray via Powertools Tracer; importing its SDK costs ~0.6 s of cold start."
    )

    max_body_bytes: int = Field(default=64 * 1024, ge=1024, description="Larger bodies get 413.")
    session_timeout_hours: int = Field(default=24, ge=1)
    recent_sessions_window: int = Field(
        default=5, ge=0, description="Questions from this many recent sessions are avoided at start."
    )

    # --- answer analysis -------------------------------------------------------------------
    groq_api_key: SecretStr | None = Field(default=None, description="Local runs; in AWS use groq_secret_arn.")
    groq_secret_arn: str | None = Field(default=None, description="Secrets Manager secret holding the key.")
    groq_base_url: str | None = Field(default=None, description="Another Groq endpoint (a fake one in tests).")
    groq_model: str = "llama-3.3-70b-versatile"
    groq_temperature: float = Field(default=0.3, ge=0, le=2)
    groq_max_tokens: int = Field(default=2000, ge=256, le=8000)
    groq_worker_timeout_seconds: float = Field(default=20.0, gt=0, le=120)
    groq_worker_attempts: int = Field(default=3, ge=1, le=6, description="Calls per queue delivery.")
    groq_max_retry_after_seconds: float = Field(default=20.0, ge=0, description="Longest Retry-After we wait.")
    analysis_sync_budget_ms: int = Field(default=2500, ge=100, le=25_000)
    analysis_force_queue: bool = Field(default=False, description="Send every analysis through the queue.")
    analysis_disagreement_margin: int = Field(
        default=25, ge=5, le=100, description="Groq and rubric overall scores further apart are low confidence."
    )
    analysis_queue_url: str | None = None
    analysis_dlq_url: str | None = None
    analysis_max_receives: int = Field(default=4, ge=1, le=20, description="The queue's maxReceiveCount.")
    analysis_retry_backoff_seconds: int = Field(
        default=15, ge=0, le=120, description="A failed delivery returns after this × its receive count."
    )
    analysis_stuck_after_seconds: int = Field(
        default=900, ge=30, description="Pending longer than this (past every redelivery): the sweeper re-queues."
    )
    sweeper_batch_size: int = Field(default=200, ge=1, le=5000)
    aws_endpoint_url: str | None = Field(default=None, description="Local AWS endpoint (moto) instead of AWS.")
    aws_region: str = Field(default="us-east-1", validation_alias="AWS_REGION")

    @property
    def groq_configured(self) -> bool:
        return bool(self.groq_api_key or self.groq_secret_arn)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The container's settings; validated on first use (cold start)."""
    return Settings()
