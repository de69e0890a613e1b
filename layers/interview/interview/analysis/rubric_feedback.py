"""Feedback prose for the rubric analyzer, written from evidence only.

Every strength and weakness quotes the answer verbatim (in double quotes) or names the key point it
is about (in single quotes). A strength is only written when a check earned it, so a poor answer
gets few and a non-answer none.
"""

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

from interview.analysis import misconception
from interview.analysis.key_points import (
    COVERED_AT,
    PointCoverage,
    assess_points,
    is_list_like,
    says_what_the_part_holds,
    star_part_of,
)
from interview.analysis.model import DIMENSIONS, Feedback, Scores, weighted_overall
from interview.analysis.overall import reference_use
from interview.analysis.reading import Reading
from interview.analysis.screening import split_instruction
from interview.analysis.star import PAST_ACTION, STAR_PARTS, StarPart
from interview.analysis.text import Sentence, normalize, quote, short_quote, split_segments, split_sentences

MAX_STRENGTHS = 5
MAX_STRENGTHS_WHEN_WEAK = 2  # below WEAK_OVERALL, at most this many things are praised
WEAK_OVERALL = 45
MAX_WEAKNESSES = 4
MIN_WEAKNESSES = 2
MAX_MISSING_POINTS = 3
MAX_SUGGESTIONS = 5
MIN_SUGGESTIONS = 3
QUOTE_WORDS = 16
MODEL_QUOTE_WORDS = 22

# The narrative says why when the overall sits this far below the weighted mean of the dimensions: soundness
# below SOUND_ENOUGH, conduct below CONDUCT_ENOUGH, a misconception chance of MISCONCEPTION_HIGH or more, or a reference
# use below REFERENCE_USE_LOW.
BELOW_DIMENSIONS_BY = 8
SOUND_ENOUGH = 0.9
MIN_EVIDENCE_WORDS = 3  # the fewest words a whole idea quoted as a strength's evidence has
REFERENCE_USE_LOW = 1.0  # overall.reference_use: grade-3 answers in eval/ have a median of 1.3
# 1 less conduct.py's mean chance that an idea is unsound: under it for half the grade-1 answers of eval/graded,
# holdout and read, and 1 % of their grade-4 answers.
CONDUCT_ENOUGH = 0.4
# misconception.py's chance that the answer is a poor one, from which the narrative names it as the reason
MISCONCEPTION_HIGH = 0.5
QUALITY_LABELS: tuple[tuple[int, str], ...] = (
    (85, "An excellent"), (70, "A strong"), (55, "A fair"), (35, "A weak"), (0, "A very weak"),
)
# Strength labels, in the order they are offered; each needs a quote that no earlier strength used.
STRENGTH_LABELS: dict[str, str] = {
    "explains_reasoning": "Explains the why, not just the what",
    "quantified_result": "Puts a number on the outcome",
    "uses_examples": "Grounds the answer in a real example",
    "complete_star": "Tells all four STAR parts, through to the result",
    "takes_ownership": "Owns the actions in the first person",
    "well_structured": "Signposts each step, which makes it easy to follow",
    "confident_delivery": "Direct, confident wording with no hedging",
    "concise": "Stays focused and to the point",
}
# Weakness signals in order of how much fixing them would help.
WEAKNESS_PRIORITY: tuple[str, ...] = (
    "off_topic", "red_flag", "contradicts_reference", "questionable_choice", "unexplained_terms", "no_ownership",
    "too_short",
    "missing_result", "filler_heavy", "hedging", "rambling", "vague", "unmeasured_result",
)
STAR_PART_NAMES = {
    "situation": "The situation: where and when it happened (not described)",
    "task": "Your task or goal in the story (not stated)",
    "action": "The actions you took yourself (not described)",
    "result": "The result, ideally with a number (missing)",
}
STAR_SUGGESTIONS = {
    "situation": "Open with one or two sentences of context: where you were and what was at stake.",
    "task": "Say what you were responsible for or asked to achieve before describing what you did.",
    "action": "Walk through the steps you took yourself, in order, using ‘I’ for your own part.",
    "result": "Finish with the result: what changed, ideally measured (time saved, % improvement, "
              "fewer errors).",
}
SIGNAL_SUGGESTIONS = {
    "no_answer": "When unsure, reason out loud: say what you would check first and why, instead of skipping.",
    "steered_away": "Answer the question you were asked before turning to what you know best: even a partial "
                    "answer, reasoned out loud, beats a change of subject.",
    "off_topic": "Answer the question directly in your first sentence, then support it.",
    "restates_question": "Go beyond the question's own words: name your approach and explain each step.",
    "unexplained_terms": "For each concept you name, add a sentence on what it does and why it helps here.",
    "vague": "Add specifics: a real project, the tools you used and a number that shows the effect.",
    "missing_result": STAR_SUGGESTIONS["result"],
    "unmeasured_result": "Put a number on the result: time saved, % improvement, users or errors affected.",
    "no_ownership": "Say ‘I’ for the parts you did yourself; the interviewer is assessing your contribution.",
    "contradicts_reference": "Check each definition and comparison against how the concept actually works "
                             "before stating it; say what you are unsure of rather than guessing.",
    "red_flag": "Show the judgement interviewers hire for: tell the people affected early, keep the safeguards, "
                "stay respectful, own the outcome and say what you learned.",
    "questionable_choice": "For each choice you describe, say why it was sound: who you told, which checks you kept, "
                           "and what you would do differently; if you skipped a step, name the condition that "
                           "made it safe.",
    "rambling": "Lead with your main point and keep sentences under about 25 words; cut what does not "
                "answer the question.",
}
FLAG_SUGGESTIONS = {
    "copied_from_model_answer": "Put the answer in your own words and add an example from your own "
                                "experience.",
    "instruction_in_answer": "Leave out text addressed to the grader; only the answer itself is scored.",
}
FALLBACK_SUGGESTIONS = {
    "technical": (
        "Mention a trade-off or a case where you would choose differently; it shows judgement.",
        "Close with a one-sentence summary of your approach so the interviewer remembers it.",
        "Add a short example from a real project, with the improvement you measured.",
        "Say how you would confirm it worked: what you would measure before and after.",
    ),
    "story": (
        "End with what you learned and how you apply it now.",
        "Keep the situation brief and spend most of the time on your actions and the result.",
        "Rehearse the story aloud so it lands in about two minutes.",
        "Connect the story to this role: say where you would use the same approach in the new job.",
    ),
    "plan": (
        "Say how you would know it worked: the signal or number you would watch.",
        "Name who you would involve and when you would update them.",
        "Add what you would do if your first step did not work.",
    ),
}


def write_feedback(reading: Reading, scores: Scores, signals: list[str]) -> Feedback:
    strengths = _strengths(reading, scores, signals)
    weaknesses = _weaknesses(reading, signals)
    suggestions = _suggestions(reading, signals)
    return Feedback(
        strengths=strengths,
        weaknesses=weaknesses,
        missing_points=_missing_points(reading),
        suggestions=suggestions,
        narrative=_narrative(reading, scores, strengths, weaknesses, suggestions),
    )


def _named(point: str) -> str:
    """A key point named in prose; single quotes keep it apart from quotes of the answer."""
    return f"‘{point}’"


def _quoted(text: str | None) -> str:
    """A verbatim quote for prose; when cut short the ellipsis goes outside the quotation marks."""
    words, cut = short_quote(text or "", QUOTE_WORDS)
    return f'"{words}"…' if cut else f'"{words}"'


def _segment_quote(reading: Reading, segment: Sentence) -> str:
    return _quoted(quote(reading.answer, segment))


def _opening(reading: Reading) -> str:
    """The answer's first sentence, even when it was set aside as an instruction to the grader."""
    first = reading.sentences[:1] or reading.all_sentences[:1]
    return _segment_quote(reading, first[0]) if first else "an empty reply"


def _term(phrase: str) -> str:
    """A filler or hedge named in prose: a word from the lexicon, not a quote of the answer."""
    return f"‘{phrase}’"


# Strengths ----------------------------------------------------------------------------------------------

class _Evidence:
    """Quotes already shown, so two strengths never rest on the same words."""

    def __init__(self, answer: str):
        self.answer = answer
        self.spans: list[tuple[int, int]] = []

    def claim(self, options: Iterable[str | None]) -> str | None:
        answer, spans = self.answer, self.spans
        for text in options:
            if not text:
                continue
            start = answer.find(text)
            if start < 0:
                continue
            end = start + len(text)
            # A plain loop over the few spans shown so far: a generator per option costs more than the test.
            for a, b in spans:
                if a < end and start < b:
                    break
            else:
                spans.append((start, end))
                return text
        return None


def _strengths(reading: Reading, scores: Scores, signals: list[str]) -> list[str]:
    if reading.non_answer or {"restates_question", "copied_from_model_answer"} & set(reading.flags):
        return []
    evidence = _Evidence(reading.answer)
    covered = sorted(reading.covered_points, key=lambda p: (not p.explained, reading.points.index(p)))
    candidates: list[tuple[str, Iterable[str | None]]] = [
        (f"Covers the key point {_named(p.point)}", [p.quote]) for p in covered]
    traits = [(STRENGTH_LABELS[code], _strength_evidence(reading, code))
              for code in STRENGTH_LABELS if code in signals]
    limit = MAX_STRENGTHS if scores.overall >= WEAK_OVERALL else MAX_STRENGTHS_WHEN_WEAK
    lines: list[str] = []
    for label, options in candidates[:1] + traits + candidates[1:]:
        if len(lines) == limit:
            break  # a claim only affects the strengths after it, and those would be cut
        text = evidence.claim(options)
        if text:
            lines.append(f"{label}: {_quoted(text)}")
    return lines


def _strength_evidence(reading: Reading, code: str) -> Iterator[str | None]:
    """Candidate quotes for a strength, best first. Made one at a time: only those up to the first that no
    earlier strength used are ever read, so quoting (and reading) every segment is mostly avoided."""
    segments = reading.segments
    star = reading.star
    answer = reading.answer

    wrong = frozenset(reading.soundness.contradicted)

    def texts(indexes: Iterable[int] | None = None) -> Iterator[str]:
        """Quotes of the segments at `indexes` (all of them by default), each made when asked for; not of a word or
        two ("Sure.", "Good question."), which show no strength, nor of a claim the reference contradicts."""
        chosen = range(len(segments)) if indexes is None else indexes
        return (quote(answer, segments[i]) for i in chosen
                if segments[i].word_count >= MIN_EVIDENCE_WORDS and i not in wrong)

    def told(*parts: StarPart) -> Iterator[str | None]:
        """The evidence of parts of the story, but not of a claim the reference contradicts."""
        return (part.evidence for part in parts if part.sentence not in wrong)

    match code:
        case "explains_reasoning":
            yield from (p.quote for p in reading.points if p.explained and p.status == "covered")
        case "quantified_result":
            if star:
                # A story's number on the outcome is in its result, not in its scene ("a Year 10 class") or an act
                # ("every ten minutes"). When an earlier strength has quoted the result, this one is left out.
                yield from told(star.result)
            else:
                yield from texts(reading.measured_segments)
        case "uses_examples":
            yield from texts(reading.example_segments)
            if star:
                yield from told(star.action)
        case "complete_star" if star:
            yield from told(star.result, star.action, star.situation)
        case "takes_ownership" if star:
            yield from told(star.action)
            yield from (t for t in texts() if PAST_ACTION.search(normalize(t)))
        case "well_structured":
            yield from texts(reading.signposted)
            if star:
                yield from told(star.situation)
        case "confident_delivery" | "concise":
            yield from texts(reading.explained_segments)
            yield from texts()


# Weaknesses ---------------------------------------------------------------------------------------------

def _weaknesses(reading: Reading, signals: list[str]) -> list[str]:
    if reading.non_answer:
        lines = [f"Does not attempt the question: {_opening(reading)}"]
        if reading.points:
            lines.append(f"None of the key points is addressed, starting with {_named(reading.points[0].point)}")
        return lines
    # A point the answer dismisses is named by its own weakness (_flag_weaknesses), not again as one not made.
    dismissed = _dismissed_point(reading)
    missed = [p for p in reading.points if p.status == "missed" and p.point != dismissed]
    partial = [p for p in reading.points if p.status == "partial"]
    lines = _flag_weaknesses(reading)
    # Not "does not mention": measured against answers labelled point by point (eval/points/), more than a quarter
    # of the points a reader ticks are said in words the analyzer cannot match, so it claims only what it can see.
    lines += [f"Does not clearly make the key point {_named(p.point)}" for p in missed[:2]]
    lines += [line for code in WEAKNESS_PRIORITY if code in signals and (line := _weakness_line(reading, code))]
    lines += [f"Only touches on the key point {_named(p.point)}: {_quoted(p.quote)}" for p in partial[:2]]
    lines = _unique(lines)
    if len(lines) < MIN_WEAKNESSES:
        lines = _unique(lines + _minor_weaknesses(reading))
    return lines[:MAX_WEAKNESSES]


def _flag_weaknesses(reading: Reading) -> list[str]:
    lines = []
    if "restates_question" in reading.flags and reading.sentences:
        lines.append("Restates the question instead of answering it: "
                     f"{_segment_quote(reading, reading.sentences[0])}")
    if reading.instruction_indexes:
        injected = split_instruction(reading.answer, reading.all_sentences[reading.instruction_indexes[0]])[1]
        lines.append("Includes text addressed to the grader, which is ignored and costs points: "
                     f"{_segment_quote(reading, injected)}")
    if "copied_from_model_answer" in reading.flags and reading.sentences:
        lines.append("Repeats the model answer nearly word for word: "
                     f"{_segment_quote(reading, reading.sentences[0])}")
    if reading.soundness.red_flags and (line := _weakness_line(reading, "red_flag")):
        lines.append(line)  # what an interviewer remembers of the answer: first, before any gap
    soundness = reading.soundness
    if soundness.shows_wrong_claim and (line := _weakness_line(reading, "contradicts_reference")):
        lines.append(line)  # a wrong claim too: it outweighs any point left out, and it is this answer's own
    return lines


def _dismissed_point(reading: Reading) -> str | None:
    """The key point the feedback names as dismissed: that of the first wrong claim, when it is a dismissal."""
    soundness = reading.soundness
    if not soundness.shows_wrong_claim:
        return None
    index = dict(soundness.dismissed).get(soundness.contradicted[0])
    return None if index is None else reading.points[index].point


def _weakness_line(reading: Reading, code: str) -> str | None:
    segments = reading.segments
    star = reading.star
    delivery = reading.delivery
    if not segments:
        return None
    match code:
        case "unexplained_terms":
            return f"Names concepts without explaining them: {_quoted(_listed_terms(reading))}"
        case "too_short":
            return f"Too short to show depth at {reading.word_count} words: {_segment_quote(reading, segments[0])}"
        case "missing_result" if not _point_about(reading, "result"):
            return f"The story stops before the result; it ends with {_segment_quote(reading, segments[-1])}"
        case "unmeasured_result" if star and not _point_about(reading, "result"):
            return f"The result has no number attached: {_quoted(star.result.evidence)}"
        case "no_ownership":
            told_as_we = next((s for s in segments if {"we", "our"} & {t.word for t in s.tokens}), segments[0])
            return f"Says what the team did but not your own part: {_segment_quote(reading, told_as_we)}"
        case "filler_heavy" if delivery.filler_spans:
            sentence_index, token_index = delivery.filler_spans[0]
            names = ", ".join(_term(name) for name in list(delivery.fillers)[:3])
            example = quote(reading.answer, reading.sentences[sentence_index], (token_index,))
            return f"{delivery.filler_count} filler words ({names}) break up the answer, e.g. {_quoted(example)}"
        case "hedging" if delivery.hedge_sentences:
            sentence = reading.sentences[delivery.hedge_sentences[0]]
            return f"Hedges instead of committing: {_segment_quote(reading, sentence)}"
        case "rambling" if reading.longest_sentence:
            return f"Long, winding sentences are hard to follow: {_segment_quote(reading, reading.longest_sentence)}"
        case "vague":
            return f"Stays general instead of specific: {_segment_quote(reading, segments[0])}"
        case "red_flag":
            flag = reading.soundness.red_flags[0]
            segment = segments[flag.segment]
            # The quote shows the flag's own words, wherever in a long idea they are said.
            at = bisect_left([t.start for t in segment.tokens], flag.start)
            shown = quote(reading.answer, segment, (at, min(at + 3, len(segment.tokens) - 1)))
            return f"Raises a red flag, it {flag.describes}: {_quoted(shown)}"
        case "questionable_choice" if reading.conduct.segment is not None:
            worst = segments[reading.conduct.segment]
            return f"Describes a choice an interviewer may question: {_segment_quote(reading, worst)}"
        case "contradicts_reference":
            segment = segments[reading.soundness.contradicted[0]]
            if (dismissed := _dismissed_point(reading)) is not None:
                return (f"Dismisses a practice a strong answer relies on, {_named(dismissed)}: "
                        f"{_segment_quote(reading, segment)}")
            return f"Says something the expected answer contradicts: {_segment_quote(reading, segment)}"
        case "off_topic":
            target = min(segments, key=lambda s: (_topic_hits(reading, s), s.start))
            return f"Drifts away from the question: {_segment_quote(reading, target)}"
    return None


def _minor_weaknesses(reading: Reading) -> list[str]:
    """Honest room to improve in a strong answer: the least developed point, a missing trade-off."""
    segments = reading.segments
    if not segments:
        return []
    lines = []
    shallow = [p for p in reading.points if p.status == "partial" or (p.status == "covered" and not p.explained)]
    if shallow:
        lines.append(f"Could go deeper on the key point {_named(shallow[0].point)}: {_quoted(shallow[0].quote)}")
    last = _segment_quote(reading, segments[-1])
    star = reading.star
    if star and star.hypothetical_allowed:
        lines.append(f"Does not say how you would know the plan worked; it ends with {last}")
    elif star and not star.reflection.present:
        lines.append(f"Does not say what you learned; the story ends with {last}")
    if star and star.task.present and star.task.sentence == star.situation.sentence:
        lines.append(f"Could state your own goal apart from the context: {_quoted(star.task.evidence)}")
    if star and star.reflection.present:
        lines.append(f"Could link the lesson to the role you are applying for: {_quoted(star.reflection.evidence)}")
    if not reading.star and not reading.weighs_trade_offs:
        lines.append(f"Does not weigh trade-offs or say when the approach would not fit; it ends with {last}")
    if not reading.example_segments and not reading.star:
        lines.append(f"Stays at the level of method, without a real example: {_segment_quote(reading, segments[0])}")
    if not reading.measured_segments:
        longest = max(segments, key=lambda s: (s.word_count, -s.start))
        lines.append(f"Could back this with a number or measured effect: {_segment_quote(reading, longest)}")
    return lines


def _listed_terms(reading: Reading) -> str:
    """The first run of list-like sentences ("Indexes. EXPLAIN. Caching."), verbatim."""
    segments = reading.segments
    first = next((i for i, s in enumerate(segments) if is_list_like([s])), None)
    if first is None:
        return quote(reading.answer, segments[0])
    last = first
    while last + 1 < len(segments) and is_list_like([segments[last + 1]]):
        last += 1
    return reading.answer[segments[first].start:segments[last].end]


def _topic_hits(reading: Reading, segment: Sentence) -> int:
    topic = reading.vocabulary.topic
    return sum(token.concept in topic for token in segment.tokens if token.is_content)


def _point_about(reading: Reading, part: str) -> bool:
    return any(star_part_of(p.point) == part for p in reading.points)


# Missing points and suggestions -------------------------------------------------------------------------

def _missing_points(reading: Reading) -> list[str]:
    missed = [f"{_sentence_case(p.point)} (not found in the answer)" for p in reading.points if p.status == "missed"]
    partial = [f"{_sentence_case(p.point)} (only touched on)" for p in reading.points if p.status == "partial"]
    story = [STAR_PART_NAMES[name] for name in _missing_star_parts(reading)]
    return (missed + story + partial)[:MAX_MISSING_POINTS]


def _missing_star_parts(reading: Reading) -> list[str]:
    """STAR parts the story lacks that no key point already names; a situational question sets its own
    scene, so only its actions and outcome are expected."""
    star = reading.star
    if star is None:
        return []
    expected = ("action", "result") if star.hypothetical_allowed else STAR_PARTS
    return [name for name in expected if not star.part(name).present and not _point_about(reading, name)]


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _suggestions(reading: Reading, signals: list[str]) -> list[str]:
    lines: list[str] = []
    if reading.non_answer:
        # A fluent reply that steers elsewhere needs a different nudge than a bare "I don't know".
        steered = reading.talks_elsewhere and not (reading.declines or reading.gibberish or reading.off_topic)
        lines.append(SIGNAL_SUGGESTIONS["steered_away" if steered else "no_answer"])
    lines += [FLAG_SUGGESTIONS[flag] for flag in reading.flags if flag in FLAG_SUGGESTIONS]
    # A bad call or a wrong claim comes first among the weaknesses, so its remedy comes first here.
    lines += [_signal_suggestion(reading, code) for code in ("red_flag", "contradicts_reference", "questionable_choice")
              if code in signals]
    # A point the answer dismisses has its own remedy above ("Don't dismiss…"), not a second one to cover it.
    dismissed = _dismissed_point(reading)
    gaps = [p for p in reading.points if p.status == "missed" and p.point != dismissed] + [
        p for p in reading.points if p.status == "partial"]
    lines += [_point_suggestion(reading, point) for point in gaps[:3]]
    if not reading.star:
        unexplained = [p for p in reading.points if p.status == "covered" and not p.explained]
        lines += [f"Say why {_named(p.point)} helps here, not only that you would do it." for p in unexplained[:1]]
    lines += [STAR_SUGGESTIONS[name] for name in _missing_star_parts(reading)]
    lines += [_signal_suggestion(reading, code) for code in signals]
    if reading.sparse_punctuation:
        lines.append("Break the answer into sentences; each idea is easier to follow when it ends with a full stop.")
    lines = _unique(lines)
    for line in _fallback_suggestions(reading):
        if len(lines) >= MIN_SUGGESTIONS:
            break
        if line not in lines:
            lines.append(line)
    return lines[:MAX_SUGGESTIONS]


def _fallback_suggestions(reading: Reading) -> list[str]:
    """General advice, leaving out what the answer already does."""
    if reading.star and reading.star.hypothetical_allowed:
        return list(FALLBACK_SUGGESTIONS["plan"])
    if reading.star:
        reflection, *others = FALLBACK_SUGGESTIONS["story"]
        return ([] if reading.star.reflection.present else [reflection]) + others
    trade_off, summary, example, verification = FALLBACK_SUGGESTIONS["technical"]
    has_trade_off = reading.weighs_trade_offs
    has_example = bool(reading.example_segments and reading.measured_segments)
    return ([] if has_trade_off else [trade_off]) + [summary] + ([] if has_example else [example]) + [verification]


def _signal_suggestion(reading: Reading, code: str) -> str:
    delivery = reading.delivery
    low, high = reading.ideal_words
    match code:
        case "filler_heavy":
            names = " and ".join(_term(name) for name in list(delivery.fillers)[:2])
            return f"Replace fillers such as {names} with a short pause; record yourself and count them."
        case "hedging":
            hedge = _term(next(iter(delivery.hedges), "I think"))
            return f"Commit to your answer: swap {hedge} for a direct statement and flag real doubt only once."
        case "contradicts_reference" if (dismissed := _dismissed_point(reading)) is not None:
            return (f"Don't dismiss {_named(dismissed)}: interviewers expect it. Say what it gives you and how you "
                    "would do it; if it can be skipped, name the exact condition under which it can.")
        case "too_short":
            return (f"Develop the answer to about {low}–{high} words (one to two minutes spoken): state your "
                    "approach, explain why it works, and give an example.")
    return SIGNAL_SUGGESTIONS.get(code, "")


def _point_suggestion(reading: Reading, point: PointCoverage) -> str:
    # A point that names what its part must hold ("action: written assumptions confirmed by sponsor") is advised
    # on for what it names: the story may well have an action, just not that one.
    part = (star_part_of(point.point) if reading.star
            and not says_what_the_part_holds(point.point, reading.vocabulary.question) else None)
    if part == "result" and reading.star and reading.star.result.present:
        return SIGNAL_SUGGESTIONS["unmeasured_result"]
    if part in STAR_SUGGESTIONS:
        return STAR_SUGGESTIONS[part]
    if part == "reflection":
        return FALLBACK_SUGGESTIONS["story"][0]
    verb = "Cover" if point.status == "missed" else "Develop"
    model = _model_answer_phrasing(reading, point.point)
    if model:
        return f'{verb} the key point {_named(point.point)}; the model answer puts it as: "{model}"'
    if reading.star:
        return f"{verb} the key point {_named(point.point)} with a sentence or two and one concrete detail."
    return f"{verb} the key point {_named(point.point)}: name it, then say how it works and why it helps here."


def _model_answer_phrasing(reading: Reading, point: str) -> str | None:
    return _sample_phrasing(reading.question.sample_answer, point, reading.vocabulary.question)


@lru_cache(maxsize=1024)
def _sample_phrasing(sample: str, point: str, question_concepts: frozenset[str]) -> str | None:
    """How the model answer puts a key point: a function of the question alone, so read once per point."""
    if not sample:
        return None
    found = assess_points(sample, list(_sample_segments(sample)), (point,), question_concepts)[0]
    if found.status != "covered" or found.share < COVERED_AT or not found.quote:
        return None
    words, cut = short_quote(found.quote, MODEL_QUOTE_WORDS)
    return words + ("…" if cut else "")


@lru_cache(maxsize=256)
def _sample_segments(sample: str) -> tuple[Sentence, ...]:
    return tuple(split_segments(sample, split_sentences(sample)))


# Narrative ----------------------------------------------------------------------------------------------

def _narrative(reading: Reading, scores: Scores, strengths: list[str], weaknesses: list[str],
               suggestions: list[str]) -> str:
    words = reading.word_count
    if reading.non_answer:
        return (f"This {words}-word reply does not attempt the question ({_opening(reading)}), so there is nothing "
                f"to score yet. {_next_step(suggestions)}")
    label = next(text for floor, text in QUALITY_LABELS if scores.overall >= floor)
    first = f"{label} {words}-word answer{_coverage_clause(reading)}."
    second = _evidence_sentence(strengths, weaknesses)
    return " ".join(part for part in (first, second, _below_clause(reading, scores), _next_step(suggestions)) if part)


def _below_clause(reading: Reading, scores: Scores) -> str:
    """Why the overall sits well below the mean of the dimensions the user sees (overall.py reads four more
    things), when it does and one of them is why."""
    mean = weighted_overall(**{name: getattr(scores, name) for name in DIMENSIONS})
    if scores.overall > mean - BELOW_DIMENSIONS_BY:
        return ""
    if reading.soundness.factor < SOUND_ENOUGH:
        return (f"The overall sits below the dimensions because parts of the answer ring false against the "
                f"expected answer (soundness {reading.soundness.factor:.2f} of 1).")
    if reading.conduct.sound < CONDUCT_ENOUGH:
        return (f"The overall sits below the dimensions because much of what the answer describes sounds like "
                f"choices an interviewer would question (conduct {reading.conduct.sound:.2f} of 1).")
    if reading.misconception >= MISCONCEPTION_HIGH:
        idea = misconception.loudest(reading.idea_features)
        return (f"The overall sits below the dimensions because the answer sounds like a poor one, mostly wrong or "
                f"confused however fluently it is told, as in {_segment_quote(reading, reading.segments[idea])} "
                f"(heard as a poor answer at {reading.misconception:.2f} of 1).")
    if reference_use(reading) < REFERENCE_USE_LOW:
        return (f"The overall sits below the dimensions because the answer uses few of the terms a full answer "
                f"uses in its sentences, listed terms aside ({len(reading.reference_used)} of "
                f"{len(reading.vocabulary.reference)}).")
    return ""


def _coverage_clause(reading: Reading) -> str:
    clauses = []
    if reading.points:
        total = len(reading.points)
        covered = [p.point for p in reading.covered_points]
        missed = [_named(p.point) for p in reading.points if p.status == "missed"]
        partial = [_named(p.point) for p in reading.points if p.status == "partial"]
        if len(covered) == total:
            clause = f" that covers all {total} key points"
        elif covered:
            named = _join([_named(p) for p in covered[:2]] + ([f"{len(covered) - 2} more"] if len(covered) > 2 else []))
            clause = f" that covers {len(covered)} of {total} key points ({named})"
        else:
            clause = f" that fully covers none of the {total} key points"
        gaps = ([f"misses {_join(missed[:2])}"] if missed else []) + (
            [f"only touches on {partial[0]}"] if partial else [])
        if gaps:
            clause += f"{' but' if covered else ';'} it {' and '.join(gaps)}"
        clauses.append(clause)
    if reading.star:
        present = reading.star.present_parts
        story = f"tells {len(present)} of the 4 STAR parts" if present else "tells no STAR story"
        if present and not reading.star.result.present:
            story += ", without a result"
        clauses.append(f"; it {story}" if clauses else f" that {story}")
    return "".join(clauses)


def _evidence_sentence(strengths: list[str], weaknesses: list[str]) -> str:
    """The answer's best moment, or when nothing earned praise, its main gap."""
    if strengths:
        return _as_sentence("Strongest moment", strengths[0])
    if weaknesses:
        return _as_sentence("Main gap", weaknesses[0])
    return ""


def _as_sentence(lead: str, line: str) -> str:
    return f"{lead}: {line[0].lower()}{line[1:]}{'' if line.endswith('…') else '.'}"


def _next_step(suggestions: list[str]) -> str:
    if not suggestions:
        return ""
    headline = suggestions[0].split("; the model answer", 1)[0].rstrip(".")
    return f"Next step: {headline[0].lower()}{headline[1:]}."


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _unique(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(line for line in lines if line))
