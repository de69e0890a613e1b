"""The analysis queue port and its SQS adapter. A message names one answer to analyse."""

import contextlib
import json
from datetime import UTC, datetime
from typing import Any, Protocol

from interview.errors import DependencyUnavailable
from interview.settings import get_settings

SQS_MAX_DELAY_SECONDS = 900


class AnalysisQueue(Protocol):
    def send(self, answer_id: int, *, delay_seconds: int = 0) -> None: ...


def message_body(answer_id: int) -> str:
    return json.dumps({"answer_id": answer_id, "enqueued_at": datetime.now(UTC).isoformat()})


def parse_message(body: str) -> int:
    """The answer id in a message body; ValueError when the message is not one of ours."""
    document = json.loads(body)
    answer_id = document.get("answer_id") if isinstance(document, dict) else None
    if not isinstance(answer_id, int) or isinstance(answer_id, bool) or answer_id < 1:
        raise ValueError("message has no positive integer answer_id")
    return answer_id


class SqsAnalysisQueue:
    def __init__(self, queue_url: str, client: Any = None, *, dlq_url: str | None = None):
        self._queue_url = queue_url
        self._client = client
        self._dlq_url = dlq_url

    def _sqs(self) -> Any:
        if self._client is None:
            from interview.aws import client

            self._client = client("sqs")
        return self._client

    def send(self, answer_id: int, *, delay_seconds: int = 0) -> None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self._sqs().send_message(
                QueueUrl=self._queue_url,
                MessageBody=message_body(answer_id),
                DelaySeconds=max(0, min(SQS_MAX_DELAY_SECONDS, int(delay_seconds))),
            )
        except (BotoCoreError, ClientError) as exc:
            raise DependencyUnavailable("The analysis queue is unavailable.") from exc

    def delay_redelivery(self, receipt_handle: str, seconds: int) -> None:
        """Keep a received message invisible for `seconds` (e.g. a Retry-After) before it comes back."""
        from botocore.exceptions import BotoCoreError, ClientError

        # if this fails the message simply comes back after its usual visibility timeout
        with contextlib.suppress(BotoCoreError, ClientError):
            self._sqs().change_message_visibility(QueueUrl=self._queue_url, ReceiptHandle=receipt_handle,
                                                  VisibilityTimeout=max(0, min(43_200, int(seconds))))

    def dead_letter(self, body: str, message_id: str) -> None:
        """Park a message that can never be processed on the dead-letter queue."""
        if not self._dlq_url:
            raise ValueError("no dead-letter queue configured")  # fail the message: redrive parks it
        self._sqs().send_message(QueueUrl=self._dlq_url, MessageBody=body,
                                 MessageAttributes={"original_message_id": {"DataType": "String",
                                                                            "StringValue": message_id}})


def configured_queue() -> SqsAnalysisQueue | None:
    settings = get_settings()
    url = settings.analysis_queue_url
    return SqsAnalysisQueue(url, dlq_url=settings.analysis_dlq_url) if url else None
