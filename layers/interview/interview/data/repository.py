"""All SQL of the service. Every method that touches a user's data is scoped by that user's id.

A repository is bound to one transaction's cursor: `with store.unit_of_work() as repo: ...` commits
when the block ends and rolls back if it raises, so no request leaves half its writes behind.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from psycopg2.extras import Json

from interview.data.db import Database, get_database

if TYPE_CHECKING:  # the catalog and stats functions never record an analysis: no pydantic models at their start
    from interview.analysis.model import Analysis

Row = dict[str, Any]

_SESSION_COLUMNS = """
    s.id, s.user_id, s.session_type, s.job_role, s.difficulty_level, s.total_questions,
    s.questions_answered, s.status, s.resume_id, s.average_score::float AS average_score,
    s.overall_performance, s.technical_rating, s.communication_rating, s.confidence_rating,
    s.duration_seconds, s.started_at, s.completed_at, s.ended_at, s.last_activity_at"""

_QUESTION_COLUMNS = """
    q.id, q.session_id, q.bank_question_id, q.question_number, q.question_text, q.question_type,
    q.category, q.difficulty_level, q.key_points, q.sample_answer, q.served_at"""

_ANSWER_COLUMNS = """
    a.id, a.session_id, a.question_id, a.answer_text, a.time_taken_seconds, a.analysis_status,
    a.analysis_source, a.analyzer_version, a.overall_score, a.relevance_score, a.completeness_score,
    a.clarity_score, a.technical_accuracy_score, a.communication_score, a.sentiment, a.feedback,
    a.analysis, a.submitted_at, a.analyzed_at"""

# Whether answer a's session still has an unanswered question. The answer's own question is left out by id:
# in an INSERT's RETURNING the new answer is not visible yet.
_HAS_MORE_QUESTIONS = """
    EXISTS (SELECT 1 FROM interview_questions q2
             WHERE q2.session_id = a.session_id AND q2.id <> a.question_id AND NOT EXISTS (
                   SELECT 1 FROM interview_answers a2 WHERE a2.question_id = q2.id)) AS has_more_questions"""


class InterviewRepository:
    def __init__(self, cursor):
        self._cur = cursor
        # Sessions whose row this transaction has locked, and the session of each answer it inserted: what
        # record_analysis needs to know to skip taking a lock it already holds.
        self._locked_sessions: set[int] = set()
        self._inserted_answers: dict[int, int] = {}

    def _one(self, sql: str, params: Any = ()) -> Row | None:
        self._cur.execute(sql, params)
        return self._cur.fetchone()

    def _all(self, sql: str, params: Any = ()) -> list[Row]:
        self._cur.execute(sql, params)
        return list(self._cur.fetchall())

    # --- question bank -------------------------------------------------------------------------

    def bank_candidates(self) -> list[Row]:
        """Every active question, with the text a job description is matched against."""
        return self._all(
            """SELECT id, question_type, difficulty_level, job_roles,
                      question_text || ' ' || key_points::text || ' ' || array_to_string(tags, ' ') AS text
                 FROM interview_question_bank WHERE is_active"""
        )

    def browse_bank(self, *, question_type: str | None, category: str | None, difficulty: str | None,
                    job_role: str | None, text: str | None, skip: int, limit: int) -> tuple[list[Row], int]:
        filters, params = ["is_active"], []
        for column, value in (("question_type", question_type), ("category", category),
                              ("difficulty_level", difficulty)):
            if value is not None:
                filters.append(f"{column} = %s")
                params.append(value)
        if job_role is not None:
            filters.append("(%s = ANY(job_roles) OR job_roles = '{}')")
            params.append(job_role)
        if text:
            filters.append("(question_text ILIKE %s OR array_to_string(tags, ' ') ILIKE %s)")
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            params += [pattern, pattern]
        rows = self._all(
            f"""SELECT id, question_text, question_type, category, difficulty_level, job_roles,
                       key_points, sample_answer, tags, count(*) OVER () AS total
                  FROM interview_question_bank
                 WHERE {' AND '.join(filters)}
                 ORDER BY difficulty_level, category, id
                 OFFSET %s LIMIT %s""",
            (*params, skip, limit),
        )
        total = rows[0]["total"] if rows else self._count_bank(filters, params)
        return rows, total

    def _count_bank(self, filters: list[str], params: list[Any]) -> int:
        row = self._one(f"SELECT count(*) AS n FROM interview_question_bank WHERE {' AND '.join(filters)}",
                        params)
        return row["n"] if row else 0

    def recently_asked(self, user_id: str, sessions: int) -> set[int]:
        """Bank ids of the questions in the user's most recent sessions."""
        if sessions <= 0:
            return set()
        rows = self._all(
            """SELECT q.bank_question_id FROM interview_questions q
                WHERE q.bank_question_id IS NOT NULL AND q.session_id IN (
                      SELECT id FROM interview_sessions WHERE user_id = %s
                       ORDER BY started_at DESC, id DESC LIMIT %s)""",
            (user_id, sessions),
        )
        return {r["bank_question_id"] for r in rows}

    # --- sessions ------------------------------------------------------------------------------

    def create_session(self, user_id: str, *, session_type: str, job_role: str, difficulty: str,
                       resume_id: int | None, job_description: str | None, bank_ids: list[int]) -> Row:
        session = self._one(
            f"""INSERT INTO interview_sessions AS s
                    (user_id, session_type, job_role, difficulty_level, total_questions, resume_id,
                     job_description)
                VALUES (%s, %s, %s, %s, %s, %s, %s)
                RETURNING {_SESSION_COLUMNS}""",
            (user_id, session_type, job_role, difficulty, len(bank_ids), resume_id, job_description),
        )
        assert session is not None
        self._cur.execute(
            """INSERT INTO interview_questions
                   (session_id, bank_question_id, question_number, question_text, question_type, category,
                    difficulty_level, key_points, sample_answer)
               SELECT %s, b.id, pick.n, b.question_text, b.question_type, b.category, b.difficulty_level,
                      b.key_points, b.sample_answer
                 FROM unnest(%s::int[]) WITH ORDINALITY AS pick(bank_id, n)
                 JOIN interview_question_bank b ON b.id = pick.bank_id""",
            (session["id"], bank_ids),
        )
        return session

    def get_session(self, user_id: str, session_id: int, *, for_update: bool = False) -> Row | None:
        lock = " FOR UPDATE" if for_update else ""
        row = self._one(
            f"SELECT {_SESSION_COLUMNS} FROM interview_sessions s WHERE s.id = %s AND s.user_id = %s{lock}",
            (session_id, user_id),
        )
        if row is not None and for_update:
            self._locked_sessions.add(row["id"])
        return row

    def list_sessions(self, user_id: str, *, session_type: str | None, status: str | None,
                      skip: int, limit: int) -> tuple[list[Row], int]:
        filters, params = ["s.user_id = %s"], [user_id]
        if session_type is not None:
            filters.append("s.session_type = %s")
            params.append(session_type)
        if status is not None:
            filters.append("s.status = %s")
            params.append(status)
        where = " AND ".join(filters)
        total = self._one(f"SELECT count(*) AS n FROM interview_sessions s WHERE {where}", params)
        rows = self._all(
            f"""SELECT {_SESSION_COLUMNS} FROM interview_sessions s WHERE {where}
                 ORDER BY s.started_at DESC, s.id DESC OFFSET %s LIMIT %s""",
            (*params, skip, limit),
        )
        return rows, total["n"] if total else 0

    def touch_session(self, session_id: int) -> None:
        self._cur.execute("UPDATE interview_sessions SET last_activity_at = now() WHERE id = %s", (session_id,))

    def complete_session(self, session_id: int, *, average_score: float, performance: str,
                         ratings: dict[str, int], report: dict[str, Any]) -> Row:
        row = self._one(
            f"""UPDATE interview_sessions s
                   SET status = 'completed', completed_at = now(), ended_at = now(),
                       last_activity_at = now(), average_score = %s, overall_performance = %s,
                       questions_answered = (SELECT count(*) FROM interview_answers
                                              WHERE session_id = s.id AND analysis_status = 'completed'),
                       technical_rating = %s, communication_rating = %s, confidence_rating = %s,
                       duration_seconds = GREATEST(0, round(extract(epoch FROM now() - s.started_at)))::int
                 WHERE s.id = %s AND s.status = 'in_progress'
             RETURNING {_SESSION_COLUMNS}""",
            (average_score, performance, ratings["technical"], ratings["communication"],
             ratings["confidence"], session_id),
        )
        assert row is not None
        self._cur.execute(
            """INSERT INTO interview_feedback
                   (session_id, strengths, areas_to_improve, recommended_resources, preparation_tips,
                    practice_recommendations)
               VALUES (%s, %s, %s, %s, %s, %s)""",
            (session_id, Json(report["strengths"]), Json(report["areas_to_improve"]),
             Json(report["recommended_resources"]), report["preparation_tips"],
             report["practice_recommendations"]),
        )
        return row

    def abandon_session(self, session_id: int) -> Row:
        row = self._one(
            f"""UPDATE interview_sessions s
                   SET status = 'abandoned', ended_at = now(), last_activity_at = now(),
                       duration_seconds = GREATEST(0, round(extract(epoch FROM now() - s.started_at)))::int
                 WHERE s.id = %s AND s.status = 'in_progress'
             RETURNING {_SESSION_COLUMNS}""",
            (session_id,),
        )
        assert row is not None
        return row

    def delete_session(self, user_id: str, session_id: int) -> bool:
        self._cur.execute("DELETE FROM interview_sessions WHERE id = %s AND user_id = %s", (session_id, user_id))
        return self._cur.rowcount == 1

    def session_feedback(self, session_id: int) -> Row | None:
        return self._one(
            """SELECT strengths, areas_to_improve, recommended_resources, preparation_tips,
                      practice_recommendations
                 FROM interview_feedback WHERE session_id = %s""",
            (session_id,),
        )

    # --- questions and answers -----------------------------------------------------------------

    def session_questions(self, session_id: int) -> list[Row]:
        """The session's questions in order, each with its answer's columns (prefixed a_) if any."""
        return self._all(
            f"""SELECT {_QUESTION_COLUMNS},
                       a.id AS answer_id, a.answer_text, a.time_taken_seconds, a.analysis_status,
                       a.analysis_source, a.overall_score, a.relevance_score, a.completeness_score,
                       a.clarity_score, a.technical_accuracy_score, a.communication_score, a.sentiment,
                       a.feedback, a.analysis, a.submitted_at
                  FROM interview_questions q
                  LEFT JOIN interview_answers a ON a.question_id = q.id
                 WHERE q.session_id = %s
                 ORDER BY q.question_number""",
            (session_id,),
        )

    def next_unanswered(self, session_id: int) -> Row | None:
        """The first unanswered question; marks it served the first time it is handed out."""
        return self._one(
            f"""UPDATE interview_questions q SET served_at = COALESCE(q.served_at, now())
                 WHERE q.id = (SELECT q2.id FROM interview_questions q2
                                WHERE q2.session_id = %s
                                  AND NOT EXISTS (SELECT 1 FROM interview_answers a WHERE a.question_id = q2.id)
                                ORDER BY q2.question_number LIMIT 1)
             RETURNING {_QUESTION_COLUMNS}""",
            (session_id,),
        )

    def session_question(self, session_id: int, question_id: int) -> Row | None:
        return self._one(
            f"""SELECT {_QUESTION_COLUMNS},
                       EXISTS (SELECT 1 FROM interview_answers a WHERE a.question_id = q.id) AS answered
                  FROM interview_questions q WHERE q.id = %s AND q.session_id = %s""",
            (question_id, session_id),
        )

    def seconds_since_served(self, session_id: int, question_id: int) -> int:
        """Seconds since the question was served, or since the session's last activity if never served."""
        row = self._one(
            """SELECT GREATEST(0, round(extract(epoch FROM now() - COALESCE(q.served_at, s.last_activity_at))))::int
                      AS seconds
                 FROM interview_questions q JOIN interview_sessions s ON s.id = q.session_id
                WHERE q.id = %s AND q.session_id = %s""",
            (question_id, session_id),
        )
        return row["seconds"] if row else 0

    def insert_answer(self, session_id: int, question_id: int, answer_text: str, time_taken_seconds: int) -> Row:
        """The new answer's row, with has_more_questions."""
        row = self._one(
            f"""INSERT INTO interview_answers AS a (session_id, question_id, answer_text, time_taken_seconds)
                VALUES (%s, %s, %s, %s) RETURNING {_ANSWER_COLUMNS}, {_HAS_MORE_QUESTIONS}""",
            (session_id, question_id, answer_text, time_taken_seconds),
        )
        assert row is not None
        self._inserted_answers[row["id"]] = session_id
        return row

    def record_analysis(self, answer_id: int, analysis: "Analysis") -> bool:
        """Store an analysis on a pending answer and count it in the session's figures, exactly once.

        The update only matches a pending answer, so a second delivery of the same work changes nothing.
        """
        scores = analysis.scores
        rest = analysis.model_dump(include={"key_points", "metrics", "signals", "flags", "provenance"})
        # Lock the session first, as every other writer does (answers, complete, delete): two analyses
        # of one session recorded at once then recompute its figures one after the other, never from
        # a snapshot that misses the other, and lock order cannot deadlock with a delete. A transaction that
        # locked the session and then stored this answer in it (POST /answer) holds the lock already.
        if self._inserted_answers.get(answer_id) not in self._locked_sessions:
            self._cur.execute(
                """SELECT s.id FROM interview_sessions s JOIN interview_answers a ON a.session_id = s.id
                    WHERE a.id = %s FOR UPDATE OF s""",
                (answer_id,),
            )
        row = self._one(
            """UPDATE interview_answers
                  SET analysis_status = 'completed', analysis_source = %s, analyzer_version = %s,
                      overall_score = %s, relevance_score = %s, completeness_score = %s, clarity_score = %s,
                      technical_accuracy_score = %s, communication_score = %s, sentiment = %s,
                      feedback = %s, analysis = %s, analyzed_at = now()
                WHERE id = %s AND analysis_status = 'pending'
            RETURNING session_id""",
            (analysis.source, analysis.analyzer_version, scores.overall, scores.relevance,
             scores.completeness, scores.clarity, scores.technical_accuracy, scores.communication,
             analysis.sentiment, Json(analysis.feedback.model_dump()), Json(rest), answer_id),
        )
        if row is None:
            return False
        self._cur.execute(
            """UPDATE interview_sessions s
                  SET questions_answered = agg.n, average_score = agg.mean, last_activity_at = now()
                 FROM (SELECT count(*) AS n, round(avg(overall_score), 2) AS mean
                         FROM interview_answers
                        WHERE session_id = %s AND analysis_status = 'completed') agg
                WHERE s.id = %s""",
            (row["session_id"], row["session_id"]),
        )
        return True

    def get_answer(self, user_id: str, answer_id: int) -> Row | None:
        return self._one(
            f"""SELECT {_ANSWER_COLUMNS}, q.question_number, q.question_text, q.question_type, q.category,
                       q.sample_answer, s.total_questions, {_HAS_MORE_QUESTIONS}
                  FROM interview_answers a
                  JOIN interview_questions q ON q.id = a.question_id
                  JOIN interview_sessions s ON s.id = a.session_id
                 WHERE a.id = %s AND s.user_id = %s""",
            (answer_id, user_id),
        )

    def analysed_answers(self, session_id: int) -> list[Row]:
        return self._all(
            """SELECT q.question_type, q.category, a.overall_score, a.relevance_score, a.completeness_score,
                      a.clarity_score, a.technical_accuracy_score, a.communication_score, a.analysis,
                      a.time_taken_seconds
                 FROM interview_answers a JOIN interview_questions q ON q.id = a.question_id
                WHERE a.session_id = %s AND a.analysis_status = 'completed'
                ORDER BY q.question_number""",
            (session_id,),
        )

    def pending_answer_count(self, session_id: int) -> int:
        row = self._one(
            "SELECT count(*) AS n FROM interview_answers WHERE session_id = %s AND analysis_status = 'pending'",
            (session_id,),
        )
        return row["n"] if row else 0

    # --- background work (no user: ids come from our own queue and schedule) -----------------------

    def analysis_job(self, answer_id: int, *, for_update: bool = False) -> Row | None:
        """An answer with what its analysis needs: the question snapshot and the session's role."""
        lock = " FOR UPDATE OF a" if for_update else ""
        return self._one(
            f"""SELECT a.id, a.session_id, a.answer_text, a.analysis_status, a.submitted_at,
                       q.question_text, q.question_type, q.key_points, q.sample_answer, q.category,
                       q.difficulty_level, s.job_role
                  FROM interview_answers a
                  JOIN interview_questions q ON q.id = a.question_id
                  JOIN interview_sessions s ON s.id = a.session_id
                 WHERE a.id = %s{lock}""",
            (answer_id,),
        )

    def stuck_answers(self, older_than_seconds: int, limit: int) -> list[int]:
        rows = self._all(
            """SELECT id FROM interview_answers
                WHERE analysis_status = 'pending' AND submitted_at < now() - make_interval(secs => %s)
                ORDER BY submitted_at LIMIT %s""",
            (older_than_seconds, limit),
        )
        return [r["id"] for r in rows]

    def abandon_idle_sessions(self, idle_hours: int, limit: int) -> list[int]:
        rows = self._all(
            """UPDATE interview_sessions s
                  SET status = 'abandoned', ended_at = now(),
                      duration_seconds = GREATEST(0, round(extract(epoch FROM s.last_activity_at - s.started_at)))::int
                WHERE s.id IN (SELECT id FROM interview_sessions
                                WHERE status = 'in_progress' AND last_activity_at < now() - make_interval(hours => %s)
                                ORDER BY last_activity_at LIMIT %s
                                FOR UPDATE SKIP LOCKED)
            RETURNING s.id""",
            (idle_hours, limit),
        )
        return [r["id"] for r in rows]

    # --- statistics ----------------------------------------------------------------------------

    def stats_overview(self, user_id: str) -> Row:
        """The user's totals, computed by the database from the sessions table alone."""
        row = self._one(
            """WITH mine AS (
                   SELECT * FROM interview_sessions WHERE user_id = %(user)s),
               done AS (
                   SELECT average_score, duration_seconds, overall_performance,
                          row_number() OVER (ORDER BY completed_at DESC, id DESC) AS recency
                     FROM mine WHERE status = 'completed'),
               favourite AS (
                   SELECT job_role FROM mine GROUP BY job_role
                    ORDER BY count(*) DESC, max(started_at) DESC LIMIT 1)
               SELECT (SELECT count(*) FROM mine) AS total_sessions,
                      (SELECT COALESCE(sum(questions_answered), 0) FROM mine) AS total_questions_answered,
                      (SELECT round(avg(average_score), 1)::float FROM done) AS average_overall_score,
                      (SELECT round(avg(duration_seconds) / 60.0, 1)::float FROM done)
                          AS average_session_duration_minutes,
                      (SELECT count(*) FROM done WHERE overall_performance = 'excellent') AS excellent,
                      (SELECT count(*) FROM done WHERE overall_performance = 'good') AS good,
                      (SELECT count(*) FROM done WHERE overall_performance = 'average') AS average,
                      (SELECT count(*) FROM done WHERE overall_performance = 'needs_improvement')
                          AS needs_improvement,
                      (SELECT job_role FROM favourite) AS favorite_job_role,
                      (SELECT count(*) FROM done) AS completed_sessions,
                      (SELECT avg(average_score)::float FROM done WHERE recency <= 3) AS recent_mean,
                      (SELECT avg(average_score)::float FROM done WHERE recency BETWEEN 4 AND 6) AS previous_mean""",
            {"user": user_id},
        )
        assert row is not None
        return row


class PostgresStore:
    """Hands out repositories bound to one transaction each."""

    def __init__(self, database: Database | None = None):
        self._database = database

    @property
    def database(self) -> Database:
        return self._database or get_database()

    @contextmanager
    def unit_of_work(self) -> Iterator[InterviewRepository]:
        with self.database.transaction() as cur:
            yield InterviewRepository(cur)
