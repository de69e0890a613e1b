"""Which bank questions a new session gets: the type mix, difficulty and role fit, and variety.

Where the bank cannot fill a session from questions that fit, it relaxes in this order, and says so:
1. the requested difficulty, questions for the role (or for any role);
2. the neighbouring difficulty, same role fit;
3. the requested difficulty, questions written for other roles;
4. the neighbouring difficulty, other roles;
5. the remaining difficulty, other roles.
Job-specific sessions first take questions tagged for the role itself, before role-agnostic ones.
Within a step, questions the user was not asked in recent sessions come first, then those whose
terms overlap a given job description most, then chance.
"""

import random
from dataclasses import dataclass, field

from interview.analysis.text import content_concepts
from interview.domain.catalog import TECHNICAL_SHARE_OF_MIXED, Difficulty, SessionType

NEIGHBOURS: dict[str, tuple[str, ...]] = {"junior": ("mid",), "mid": ("junior", "senior"), "senior": ("mid",)}
FAR: dict[str, tuple[str, ...]] = {"junior": ("senior",), "mid": (), "senior": ("junior",)}

def terms(text: str) -> set[str]:
    """Content concepts of a text (stemmed, synonyms folded, stop words removed), as the analyzer reads them."""
    return set(content_concepts(text))


@dataclass(frozen=True)
class Candidate:
    id: int
    question_type: str
    difficulty_level: str
    job_roles: tuple[str, ...]
    text: str = ""  # question, key points and tags: what a job description is matched against


@dataclass(frozen=True)
class SelectionRequest:
    session_type: SessionType
    difficulty: Difficulty
    role: str | None  # the bank's role name, or None for a custom role
    num_questions: int
    job_description: str | None = None
    recently_asked: frozenset[int] = frozenset()


@dataclass
class Selection:
    question_ids: list[int]
    notes: list[str] = field(default_factory=list)  # what was relaxed, in words for the user


def type_mix(session_type: SessionType, n: int) -> tuple[int, int]:
    """(technical, behavioral-or-situational) question counts for a session of n questions."""
    if session_type is SessionType.TECHNICAL:
        return n, 0
    if session_type is SessionType.BEHAVIORAL:
        return 0, n
    technical = round(TECHNICAL_SHARE_OF_MIXED * n)
    return technical, n - technical


def choose_questions(request: SelectionRequest, bank: list[Candidate], rng: random.Random) -> Selection:
    technical, behavioral = type_mix(request.session_type, request.num_questions)
    jd_terms = terms(request.job_description) if request.job_description else set()
    taken: set[int] = set()
    notes: list[str] = []
    picked: dict[str, list[int]] = {}
    for kind, count, types in (
        ("technical", technical, {"technical"}),
        ("behavioral", behavioral, {"behavioral", "situational"}),
    ):
        pool = [c for c in bank if c.question_type in types]
        picked[kind] = _fill(kind, count, pool, request, jd_terms, taken, notes, rng)
    ordered = _interleave(picked["technical"], picked["behavioral"])
    missing = request.num_questions - len(ordered)
    if missing:
        notes.append(f"the question bank had only {len(ordered)} suitable questions, so the session is shorter")
    return Selection(question_ids=ordered, notes=notes)


def _steps(request: SelectionRequest) -> list[tuple[tuple[str, ...], str, str]]:
    """(difficulties, role fit, note) for each relaxation step, in order."""
    wanted = (request.difficulty.value,)
    near = NEIGHBOURS[request.difficulty.value]
    far = FAR[request.difficulty.value]
    if request.session_type is SessionType.JOB_SPECIFIC and request.role:
        fits = [("tagged", ""), ("agnostic", "")]
    else:
        fits = [("fits", "")]
    steps: list[tuple[tuple[str, ...], str, str]] = []
    for fit, _ in fits:
        steps.append((wanted, fit, ""))
    for fit, _ in fits:
        steps.append((near, fit, "from a neighbouring difficulty level"))
    steps.append((wanted, "any", "written for other roles"))
    steps.append((near, "any", "written for other roles, from a neighbouring difficulty level"))
    if far:
        steps.append((far, "any", f"written for other roles, at {far[0]} level"))
    return steps


def _role_fit(candidate: Candidate, role: str | None, fit: str) -> bool:
    if fit == "any":
        return True
    tagged = role is not None and role in candidate.job_roles
    if fit == "tagged":
        return tagged
    if fit == "agnostic":
        return not candidate.job_roles
    return tagged or not candidate.job_roles


def _fill(kind: str, count: int, pool: list[Candidate], request: SelectionRequest, jd_terms: set[str],
          taken: set[int], notes: list[str], rng: random.Random) -> list[int]:
    chosen: list[int] = []
    for difficulties, fit, note in _steps(request):
        if len(chosen) == count:
            break
        step = [
            c for c in pool
            if c.id not in taken and c.difficulty_level in difficulties and _role_fit(c, request.role, fit)
        ]
        # A random tie-breaker drawn per candidate keeps the order reproducible for a given rng.
        ranked = sorted(
            step,
            key=lambda c: (c.id in request.recently_asked, -len(jd_terms & terms(c.text)), rng.random()),
        )
        take = ranked[: count - len(chosen)]
        chosen.extend(c.id for c in take)
        taken.update(c.id for c in take)
        if take and note:
            plural = "s" if len(take) > 1 else ""
            notes.append(f"{len(take)} {kind} question{plural} {note}")
    return chosen


def _interleave(technical: list[int], behavioral: list[int]) -> list[int]:
    """Spread the kinds evenly through the session rather than serving them in two blocks."""
    total, ordered = len(technical) + len(behavioral), []
    t, b = iter(technical), iter(behavioral)
    served_technical = 0
    for position in range(1, total + 1):
        # a technical question whenever they have fallen behind their share of the session so far
        if served_technical < round(position * len(technical) / total):
            ordered.append(next(t))
            served_technical += 1
        else:
            ordered.append(next(b))
    return ordered
