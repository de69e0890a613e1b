-- The five tables of the interview service, with constraints that make bad states impossible.

CREATE TABLE interview_question_bank (
    id               serial PRIMARY KEY,
    slug             text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{2,99}$'),
    question_text    text NOT NULL CHECK (char_length(btrim(question_text)) BETWEEN 10 AND 1000),
    question_type    text NOT NULL CHECK (question_type IN ('technical', 'behavioral', 'situational')),
    category         text NOT NULL CHECK (category IN (
                         'programming_fundamentals', 'web_development', 'database', 'system_design',
                         'tools_workflows', 'behavioral', 'situational', 'data_science', 'analytics',
                         'product', 'infrastructure', 'mobile', 'design')),
    difficulty_level text NOT NULL CHECK (difficulty_level IN ('junior', 'mid', 'senior')),
    job_roles        text[] NOT NULL DEFAULT '{}',   -- empty: fits any role
    key_points       jsonb NOT NULL CHECK (jsonb_typeof(key_points) = 'array'
                                           AND jsonb_array_length(key_points) BETWEEN 1 AND 10),
    sample_answer    text NOT NULL CHECK (char_length(sample_answer) > 0),
    tags             text[] NOT NULL DEFAULT '{}',
    is_active        boolean NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX interview_question_bank_text_key ON interview_question_bank (lower(btrim(question_text)));
CREATE INDEX interview_question_bank_choice_idx
    ON interview_question_bank (difficulty_level, question_type) WHERE is_active;
CREATE INDEX interview_question_bank_roles_idx ON interview_question_bank USING gin (job_roles);

CREATE TABLE interview_sessions (
    id                   bigserial PRIMARY KEY,
    user_id              text NOT NULL CHECK (char_length(user_id) BETWEEN 1 AND 128),
    session_type         text NOT NULL CHECK (session_type IN ('technical', 'behavioral', 'mixed', 'job-specific')),
    job_role             text NOT NULL CHECK (char_length(job_role) BETWEEN 3 AND 100),
    difficulty_level     text NOT NULL CHECK (difficulty_level IN ('junior', 'mid', 'senior')),
    total_questions      smallint NOT NULL CHECK (total_questions BETWEEN 1 AND 20),
    questions_answered   smallint NOT NULL DEFAULT 0,
    status               text NOT NULL DEFAULT 'in_progress'
                             CHECK (status IN ('in_progress', 'completed', 'abandoned')),
    resume_id            integer,
    job_description      text CHECK (char_length(job_description) <= 20000),
    average_score        numeric(5, 2) CHECK (average_score BETWEEN 0 AND 100),
    overall_performance  text CHECK (overall_performance IN ('excellent', 'good', 'average', 'needs_improvement')),
    technical_rating     smallint CHECK (technical_rating BETWEEN 1 AND 5),
    communication_rating smallint CHECK (communication_rating BETWEEN 1 AND 5),
    confidence_rating    smallint CHECK (confidence_rating BETWEEN 1 AND 5),
    duration_seconds     integer CHECK (duration_seconds >= 0),
    started_at           timestamptz NOT NULL DEFAULT now(),
    last_activity_at     timestamptz NOT NULL DEFAULT now(),
    completed_at         timestamptz,
    ended_at             timestamptz,
    CHECK (questions_answered BETWEEN 0 AND total_questions),
    CHECK ((status = 'in_progress') = (ended_at IS NULL)),
    CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
    CHECK (status <> 'completed' OR (questions_answered >= 1 AND average_score IS NOT NULL
                                     AND overall_performance IS NOT NULL AND technical_rating IS NOT NULL
                                     AND communication_rating IS NOT NULL AND confidence_rating IS NOT NULL
                                     AND duration_seconds IS NOT NULL))
);
CREATE INDEX interview_sessions_user_list_idx ON interview_sessions (user_id, started_at DESC, id DESC);
CREATE INDEX interview_sessions_user_stats_idx
    ON interview_sessions (user_id, completed_at DESC) WHERE status = 'completed';
CREATE INDEX interview_sessions_idle_idx ON interview_sessions (last_activity_at) WHERE status = 'in_progress';

-- The questions of one session, snapshotted from the bank so later bank edits never change history.
CREATE TABLE interview_questions (
    id               bigserial PRIMARY KEY,
    session_id       bigint NOT NULL REFERENCES interview_sessions (id) ON DELETE CASCADE,
    bank_question_id integer REFERENCES interview_question_bank (id) ON DELETE SET NULL,
    question_number  smallint NOT NULL CHECK (question_number BETWEEN 1 AND 20),
    question_text    text NOT NULL,
    question_type    text NOT NULL CHECK (question_type IN ('technical', 'behavioral', 'situational')),
    category         text,
    difficulty_level text NOT NULL CHECK (difficulty_level IN ('junior', 'mid', 'senior')),
    key_points       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(key_points) = 'array'),
    sample_answer    text NOT NULL DEFAULT '',
    served_at        timestamptz,
    UNIQUE (session_id, question_number),
    UNIQUE (session_id, bank_question_id),
    UNIQUE (id, session_id)
);

CREATE TABLE interview_answers (
    id                       bigserial PRIMARY KEY,
    session_id               bigint NOT NULL,
    question_id              bigint NOT NULL UNIQUE,   -- one answer per session question
    answer_text              text NOT NULL CHECK (char_length(btrim(answer_text)) BETWEEN 10 AND 10000),
    time_taken_seconds       integer NOT NULL CHECK (time_taken_seconds BETWEEN 0 AND 86400),
    analysis_status          text NOT NULL DEFAULT 'pending' CHECK (analysis_status IN ('pending', 'completed')),
    analysis_source          text CHECK (analysis_source IN ('rubric', 'groq')),
    analyzer_version         text,
    overall_score            smallint CHECK (overall_score BETWEEN 0 AND 100),
    relevance_score          smallint CHECK (relevance_score BETWEEN 0 AND 100),
    completeness_score       smallint CHECK (completeness_score BETWEEN 0 AND 100),
    clarity_score            smallint CHECK (clarity_score BETWEEN 0 AND 100),
    technical_accuracy_score smallint CHECK (technical_accuracy_score BETWEEN 0 AND 100),
    communication_score      smallint CHECK (communication_score BETWEEN 0 AND 100),
    sentiment                text CHECK (sentiment IN ('positive', 'neutral', 'negative')),
    feedback                 jsonb,
    analysis                 jsonb,   -- key points, metrics, signals, flags: the rest of the analysis
    submitted_at             timestamptz NOT NULL DEFAULT now(),
    analyzed_at              timestamptz,
    -- the question must belong to the answer's session
    FOREIGN KEY (question_id, session_id) REFERENCES interview_questions (id, session_id) ON DELETE CASCADE,
    FOREIGN KEY (session_id) REFERENCES interview_sessions (id) ON DELETE CASCADE,
    CHECK (analysis_status <> 'completed' OR (
        analysis_source IS NOT NULL AND analyzer_version IS NOT NULL AND overall_score IS NOT NULL
        AND relevance_score IS NOT NULL AND completeness_score IS NOT NULL AND clarity_score IS NOT NULL
        AND technical_accuracy_score IS NOT NULL AND communication_score IS NOT NULL
        AND sentiment IS NOT NULL AND feedback IS NOT NULL AND analysis IS NOT NULL AND analyzed_at IS NOT NULL))
);
CREATE INDEX interview_answers_session_idx ON interview_answers (session_id);
CREATE INDEX interview_answers_pending_idx ON interview_answers (submitted_at) WHERE analysis_status = 'pending';

-- The report of a completed session; one per session.
CREATE TABLE interview_feedback (
    id                       bigserial PRIMARY KEY,
    session_id               bigint NOT NULL UNIQUE REFERENCES interview_sessions (id) ON DELETE CASCADE,
    strengths                jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(strengths) = 'array'),
    areas_to_improve         jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(areas_to_improve) = 'array'),
    recommended_resources    jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(recommended_resources) = 'array'),
    preparation_tips         text NOT NULL DEFAULT '',
    practice_recommendations text NOT NULL DEFAULT '',
    created_at               timestamptz NOT NULL DEFAULT now()
);
