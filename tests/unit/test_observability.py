"""Tracing is opt-in: off, no X-Ray SDK is imported (cold start); on, Powertools' Tracer is used."""

import subprocess
import sys


def imported_after(env_value: str) -> str:
    code = ("import sys, interview.observability as o; "
            "print(type(o.tracer).__name__, 'aws_xray_sdk' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "TRACING_ENABLED": env_value,
                               "POWERTOOLS_TRACE_DISABLED": "true"})
    return done.stdout.strip()


def test_tracing_off_imports_no_xray_sdk():
    assert imported_after("false") == "_NoTracer False"


def test_tracing_on_uses_powertools_tracer():
    assert imported_after("true") == "Tracer True"


def test_the_stand_in_keeps_decorated_functions_working():
    from interview.observability import _NoTracer

    tracer = _NoTracer()

    @tracer.capture_lambda_handler
    def handler(event, context):
        return event["x"] * 2

    @tracer.capture_method
    def plain(x):
        return x + 1

    @tracer.capture_method(capture_response=False)
    def configured(x):
        return x - 1

    assert handler({"x": 4}, None) == 8 and plain(1) == 2 and configured(1) == 0
