"""What template.yaml promises: the contract's error shape from API Gateway, and a safe queue set-up."""

import json
from pathlib import Path

from infra.local.routes import load_template

TEMPLATE = load_template(Path(__file__).resolve().parents[2] / "template.yaml")
RESOURCES = TEMPLATE["Resources"]


def test_gateway_errors_use_the_contract_error_shape():
    responses = RESOURCES["InterviewApi"]["Properties"]["GatewayResponses"]
    assert {"UNAUTHORIZED", "MISSING_AUTHENTICATION_TOKEN", "THROTTLED", "REQUEST_TOO_LARGE",
            "INTEGRATION_TIMEOUT", "DEFAULT_4XX", "DEFAULT_5XX"} <= set(responses)
    for name, response in responses.items():
        body = response["ResponseTemplates"]["application/json"].replace("$context.error.messageString",
                                                                          '"a message"')
        error = json.loads(body)["error"]
        assert set(error) == {"code", "message", "details"}, name
        assert error["code"] and error["details"] == []
    assert responses["UNAUTHORIZED"]["StatusCode"] == 401
    assert responses["THROTTLED"]["StatusCode"] == 429


def test_queue_visibility_is_six_times_the_worker_timeout_and_failures_are_reported_per_item():
    worker = RESOURCES["AnalysisWorkerFunction"]["Properties"]
    queue = RESOURCES["AnalysisQueue"]["Properties"]
    assert queue["VisibilityTimeout"] == 6 * worker["Timeout"]
    assert queue["RedrivePolicy"]["maxReceiveCount"] == 4
    assert queue["RedrivePolicy"]["deadLetterTargetArn"] == {"Fn::GetAtt": ["AnalysisDeadLetterQueue", "Arn"]}
    event = worker["Events"]["Analyses"]["Properties"]
    assert event["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
    env = TEMPLATE["Globals"]["Function"]["Environment"]["Variables"]
    assert env["ANALYSIS_MAX_RECEIVES"] == str(queue["RedrivePolicy"]["maxReceiveCount"])


def test_the_sync_budget_fits_inside_the_answers_function_timeout():
    budget_max_ms = TEMPLATE["Parameters"]["AnalysisSyncBudgetMs"]["MaxValue"]
    timeout = TEMPLATE["Globals"]["Function"]["Timeout"]
    assert budget_max_ms / 1000 < timeout
