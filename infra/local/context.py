"""A Lambda context object for local invocations: every attribute Powertools and Mangum read."""

import time
import uuid
from dataclasses import dataclass, field
from typing import Any

REGION = "us-east-1"
ACCOUNT_ID = "123456789012"


@dataclass
class LambdaContext:
    """What the Python runtime passes as `context`; the deadline starts when the object is made."""

    function_name: str
    function_version: str = "$LATEST"
    memory_limit_in_mb: int = 512
    timeout_seconds: int = 15
    invoked_function_arn: str = ""
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    log_group_name: str = ""
    log_stream_name: str = ""
    identity: Any = None
    client_context: Any = None
    _deadline: float = field(default=0.0, repr=False)

    def __post_init__(self) -> None:
        if not self.invoked_function_arn:
            self.invoked_function_arn = f"arn:aws:lambda:{REGION}:{ACCOUNT_ID}:function:{self.function_name}"
        if not self.log_group_name:
            self.log_group_name = f"/aws/lambda/{self.function_name}"
        if not self.log_stream_name:
            self.log_stream_name = f"{time.strftime('%Y/%m/%d')}/[$LATEST]{uuid.uuid4().hex}"
        if not self._deadline:
            self._deadline = time.monotonic() + self.timeout_seconds

    def get_remaining_time_in_millis(self) -> int:
        """Milliseconds left before the function's timeout, never negative."""
        return max(0, int((self._deadline - time.monotonic()) * 1000))


def for_function(name: str, *, memory_mb: int = 512, timeout_seconds: int = 15) -> LambdaContext:
    """A fresh context (new request id, full time budget) for one invocation of `name`."""
    return LambdaContext(function_name=name, memory_limit_in_mb=memory_mb, timeout_seconds=timeout_seconds)
