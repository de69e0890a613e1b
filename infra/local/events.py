"""The one builder of API Gateway REST (v1) proxy events, shared by the local gateway, the sample
events and the tests, so that every handler sees the same shape it gets from AWS."""

import base64
import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

ACCOUNT_ID = "123456789012"
API_ID = "localapi01"

# API Gateway renders numeric date claims the way Java's Date.toString() does.
_DATE_CLAIMS = frozenset({"iat", "exp", "auth_time"})
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

Values = str | Sequence[str]


def rest_event(
    method: str,
    path: str,
    *,
    resource: str | None = None,
    path_parameters: Mapping[str, str] | None = None,
    query: Mapping[str, Values] | None = None,
    headers: Mapping[str, Values] | None = None,
    body: str | bytes | Mapping[str, Any] | None = None,
    claims: Mapping[str, Any] | None = None,
    stage: str = "local",
    source_ip: str = "127.0.0.1",
    request_id: str | None = None,
    request_time: datetime | None = None,
) -> dict[str, Any]:
    """A REST v1 proxy event for `method path`; `resource` is the route's path template.

    Dict bodies are JSON-encoded; bytes that are not UTF-8 are base64-encoded as API Gateway does.
    Claims become `requestContext.authorizer.claims`, every value a string. When `headers` is None
    a realistic set is used; when given, it is used as is (plus Content-Type for a dict body).
    """
    method = method.upper()
    resource = resource or path
    request_id = request_id or str(uuid.uuid4())
    when = request_time or datetime.now(UTC)
    body_text, is_base64 = _encode_body(body)
    multi_headers = _multi(headers if headers is not None else _default_headers(source_ip))
    if isinstance(body, Mapping) and not _has_header(multi_headers, "content-type"):
        multi_headers["Content-Type"] = ["application/json"]
    multi_query = _multi(query or {})
    user_agent = _first_header(multi_headers, "user-agent")

    request_context: dict[str, Any] = {
        "resourceId": _resource_id(resource),
        "resourcePath": resource,
        "httpMethod": method,
        "extendedRequestId": request_id[:8] + "=",
        "requestTime": when.strftime("%d/") + _MONTHS[when.month - 1] + when.strftime("/%Y:%H:%M:%S +0000"),
        "path": f"/{stage}{path}",
        "accountId": ACCOUNT_ID,
        "protocol": "HTTP/1.1",
        "stage": stage,
        "domainPrefix": API_ID,
        "requestTimeEpoch": int(when.timestamp() * 1000),
        "requestId": request_id,
        "identity": _identity(source_ip, user_agent),
        "domainName": _domain_name(_first_header(multi_headers, "host")),
        "apiId": API_ID,
    }
    if claims is not None:
        request_context["authorizer"] = {"claims": event_claims(claims)}

    return {
        "resource": resource,
        "path": path,
        "httpMethod": method,
        "headers": {name: values[-1] for name, values in multi_headers.items()} or None,
        "multiValueHeaders": multi_headers or None,
        "queryStringParameters": {name: values[-1] for name, values in multi_query.items()} or None,
        "multiValueQueryStringParameters": multi_query or None,
        "pathParameters": dict(path_parameters) if path_parameters else None,
        "stageVariables": None,
        "requestContext": request_context,
        "body": body_text,
        "isBase64Encoded": is_base64,
    }


def event_claims(claims: Mapping[str, Any]) -> dict[str, str]:
    """Claims as the Cognito authorizer hands them over: all strings, lists comma-joined."""
    return {name: _claim_text(name, value) for name, value in claims.items()}


def _claim_text(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if name in _DATE_CLAIMS and isinstance(value, int | float):
        return _java_date(int(value))
    if isinstance(value, list | tuple):
        return ",".join(str(item) for item in value)
    return str(value)


def _java_date(epoch_seconds: int) -> str:
    when = datetime.fromtimestamp(epoch_seconds, UTC)
    return f"{_DAYS[when.weekday()]} {_MONTHS[when.month - 1]} {when:%d %H:%M:%S} UTC {when.year}"


def _encode_body(body: str | bytes | Mapping[str, Any] | None) -> tuple[str | None, bool]:
    if body is None:
        return None, False
    if isinstance(body, Mapping):
        return json.dumps(body), False
    if isinstance(body, bytes):
        try:
            return body.decode("utf-8"), False
        except UnicodeDecodeError:
            return base64.b64encode(body).decode("ascii"), True
    return body, False


def _multi(values: Mapping[str, Values]) -> dict[str, list[str]]:
    return {name: [value] if isinstance(value, str) else list(value) for name, value in values.items()}


def _has_header(headers: Mapping[str, list[str]], name: str) -> bool:
    return any(key.lower() == name for key in headers)


def _first_header(headers: Mapping[str, list[str]], name: str) -> str | None:
    return next((values[0] for key, values in headers.items() if key.lower() == name and values), None)


def _default_headers(source_ip: str) -> dict[str, str]:
    return {
        "Accept": "application/json",
        "Host": "127.0.0.1:8000",
        "User-Agent": "curl/8.5.0",
        "X-Forwarded-For": source_ip,
        "X-Forwarded-Port": "8000",
        "X-Forwarded-Proto": "http",
    }


def _domain_name(host: str | None) -> str:
    if not host:
        return f"{API_ID}.execute-api.local"
    name, colon, port = host.rpartition(":")
    return name if colon and port.isdigit() else host


def _identity(source_ip: str, user_agent: str | None) -> dict[str, str | None]:
    # API Gateway always sends every identity field; the ones IAM would fill are null here.
    fields = (
        "cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller", "principalOrgId",
        "accessKey", "cognitoAuthenticationType", "cognitoAuthenticationProvider", "userArn", "user",
    )  # fmt: skip
    identity: dict[str, str | None] = dict.fromkeys(fields)
    identity["sourceIp"] = source_ip
    identity["userAgent"] = user_agent
    return identity


def _resource_id(resource: str) -> str:
    # Stable per route, like the id API Gateway gives each resource.
    return uuid.uuid5(uuid.NAMESPACE_URL, resource).hex[:6]


def sqs_event(messages: Sequence[Mapping[str, Any]], queue_arn: str) -> dict[str, Any]:
    """An SQS event for Lambda from messages as `receive_message` returns them (AttributeNames=All)."""
    records = []
    for message in messages:
        attributes = dict(message.get("Attributes") or {})
        attributes.setdefault("ApproximateReceiveCount", "1")
        attributes.setdefault("SentTimestamp", str(int(datetime.now(UTC).timestamp() * 1000)))
        attributes.setdefault("ApproximateFirstReceiveTimestamp", attributes["SentTimestamp"])
        attributes.setdefault("SenderId", ACCOUNT_ID)
        records.append({
            "messageId": message.get("MessageId") or str(uuid.uuid4()),
            "receiptHandle": message.get("ReceiptHandle") or str(uuid.uuid4()),
            "body": message["Body"],
            "attributes": attributes,
            "messageAttributes": message.get("MessageAttributes") or {},
            "md5OfBody": message.get("MD5OfBody") or "",
            "eventSource": "aws:sqs",
            "eventSourceARN": queue_arn,
            "awsRegion": queue_arn.split(":")[3] if queue_arn.count(":") >= 5 else "us-east-1",
        })
    return {"Records": records}


def scheduled_event(rule: str = "sweeper") -> dict[str, Any]:
    """An EventBridge scheduled event, as a schedule delivers it to the sweeper."""
    return {
        "version": "0",
        "id": str(uuid.uuid4()),
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "account": ACCOUNT_ID,
        "time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "region": "us-east-1",
        "resources": [f"arn:aws:events:us-east-1:{ACCOUNT_ID}:rule/{rule}"],
        "detail": {},
    }
