"""Migrations are recorded and idempotent; the schema refuses bad states."""

import psycopg2
import pytest
from psycopg2 import errors

from interview.data.migrate import load_bank, migrate


def test_migrating_twice_changes_nothing(database_url, db_conn):
    report = migrate(database_url)
    assert report.applied == []
    assert report.questions_changed == 0
    assert report.questions_total == len(load_bank())
    with db_conn, db_conn.cursor() as cur:
        cur.execute("SELECT version, name FROM schema_migrations ORDER BY version")
        assert cur.fetchall()[0] == (1, "0001_schema.sql")


def test_a_changed_seed_question_is_updated_in_place(database_url, db_conn):
    with db_conn, db_conn.cursor() as cur:
        cur.execute(
            "UPDATE interview_question_bank SET tags = '{stale}' WHERE id = (SELECT min(id) FROM interview_question_bank)"
        )
    assert migrate(database_url).questions_changed == 1
    assert migrate(database_url).questions_changed == 0


@pytest.fixture
def session_with_question(db_conn):
    with db_conn, db_conn.cursor() as cur:
        cur.execute("""INSERT INTO interview_sessions (user_id, session_type, job_role, difficulty_level, total_questions)
                       VALUES ('carol', 'mixed', 'Backend Developer', 'mid', 2) RETURNING id""")
        session_id = cur.fetchone()[0]
        cur.execute(
            """INSERT INTO interview_questions (session_id, question_number, question_text, question_type,
                                                        difficulty_level)
                       VALUES (%s, 1, 'Why?', 'technical', 'mid') RETURNING id""",
            (session_id,),
        )
        return session_id, cur.fetchone()[0]


def attempt(db_conn, sql, params=()):
    with pytest.raises(psycopg2.IntegrityError) as caught, db_conn, db_conn.cursor() as cur:
        cur.execute(sql, params)
    return caught.value


def test_constraints_refuse_bad_states(db_conn, session_with_question):
    session_id, question_id = session_with_question
    insert_answer = "INSERT INTO interview_answers (session_id, question_id, answer_text, time_taken_seconds) VALUES (%s, %s, %s, 5)"
    with db_conn, db_conn.cursor() as cur:
        cur.execute(insert_answer, (session_id, question_id, "a valid answer text"))
    assert isinstance(
        attempt(db_conn, insert_answer, (session_id, question_id, "a second answer text")), errors.UniqueViolation
    )
    assert isinstance(attempt(db_conn, "UPDATE interview_answers SET overall_score = 101"), errors.CheckViolation)
    assert isinstance(
        attempt(db_conn, "UPDATE interview_answers SET analysis_status = 'completed'"), errors.CheckViolation
    )  # completed without scores
    assert isinstance(attempt(db_conn, "UPDATE interview_sessions SET technical_rating = 6"), errors.CheckViolation)
    assert isinstance(attempt(db_conn, "UPDATE interview_sessions SET status = 'finished'"), errors.CheckViolation)
    assert isinstance(
        attempt(db_conn, "UPDATE interview_sessions SET status = 'completed', ended_at = now()"), errors.CheckViolation
    )  # completed without a report's figures
    assert isinstance(attempt(db_conn, "UPDATE interview_sessions SET questions_answered = 3"), errors.CheckViolation)
    assert isinstance(
        attempt(
            db_conn,
            "INSERT INTO interview_questions (session_id, question_number, question_text, question_type, difficulty_level) VALUES (%s, 1, 'dup', 'technical', 'mid')",
            (session_id,),
        ),
        errors.UniqueViolation,
    )


def test_an_answer_cannot_point_at_another_sessions_question(db_conn, session_with_question):
    _, question_id = session_with_question
    with db_conn, db_conn.cursor() as cur:
        cur.execute("""INSERT INTO interview_sessions (user_id, session_type, job_role, difficulty_level, total_questions)
                       VALUES ('dave', 'mixed', 'Backend Developer', 'mid', 1) RETURNING id""")
        other_session = cur.fetchone()[0]
    error = attempt(
        db_conn,
        "INSERT INTO interview_answers (session_id, question_id, answer_text, time_taken_seconds) VALUES (%s, %s, 'valid answer text', 1)",
        (other_session, question_id),
    )
    assert isinstance(error, errors.ForeignKeyViolation)


def test_deleting_a_session_cascades(db_conn, session_with_question):
    session_id, question_id = session_with_question
    with db_conn, db_conn.cursor() as cur:
        cur.execute(
            "INSERT INTO interview_answers (session_id, question_id, answer_text, time_taken_seconds) VALUES (%s, %s, 'valid answer text', 1)",
            (session_id, question_id),
        )
        cur.execute("INSERT INTO interview_feedback (session_id) VALUES (%s)", (session_id,))
        cur.execute("DELETE FROM interview_sessions WHERE id = %s", (session_id,))
        for table in ("interview_questions", "interview_answers", "interview_feedback"):
            cur.execute(f"SELECT count(*) FROM {table} WHERE session_id = %s", (session_id,))
            assert cur.fetchone()[0] == 0, table
