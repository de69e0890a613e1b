"""The Groq key: Secrets Manager in AWS (fetched once per container), the environment locally; never logged."""

import json
import logging

import boto3
import pytest
from moto import mock_aws

from infra.local.fake_groq import Behaviour, FakeGroq
from interview import secrets
from interview.analysis import engines
from interview.analysis.model import QuestionContext
from interview.errors import AnalysisUnavailable
from interview.settings import Settings

KEY = "gsk_test_0123456789abcdefSECRET"
QUESTION = QuestionContext(question_text="What is an index?", question_type="technical",
                           key_points=("speeds up lookups", "costs writes"), sample_answer="An index ...")


@pytest.fixture
def settings(monkeypatch):
    """Point the cached settings at a fresh instance for this test, and forget cached clients."""
    def use(**values):
        fresh = Settings(**values)
        monkeypatch.setattr(secrets, "get_settings", lambda: fresh)
        monkeypatch.setattr(engines, "get_settings", lambda: fresh)
        secrets.groq_api_key.cache_clear()
        engines.groq_client.cache_clear()
        return fresh

    yield use
    secrets.groq_api_key.cache_clear()
    engines.groq_client.cache_clear()


@pytest.fixture
def aws(monkeypatch):
    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                        "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(name, value)
    from interview import aws as aws_clients

    aws_clients.client.cache_clear()
    with mock_aws():
        yield boto3.client("secretsmanager", region_name="us-east-1")
    aws_clients.client.cache_clear()


@pytest.mark.parametrize("stored", [KEY, json.dumps({"GROQ_API_KEY": KEY})])
def test_the_key_comes_from_secrets_manager_once_per_container(aws, settings, stored):
    arn = aws.create_secret(Name="interview/groq", SecretString=stored)["ARN"]
    settings(groq_secret_arn=arn)
    assert secrets.groq_api_key() == KEY
    aws.put_secret_value(SecretId=arn, SecretString="rotated")  # cached: no second call per invocation
    assert secrets.groq_api_key() == KEY


def test_without_key_or_secret_groq_is_off(settings):
    settings()
    assert secrets.groq_api_key() is None
    assert engines.groq_analyzer(2.0) is None


def test_the_key_is_sent_to_groq_and_never_logged(settings, caplog, capsys):
    with FakeGroq() as fake:
        fake.then(Behaviour(status=429, headers={"retry-after": "3"}))
        settings(groq_api_key=KEY, groq_base_url=fake.base_url)
        analyzer = engines.groq_analyzer(2.0)
        with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, logger="interview"):
            with pytest.raises(AnalysisUnavailable) as refused:  # the 429 becomes a domain error
                analyzer.analyze(QUESTION, "An index speeds up lookups but every write must update it.")
            assert refused.value.retry_after_seconds == 3
            analysis = analyzer.analyze(QUESTION, "An index speeds up lookups but every write must update it.")
    assert analysis.source == "groq"
    assert fake.requests[-1]["headers"]["Authorization"] == f"Bearer {KEY}"
    printed = capsys.readouterr()
    assert KEY not in caplog.text and KEY not in printed.out and KEY not in printed.err
    assert KEY not in repr(Settings(groq_api_key=KEY))
