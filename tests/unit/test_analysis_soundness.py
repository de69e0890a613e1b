"""Soundness: the warning signs of a wrong answer, and of a story that answers another question."""

import pytest

from interview.analysis import soundness
from interview.analysis.soundness import Soundness, read_soundness
from interview.analysis.text import split_segments, split_sentences

DISAGREED = "Tell me about a time you disagreed with a technical decision made by your lead or manager."


def story_soundness(question: str, answer: str) -> Soundness:
    segments = split_segments(answer, split_sentences(answer))
    return read_soundness(answer, segments, "", question, (), True, len(answer.split()), 0.0)


def test_the_asked_act_with_someone_the_question_does_not_name_is_another_story():
    assert story_soundness(DISAGREED, "Last year I disagreed with a client about the logo colours.").wrong_story == 0


def test_the_asked_act_with_the_named_person_is_the_story_asked_for():
    assert story_soundness(DISAGREED, "Last year I disagreed with my lead about the caching layer.").wrong_story is None
    assert story_soundness(DISAGREED, "I disagreed with the plan, so I met my manager.").wrong_story is None


def test_contradicted_claims_cost_less_as_the_key_points_are_covered():
    def cost(coverage: float) -> float:
        return Soundness((), (), None, 0.0, 0.0, None, coverage, contradicted=(0, 2)).contradiction_cost

    assert cost(0.0) > cost(0.4) > cost(0.8) == 0.0


def test_a_run_on_answer_is_judged_on_the_words_near_its_key_concepts(monkeypatch):
    # Given a dictated answer: one idea about collisions, then a long aside, without full stops
    question = "How does a hash table handle collisions?"
    sample = "A hash table maps keys to buckets. Collisions are handled by chaining or probing."
    points = ("collisions handled by chaining",)
    answer = ("collisions are handled by chaining in each bucket of the table and on weekends i enjoy hiking "
              "in the mountains with old friends from school and cooking long elaborate dinners for my whole "
              "family while listening to jazz records")

    def rate() -> float:
        segments = split_segments(answer, split_sentences(answer))
        return read_soundness(answer, segments, sample, question, points, False, len(answer.split()),
                              0.0).unsupported_rate

    near_only = rate()
    monkeypatch.setattr(soundness, "LONG_SEGMENT_WORDS", 10_000)
    whole_stretch = rate()

    # Then the aside far from the key concepts is not counted as said about them
    assert 0 < near_only < whole_stretch


@pytest.mark.parametrize("muddled", [
    "We raised the price, or actually first we changed the tiers, then the price.",
    "You roll back the build in the store, or maybe not, maybe you upload it again as a new one.",
    "In the end it was fine, or we changed it back, I don't totally remember.",
])
def test_taking_it_back_mid_answer_reads_as_confusion(muddled):
    # A candidate who corrects themselves mid-claim or cannot say how their own story ended is confused;
    # a considered "actually" is not.
    sure = "We measured the drop for two weeks, and actually the new tiers did better than the old ones."
    muddled_reading = read_soundness(muddled, split_sentences(muddled), "", "", (), False, 30, 0.0)
    sure_reading = read_soundness(sure, split_sentences(sure), "", "", (), False, 30, 0.0)

    assert muddled_reading.confusion and not sure_reading.confusion


@pytest.mark.parametrize(("text", "confused"), [
    ("Honestly I always mix these up, sorry.", True),
    ("We keep mixing the two up in standups.", True),
    ("TCP and UDP are basically the same thing.", True),
    ("They're pretty much the same, just different names.", True),
    ("TCP and UDP are basically the same thing in practice.", True),
    # Other people's mix-ups are part of the story, and a thing can be the same as another without confusion.
    ("I ran hinge questions every ten minutes, so I knew immediately who was still mixing them up.", False),
    ("The new hires kept mixing them up until we relabelled the bins.", False),
    ("The requested feature was granular roles, basically the same code as the permissions system.", False),
])
def test_confusion_is_the_candidates_own(text, confused):
    reading = read_soundness(text, split_sentences(text), "", "", (), False, 30, 0.0)

    assert bool(reading.confusion) is confused



MENTORING = "Tell me about a time you mentored a less experienced developer."


@pytest.mark.parametrize(("story", "wrong"), [
    # Only ever on the receiving end, whatever the helping verb: the mirror image of the story asked for.
    ("The best mentoring I had was from my tech lead. He sat with me every week and taught me to write tests.",
     True),
    ("When I joined, a senior engineer coached me through my first releases and I grew a lot.", True),
    # The candidate mentors; being helped back along the way is part of a real story.
    ("I mentored our new hire Sam for three months. I paired with him on reviews, and he helped me see where "
     "my explanations were too abstract.", False),
])
def test_asked_about_helping_someone_a_story_of_only_being_helped_is_the_wrong_story(story, wrong):
    reading = read_soundness(story, split_sentences(story), "", MENTORING, (), True, 30, 0.0)

    assert (reading.wrong_story is not None) is wrong


@pytest.mark.parametrize(("question", "story"), [
    # A real mentoring story that says what mentoring taught the candidate.
    (MENTORING, "I mentored our new hire Sam for three months. I paired with him twice a week, walked him through "
                "our runbooks and reviewed his pull requests. Mentoring him also taught me to explain things simply."),
    # What helped the candidate is no person: the story is still the one asked for.
    ("Tell me about a time you helped a struggling teammate.",
     "I helped Priya with her first on-call week by pairing on every page. The experience helped me become a better "
     "listener."),
])
def test_being_taught_by_the_experience_is_not_the_wrong_story(question, story):
    reading = read_soundness(story, split_sentences(story), "", question, (), True, 40, 0.0)

    assert reading.wrong_story is None


@pytest.mark.parametrize(("question", "story", "wrong"), [
    # The premise denied outright is another story ...
    ("Tell me about a time you missed a deadline.", "Honestly I don't really miss deadlines, I plan ahead.", True),
    # ... but not a supposition about it, or a general habit.
    ("Tell me about a test you ran that failed.",
     "The numbers didn't move, and it was hard to say if we just didn't run it long enough.", False),
    ("Tell me about a time you designed for users you knew little about.",
     "When I don't know a domain, I start with support tickets and shadow two customers.", False),
    # What the question asks of the candidate, or says someone else did, is not what the candidate did.
    ("The architect asks you to sign off on a design you believe will fail. What do you do?",
     "I won't sign something I believe breaks their SLA; I'd put the numbers in front of both of them.", False),
    ("One of your engineers tells you they've received an offer paying 25% more. What do you do?",
     "I'd ask what draws them, and if it's scope, I'd look at what I can genuinely offer.", False),
    # An act the question negates or that is itself a refusal.
    ("Users report a bug, but you can't reproduce it on your devices. What would you do?",
     "If I still can't reproduce it, I'd add logging around the crash and ask two users for a screen recording.",
     False),
    ("Tell me about a time you had to say no to another team.",
     "I didn't say no in the first meeting; I asked what they needed it for and came back with options.", False),
])
def test_a_denied_premise_is_another_story_but_a_supposition_or_a_request_is_not(question, story, wrong):
    assert (story_soundness(question, story).wrong_story is not None) is wrong


def test_a_sweeping_word_in_a_guess_is_no_sweeping_claim():
    def sweeping(answer: str) -> tuple[int, ...]:
        return read_soundness(answer, split_sentences(answer), "", "", (), False, 40, 0.0).sweeping

    assert sweeping("Nothing will break, the deploy is always safe.")
    assert sweeping("Hopefully nothing major breaks. We probably kept parts of it anyway.") == ()
    # A guess in one clause does not excuse the claims of the next.
    assert len(sweeping("Maybe it is overkill, but honestly you don't need rate limiting anyway.")) == 2


def test_when_sets_the_time_of_a_story_and_does_not_make_a_denial_a_supposition():
    assert story_soundness("Tell me about a time you missed a deadline.",
                           "Honestly when I plan properly I don't miss deadlines.").wrong_story == 0


def test_in_dictated_text_a_negation_of_the_clause_before_denies_nothing():
    question = "Tell me about a time you built a design system."
    # "…so it couldnt drift we built…": the negation is the previous clause's; "i wasnt getting" is negated.
    assert story_soundness(question, "we moved tokens into one package so it couldnt drift we built the twelve "
                                     "core components first").wrong_story is None
    assert story_soundness(question, "honestly i didnt build one we bought a kit").wrong_story == 0
    feedback = "Tell me about a time you gave feedback to your manager."
    assert story_soundness(feedback, "he cancelled our one to ones and i wasnt getting enough guidance so i raised "
                                     "it with him").wrong_story is None


@pytest.mark.parametrize(("question", "story", "wrong"), [
    # A denied act is the premise denied only when it is the question's own act on the question's own object ...
    ("Tell me about a mistake you made at work.", "Honestly I don't really make mistakes at work.", True),
    ("Tell me about a time you missed a deadline.", "I've never missed one in six years.", True),
    # ... not another act the story tells as part of the mistake or the change ...
    ("Tell me about a mistake you made at work.",
     "I ran the migration on the live database. I didn't make a backup first, because I was sure of the host.", False),
    ("Tell me about a time you improved a process without being asked.",
     "I didn't change everything at once. I started with the intake form and measured it for two weeks.", False),
    ("Tell me about a time you had to deliver under serious deadline pressure.",
     "By day two it was clear we couldn't deliver everything in four weeks, so I proposed cutting the reports.",
     False),
    # ... nor the act owned as done badly.
    ("Tell me about a time you led a team through a major change.",
     "I'll be honest: I didn't handle it well at first, so I set up one-to-ones with each of the six.", False),
    # A converse act done to oneself or to a thing is no mirror-image story; done to someone, it is.
    ("Tell me about a time you had to learn a new skill quickly.",
     "I taught myself React Native in three weeks by rebuilding one screen a day.", False),
    ("Tell me about a time you had to learn a new skill quickly.", "I taught two juniors how to use Terraform.", True),
    ("Tell me about a time you received critical feedback.",
     "I was annoyed at first, so I gave myself a day before I replied.", False),
    ("Tell me about a time you received critical feedback.", "I gave my teammate some critical feedback.", True),
    ("Tell me about a significant failure in a project you led.",
     "We followed the vendor's recommended migration plan, which assumed a weekend of downtime.", False),
    # What the question says was done to the candidate, or what they believe or want, is no act a plan must repeat.
    ("What would you do if you were asked to lead a feature that collects data without real consent?",
     "I'd go back to the person who asked me and explain the legal and trust risk.", False),
    ("What would you do if you were given a task with unclear requirements?",
     "I'd check with the person who gave me the task as soon as they're back.", False),
    ("You want to sunset a feature that a small group of customers love. How do you handle it?",
     "I'd give them six months' notice, because I wouldn't want to surprise anyone.", False),
    ("Tell me about a time you realised you were going to miss a deadline.",
     "I'm very organised, so I don't really miss deadlines.", True),
    # A second review (rubric-1.11.6): what comes after the act's object narrows a denial to a time, a manner or a
    # means, so the story's own ending is no denial ...
    ("Tell me about a mistake you made at work.",
     "I pushed a config change without a rollback plan and checkout was down for an hour. I wrote a runbook "
     "with the team, and I never made that mistake again.", False),
    ("What would you do if you discovered that a change you shipped yesterday has a bug nobody has noticed?",
     "I'd tell my lead first. I wouldn't deploy anything else until the fix is out.", False),
    # ... while a modifier before the question's object, "anyone" or a span of years leaves it the premise denied.
    ("Tell me about a mistake you made at work.", "Honestly, I've never made a serious mistake at work.", True),
    ("Tell me about a time you mentored someone.", "I haven't mentored anyone yet, to be honest.", True),
    ("Tell me about a time you missed a deadline.", "I have never missed a deadline in eleven years.", True),
    # Giving is the mirror of receiving only when what is given is the question's own; following up is no following.
    ("Tell me about a time you received critical feedback.",
     "My lead said my reviews were slow. The next morning I gave my lead an update on what I had changed.", False),
    ("Tell me about a time you led a team through a major change.",
     "I announced the reorganisation myself and followed up with each person one to one that week.", False),
    # A role named beside the act is no counterpart, and a lead is on the manager's side.
    ("What would you do if a stakeholder asked your team for a feature the week before a release?",
     "I'd ask the stakeholder and my manager for twenty minutes and lay out what it would push back.", False),
    ("Tell me about a time you gave feedback to your manager.",
     "I've given feedback to my lead a few times; the clearest was about our planning meetings.", False),
    ("Tell me about a time you disagreed with your manager.", "Last year I disagreed with a client about scope.", True),
])
def test_the_premise_is_denied_only_by_the_act_asked_about(question, story, wrong):
    assert (story_soundness(question, story).wrong_story is not None) is wrong
