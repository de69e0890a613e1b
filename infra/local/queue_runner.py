"""The analysis queue on one machine: moto's SQS on loopback, a poller that hands batches to the
worker function as SQS events (deleting what succeeded, as Lambda's event source mapping does), and
the sweeper on a timer, as its schedule would run it."""

import json
import logging
import os
import socket
import threading
from pathlib import Path
from typing import Any

from infra.local.events import scheduled_event, sqs_event
from infra.local.gateway import FunctionHost
from infra.local.routes import Route, event_routes

log = logging.getLogger("infra.local.queue")
QUEUE_NAME, DLQ_NAME = "interview-analysis", "interview-analysis-dlq"
FAKE_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "local", "AWS_SECRET_ACCESS_KEY": "local", "AWS_REGION": "us-east-1",
                    "AWS_DEFAULT_REGION": "us-east-1"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def background_functions(template_path: Path) -> dict[str, Route]:
    """The template's SQS- and schedule-triggered functions, keyed by event type."""
    return {kind: route for kind in ("SQS", "Schedule") for route in event_routes(template_path, kind)}


class LocalQueue:
    def __init__(self, template_path: Path, *, max_receives: int = 4, visibility_seconds: int = 30,
                 sweep_every_seconds: float = 60.0):
        self._template = Path(template_path)
        self._max_receives = max_receives
        self._visibility = visibility_seconds
        self._sweep_every = sweep_every_seconds
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._server: Any = None
        self._hosts: list[FunctionHost] = []
        self.queue_url = self.dlq_url = ""

    def start(self) -> "LocalQueue":
        """Start moto and the queues; set the environment the functions read (before they load)."""
        import boto3
        from moto.server import ThreadedMotoServer

        port = _free_port()
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
        self._server.start()
        endpoint = f"http://127.0.0.1:{port}"
        for name, value in FAKE_CREDENTIALS.items():
            os.environ.setdefault(name, value)
        self._sqs = boto3.client("sqs", endpoint_url=endpoint, region_name="us-east-1")
        self.dlq_url = self._sqs.create_queue(QueueName=DLQ_NAME)["QueueUrl"]
        dlq_arn = self._sqs.get_queue_attributes(QueueUrl=self.dlq_url, AttributeNames=["QueueArn"])
        self.queue_url = self._sqs.create_queue(QueueName=QUEUE_NAME, Attributes={
            "VisibilityTimeout": str(self._visibility),
            "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn["Attributes"]["QueueArn"],
                                         "maxReceiveCount": str(self._max_receives)}),
        })["QueueUrl"]
        self._arn = self._sqs.get_queue_attributes(QueueUrl=self.queue_url,
                                                   AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        os.environ.update(AWS_ENDPOINT_URL=endpoint, ANALYSIS_QUEUE_URL=self.queue_url,
                          ANALYSIS_DLQ_URL=self.dlq_url, ANALYSIS_MAX_RECEIVES=str(self._max_receives))
        functions = background_functions(self._template)
        if "SQS" in functions:
            self._spawn(self._poll, FunctionHost(functions["SQS"], "lambda_analysis_worker_app"))
        if "Schedule" in functions:
            self._spawn(self._sweep, FunctionHost(functions["Schedule"], "lambda_sweeper_app"))
        log.info("local SQS on %s: %s", endpoint, self.queue_url)
        return self

    def _spawn(self, loop: Any, host: FunctionHost) -> None:
        self._hosts.append(host)
        thread = threading.Thread(target=loop, args=(host,), daemon=True, name=f"local-{host.function_id}")
        thread.start()
        self._threads.append(thread)

    def _poll(self, worker: FunctionHost) -> None:
        while not self._stop.is_set():
            try:
                got = self._sqs.receive_message(QueueUrl=self.queue_url, MaxNumberOfMessages=5, WaitTimeSeconds=1,
                                                AttributeNames=["All"], MessageAttributeNames=["All"])
                messages = got.get("Messages", [])
                if not messages:
                    continue
                result = worker.invoke(sqs_event(messages, self._arn))
                failed = {f["itemIdentifier"] for f in (result or {}).get("batchItemFailures", [])}
                for message in messages:
                    if message["MessageId"] not in failed:
                        self._sqs.delete_message(QueueUrl=self.queue_url, ReceiptHandle=message["ReceiptHandle"])
                log.info("worker took %d message(s), %d to retry", len(messages), len(failed))
            except Exception:  # keep polling: a local run should survive a bad batch
                if not self._stop.is_set():
                    log.exception("local worker poll failed")
                    self._stop.wait(1)

    def _sweep(self, sweeper: FunctionHost) -> None:
        while not self._stop.wait(self._sweep_every):
            try:
                log.info("sweeper: %s", sweeper.invoke(scheduled_event("interview-sweeper")))
            except Exception:
                log.exception("local sweeper failed")

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        for host in self._hosts:
            host.close()
        if self._server is not None:
            self._server.stop()
