"""Health, options and browsing the question bank."""

from tests.helpers import invoke


def test_health_needs_no_sign_in_and_checks_the_database(catalog):
    reply = invoke(catalog, "GET", "/health", user=None)
    assert reply.status == 200
    assert reply.body == {"status": "ok", "database": "ok"}


def test_health_reports_an_unreachable_database(catalog, monkeypatch):
    from interview.api.deps import get_store
    from interview.data.db import Database

    store = get_store()
    monkeypatch.setattr(store, "_database", Database("postgresql://nobody@127.0.0.1:1/none", 1))
    reply = invoke(catalog, "GET", "/health", user=None)
    assert reply.status == 503
    assert reply.body == {"status": "degraded", "database": "unreachable"}


def test_options_list_what_a_session_can_be(catalog):
    body = invoke(catalog, "GET", "/options").body
    assert [t["value"] for t in body["session_types"]] == ["technical", "behavioral", "mixed", "job-specific"]
    assert [d["value"] for d in body["difficulty_levels"]] == ["junior", "mid", "senior"]
    assert len(body["job_roles"]) == 10 and "UI/UX Designer" in body["job_roles"]
    assert body["limits"]["max_questions"] == 20


def test_browse_filters_and_pages(catalog):
    everything = invoke(catalog, "GET", "/questions", query={"limit": "100"}).body
    assert everything["total"] >= 150 and len(everything["questions"]) == 100
    junior_tech = invoke(catalog, "GET", "/questions",
                         query={"difficulty": "junior", "question_type": "technical", "limit": "5"}).body
    assert junior_tech["page_size"] == 5 and len(junior_tech["questions"]) == 5
    assert {(q["difficulty"], q["question_type"]) for q in junior_tech["questions"]} == {("junior", "technical")}
    second = invoke(catalog, "GET", "/questions", query={"difficulty": "junior", "question_type": "technical",
                                                         "limit": "5", "skip": "5"}).body
    assert second["page"] == 2 and second["total"] == junior_tech["total"]
    assert not {q["id"] for q in second["questions"]} & {q["id"] for q in junior_tech["questions"]}
    designers = invoke(catalog, "GET", "/questions", query={"job_role": "UI/UX Designer", "limit": "100"}).body
    assert designers["questions"]
    assert all("UI/UX Designer" in q["job_roles"] or q["job_roles"] == [] for q in designers["questions"])
    sql = invoke(catalog, "GET", "/questions", query={"q": "index"}).body
    assert sql["total"] >= 1
    assert all("index" in (q["question_text"] + " ".join(q["tags"])).lower() for q in sql["questions"])
    nothing = invoke(catalog, "GET", "/questions", query={"q": "%_no such question_%"}).body
    assert nothing == {"questions": [], "total": 0, "page": 1, "page_size": 20}


def test_browse_rejects_unknown_filter_values(catalog):
    reply = invoke(catalog, "GET", "/questions", query={"difficulty": "impossible"})
    assert reply.status == 400 and reply.body["error"]["details"][0]["field"] == "difficulty"
