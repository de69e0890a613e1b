"""The evaluation harness: its statistics are right, its adversarial answers are what they claim to be,
and the rubric analyzer meets the issue's targets on the shipped graded set."""

import functools

import pytest

from interview.analysis.evaluation import (
    BANDS,
    INJECTION,
    TARGETS,
    GuardedEngine,
    Report,
    _ranks,
    centre_distance,
    evaluate,
    gibberish,
    keyword_list,
    load_graded,
    pairs_ordered,
    rambling,
    restatement,
    spearman,
    unpunctuated,
)
from interview.analysis.model import QuestionContext
from interview.analysis.rubric import RubricAnalyzer
from interview.cli import DEFAULT_GRADED

QUESTION = QuestionContext(
    question_text="How would you optimize a slow database query?",
    question_type="technical",
    key_points=("EXPLAIN to read the query plan", "Indexes on filtered and joined columns"),
    sample_answer="I would run EXPLAIN ANALYZE first. Then I would add indexes on the filtered columns.",
)


# Statistics ------------------------------------------------------------------------------------------------

def test_ranks_share_the_average_rank_on_ties():
    assert _ranks([10.0, 20.0, 20.0, 30.0]) == [1.0, 2.5, 2.5, 4.0]
    assert _ranks([5.0, 5.0, 5.0]) == [2.0, 2.0, 2.0]
    assert _ranks([3.0, 1.0, 2.0]) == [3.0, 1.0, 2.0]


def test_spearman_is_one_for_the_same_order_and_minus_one_for_the_reverse():
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [40, 30, 20, 10]) == pytest.approx(-1.0)


def test_spearman_with_ties_is_pearson_on_average_ranks():
    # Given grades with ties, as every graded set has
    scores, grades = [30.0, 50.0, 50.0, 90.0], [0.0, 1.0, 2.0, 2.0]

    # Then the ranks are averaged over ties and the coefficient is their Pearson correlation:
    # deviations (-1.5, 0, 0, 1.5) and (-1.5, -0.5, 1, 1) give 3.75 / sqrt(4.5 * 4.5)
    assert _ranks(scores) == [1.0, 2.5, 2.5, 4.0]
    assert _ranks(grades) == [1.0, 2.0, 3.5, 3.5]
    assert spearman(scores, grades) == pytest.approx(3.75 / 4.5)


def test_pairs_are_counted_within_a_question_and_a_tie_is_misordered():
    questions = [[(4, 90.0), (2, 50.0), (0, 50.0)],  # ordered, ordered, tied
                 [(3, 10.0), (1, 20.0)],  # reversed
                 [(2, 40.0), (2, 60.0)]]  # same grade: not a pair
    assert pairs_ordered(questions) == 2 / 4
    assert centre_distance([4, 0], [80.0, 18.0]) == 10.0


def test_spearman_of_a_constant_is_zero_not_an_error():
    assert spearman([1.0, 1.0, 1.0], [1.0, 2.0, 3.0]) == 0.0


# Adversarial constructions ---------------------------------------------------------------------------------

def test_keyword_list_lists_the_key_points_terms_without_a_sentence():
    listed = keyword_list(QUESTION)
    assert "EXPLAIN" in listed and "Indexes" in listed
    assert " is " not in listed and " because " not in listed


def test_restatement_only_repeats_the_question():
    text = restatement(QUESTION)
    assert "optimize a slow database query" in text
    assert "index" not in text.lower()


def test_gibberish_is_deterministic_and_unreadable():
    assert gibberish("seed") == gibberish("seed") != gibberish("other")
    assert len(gibberish("seed").split()) == 40


def test_unpunctuated_drops_capitals_and_punctuation_only():
    assert unpunctuated("First, run EXPLAIN. Then index it!") == "first run explain then index it"
    # The same words: joined words stay apart, a number keeps its decimal point, the apostrophe goes as in dictation
    assert unpunctuated("Cross-origin read/write at 5.7%, don't.") == "cross origin read write at 5.7 dont"


def test_rambling_and_concise_make_the_same_point():
    ramble, concise = rambling(QUESTION, "seed")
    point = QUESTION.key_points[0].lower()
    assert point in ramble and point in concise
    assert ramble.count("um") >= 10 and "um" not in concise.split()
    # The concise counterpart is a fair answer, not a single generic sentence
    assert len(concise.split()) >= 15 and "EXPLAIN ANALYZE" in concise


def test_the_injected_instruction_addresses_the_grader():
    assert "ignore previous instructions" in INJECTION.lower()


# Targets on the shipped graded set -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def report():
    return evaluate(load_graded(DEFAULT_GRADED), RubricAnalyzer())


def test_scores_order_the_graded_answers(report):
    assert report.spearman >= TARGETS["spearman"]
    assert report.spearman > report.baseline_spearman


def test_within_question_pairs_are_ordered(report):
    assert report.pairs >= TARGETS["pairs"]
    assert report.pairs > report.baseline_pairs


@pytest.mark.parametrize("grade", sorted(BANDS))
def test_each_grade_lands_in_its_band(report, grade):
    low, high = BANDS[grade]
    assert low <= report.mean_by_grade[grade] <= high


def test_scores_sit_near_their_band_centres(report):
    assert report.centre_distance <= TARGETS["centre_distance"]
    assert report.centre_distance < report.baseline_centre_distance


@pytest.mark.parametrize("index", range(7))
def test_each_adversarial_check_passes(report, index):
    check = report.adversarial[index]
    assert check.ok, f"{check.name}: {check.passed}/{check.total}, first miss {check.worst}"


def test_every_adversarial_check_is_tested_above(report):
    assert len(report.adversarial) == 7  # a new check needs its index in test_each_adversarial_check_passes


def test_narratives_differ_from_answer_to_answer(report):
    assert report.distinct_narratives == report.n_answers


# Sets written unseen -------------------------------------------------------------------------------------

# Written by people who never read the analyzer; each was measured once as it arrived (docs/analyzer.md gives
# that first sight). The holdout ones were then read to find faults, and the overall's model is fitted to them
# (test_overall.py checks the fit on a file left out of it): these are floors the engine keeps on each. The
# unseen ones (eval/unseen/) are never read and never fitted. The ones in eval/read/ were read for faults, and since
# rubric-1.14.1 are fitted too: their grade-1 stories of questionable choices, told fluently, make the model step
# more steeply with conduct (test_overall.py's bound).
HOLDOUT = DEFAULT_GRADED[0].parents[1] / "holdout"
READ = DEFAULT_GRADED[0].parents[1] / "read"
UNSEEN = DEFAULT_GRADED[0].parents[1] / "unseen"
# eval/holdout/'s files; eval/read/'s (READ_NAMES) are fitted too since rubric-1.14.1
FITTED_NAMES = tuple(f"fresh{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 17, 24, 25))
READ_NAMES = tuple(f"fresh{n}.jsonl" for n in (31, 32, 33, 36, 37, 48, 49, 50, 51, 52, 53, 54, 55))
UNSEEN_NAMES = tuple(f"fresh{n}.jsonl" for n in (12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 26, 27, 28, 29, 30, 34, 35,
                                                   38, 39, 40, 41, 42, 43, 44, 45, 46, 47))
PATHS = {**{name: HOLDOUT / name for name in FITTED_NAMES}, **{name: READ / name for name in READ_NAMES},
         **{name: UNSEEN / name for name in UNSEEN_NAMES}}
ALL_NAMES = FITTED_NAMES + READ_NAMES + UNSEEN_NAMES


@functools.cache
def fresh_report(name: str) -> Report:
    return evaluate(load_graded([PATHS[name]]), RubricAnalyzer())


# fresh20 at first sight (rubric-1.8.0): its grade-3 answers averaged 60.2, under their band (62-82); not read.
# fresh24-fresh30 were written under a brief that keeps every reply 30 words or longer, so their grade-0 replies are
# fluent deflections. On rubric-1.9.6 their grade-0 answers average over their band (0-18): fresh25 (read and
# fitted) 20.0 and, never read, fresh26 22.1, fresh27 23.3, fresh28 21.8, fresh29 22.5 and fresh30 22.0. fresh25's
# are in their band since rubric-1.13.9 (15.2), which reads a reply of pitches and asides as no answer.
# fresh31-fresh35 were written on 2026-11-27 under a brief that asks excellent answers for an example of their own
# (not the model answer's) and key points phrased as an interviewer's rubric; on rubric-1.11.1 the excellent answers
# of fresh31, fresh33 and fresh34 average 76.7, 75.5 and 77.0, under their band (80-100), fresh31's good ones 60.2,
# and the grade-0 replies of fresh34 and fresh35 (not read for it) 28.1 and 23.0; fresh33 and fresh34 sit 13.1 and
# 12.9 from the centres.
# fresh20's grade-3 answers are in their band since rubric-1.14.0 (the conduct input).
# fresh31's grade-4 answers are in their band since rubric-1.14.1, whose fit includes eval/read/ (fresh31 among them).
# fresh36-fresh41 were written on 2026-11-29 under fresh31's brief. fresh36 and fresh37 were read for rubric-1.15.0's
# replies that say outright they will not answer (their grade-0 means 25.4 and 32.2 on rubric-1.14.1, 16.8 and 22.5
# since: a review narrowed the phrases to those no answer says); on fresh38-fresh41, never read, the grade-0 replies
# average 29.5, 29.8, 31.7 and 22.5 (32.3, 32.0, 33.7 and 24.9 on rubric-1.14.1). fresh30's are in their band since
# rubric-1.15.1 (18.0). Refitted with fresh37's grade-0 replies that no rule takes, the model lowers fluent replies a
# little more: fresh11's grade-2 answers (fitted) averaged 41.7, under their band (42-66) by 0.3.
# rubric-1.16.0 hears a reply that tells something else in place of an answer (focus.py): the grade-0 replies of
# fresh26-29 and 37-39 come into their band, fresh11's grade-2 answers (43.4) and fresh34's grade-4 ones (81.4) too.
# fresh42-fresh44 were written with fresh38-41 and kept unmeasured in eval/reserve/ until rubric-1.16.0 was chosen:
# their grade-0 replies averaged 32.7, 31.2 and 31.9 on rubric-1.15.1, and 21.0, 17.8 and 24.5 on 1.16.0. fresh35's
# (19.5 on 1.16.0, 23.0 at first sight) stay over their band.
# rubric-1.17.0 (the misconception input, fresh48-55 fitted, the focus model retrained and sure at 0.8): the grade-0
# replies of fresh35 (17.3) and fresh41 (16.2) come into their band, fresh33's grade-4 answers too; fresh40, 42 and
# 44's stay over it (22.3, 21.4, 20.3). fresh48-55, written the same day under a brief whose grade-0 replies are often
# an explanation of a neighbouring question in the field's words, are fitted and still average 20.5-29.8 at grade 0:
# no rule and no model takes such a reply yet (docs/analyzer.md, known limits). fresh45-47, written with fresh42-44
# and kept unmeasured in eval/reserve/ until rubric-1.17.0 was chosen: grade 0 at 30.0, 29.4 and 26.8 on
# rubric-1.16.0, 25.4, 23.7 and 20.1 on 1.17.0.
BAND_MISS = {f"fresh{n}.jsonl": pytest.mark.xfail(strict=True, reason=f"fresh{n}'s grade-0 answers average over "
                                                  "their band")
             for n in (40, 42, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55)}


@pytest.mark.parametrize("name", [pytest.param(name, marks=BAND_MISS.get(name, ()))
                                  for name in ALL_NAMES])
def test_on_sets_written_unseen_the_engine_stays_calibrated(name):
    report = fresh_report(name)
    assert report.n_questions >= 15
    assert report.centre_distance <= TARGETS["centre_distance"]
    assert report.centre_distance < report.baseline_centre_distance / 2
    for grade in (4, 3, 2, 0):  # grade 1 (fluent and wrong) is the known miss
        low, high = BANDS[grade]
        assert low <= report.mean_by_grade[grade] <= high


# fresh28 ordered 88.3 % of its pairs on rubric-1.9.4 to 1.11.6, as many as word overlap (88.8 %), until rubric-1.12.0
# read a key point's practice waved away ("no need to…", "…is a waste of time") as a wrong claim.
@pytest.mark.parametrize("name", ALL_NAMES)
def test_on_sets_written_unseen_the_engine_orders_answers_better_than_word_overlap(name):
    report = fresh_report(name)
    assert report.spearman > report.baseline_spearman
    assert report.pairs > report.baseline_pairs


# On the sets never read, no excellent answer loses more than 8 points without punctuation. fresh20's
# f20-mysql-cloud-migration lost 10 until rubric-1.11.4: dictated, its "I'd" plans read as "id …", and a plan among
# "we"s was taken for a story told only as "we" (read with rubric-1.8.2). Until rubric-1.9.1 the harness also glued
# the words a hyphen or slash joins and dropped decimal points ("cross-origin" -> "crossorigin", "5.7" -> "57"),
# which changed the content and cost fresh20's f20-test-limits-cpk, fresh22's and fresh27's excellent answers 10-12
# points. fresh26's that lost 21 (77 -> 56) had "give him the real answer than a…" read as an instruction to award
# "an A" (only the matched words were printed).
# Since rubric-1.14.0, whose refit overall weighs clarity more alongside the conduct input, one excellent answer each
# of fresh14, fresh15 and fresh34 lost 9 points dictated (88 -> 79, 91 -> 82, 82 -> 73: clarity and accuracy fall
# as before, conduct barely moves; counted, not read). Refitted with eval/read/ (rubric-1.14.1), fresh15's loses 10
# (92 -> 82) and the other two pass.
# fresh41 (never read): one excellent answer loses 13 points dictated (83 -> 70), on rubric-1.14.1 too. Refitted for
# rubric-1.15.1, one excellent answer of fresh35 lost 9 (75 -> 66; counted, not read); it passes on rubric-1.16.0.
# fresh42 and fresh43 (never read): one excellent answer each loses 9 and 10 (55 -> 45 and 86 -> 76 on rubric-1.15.1,
# 53 -> 44 and 86 -> 76 on 1.16.0).
# rubric-1.17.0: fresh15's, fresh41's and fresh42's pass; one excellent answer of fresh39 loses 9 (75 -> 66) and two
# of fresh43 lose 9 and 13 (counted, not read): 3 of eval/unseen/'s 672 excellent answers (4 of 600 on rubric-1.16.0).
DICTATION_MISS = {f"fresh{n}.jsonl": pytest.mark.xfail(strict=True, reason=f"an excellent answer of fresh{n} loses "
                                                       "more than 8 points dictated") for n in (39, 43)}


@pytest.mark.parametrize("name", [pytest.param(name, marks=DICTATION_MISS.get(name, ())) for name in UNSEEN_NAMES])
def test_on_sets_never_read_every_adversarial_check_passes(name):
    assert all(check.ok for check in fresh_report(name).adversarial)


def test_on_every_fresh_set_the_adversarial_checks_other_than_dictation_pass():
    for name in ALL_NAMES:
        assert all(check.ok for check in fresh_report(name).adversarial if "punctuation" not in check.name), name


# GuardedEngine: how the harness measures an engine that may be unavailable (Groq) --------------------------------

class ScriptedEngine:
    """An engine that fails as scripted, then answers with the rubric's analysis (counted as its own)."""

    def __init__(self, *failures):
        self.failures, self.calls = list(failures), 0

    def analyze(self, question, answer):
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return RubricAnalyzer().analyze(question, answer)


def guarded(engine, **kwargs):
    slept = []
    return GuardedEngine(engine, RubricAnalyzer(), sleep=slept.append, **kwargs), slept


def test_guarded_engine_retries_with_the_workers_backoff_then_falls_back():
    from interview.errors import AnalysisUnavailable

    down = [AnalysisUnavailable("server_error", "503") for _ in range(3)]
    guard, slept = guarded(ScriptedEngine(*down), attempts=3)
    guard.analyze(QUESTION, "I would add an index.")
    assert slept == [0.5, 1.0]  # BACKOFF_SECONDS, then the third failure falls back without waiting
    assert guard.fell_back == {"server_error": 1} and guard.analyses == 1


def test_guarded_engine_honours_retry_after_and_counts_nothing_when_it_recovers():
    from interview.errors import AnalysisUnavailable

    engine = ScriptedEngine(AnalysisUnavailable("rate_limited", "429", retry_after_seconds=7))
    guard, slept = guarded(engine, max_wait_seconds=20)
    guard.analyze(QUESTION, "I would add an index.")
    assert (slept, engine.calls, dict(guard.fell_back)) == ([7], 2, {})


def test_guarded_engine_does_not_wait_longer_than_allowed_nor_retry_a_missing_client():
    from interview.errors import AnalysisUnavailable

    guard, slept = guarded(ScriptedEngine(AnalysisUnavailable("rate_limited", "429", retry_after_seconds=60)),
                           max_wait_seconds=20)
    guard.analyze(QUESTION, "I would add an index.")
    no_key = ScriptedEngine(AnalysisUnavailable("configuration", "no key"))
    guard2, slept2 = guarded(no_key)
    guard2.analyze(QUESTION, "I would add an index.")
    assert (slept, dict(guard.fell_back)) == ([], {"rate_limited": 1})
    assert (slept2, no_key.calls, dict(guard2.fell_back)) == ([], 1, {"configuration": 1})


def test_guarded_engine_falls_back_on_any_failure_and_gives_up_after_a_run_of_them():
    engine = ScriptedEngine(*[ValueError("bad reply") for _ in range(5)])
    guard, _ = guarded(engine, give_up_after=2)
    for _ in range(4):
        guard.analyze(QUESTION, "I would add an index.")
    assert engine.calls == 2  # not asked again after two fallbacks in a row
    assert dict(guard.fell_back) == {"ValueError": 2, "given up": 2}
    assert guard.fallback_share == 1.0
    assert guard.summary("fake") == "engine: fake: 4 analyses, 4 made by the rubric instead (ValueError 2, given up 2)"


def test_guarded_engine_keeps_asking_through_throttling_but_not_through_replies_it_cannot_use():
    from interview.errors import AnalysisUnavailable

    throttled = ScriptedEngine(*[AnalysisUnavailable("rate_limited", "429", retry_after_seconds=30) for _ in range(10)])
    guard, _ = guarded(throttled, give_up_after=2, max_wait_seconds=20)
    for _ in range(10):
        guard.analyze(QUESTION, "I would add an index.")
    unusable = ScriptedEngine(*[AnalysisUnavailable("unusable_output", "401") for _ in range(10)])
    guard2, slept2 = guarded(unusable, give_up_after=2)
    for _ in range(4):
        guard2.analyze(QUESTION, "I would add an index.")
    assert throttled.calls == 10 and dict(guard.fell_back) == {"rate_limited": 10}
    assert (unusable.calls, slept2, dict(guard2.fell_back)) == (2, [], {"unusable_output": 2, "given up": 2})
