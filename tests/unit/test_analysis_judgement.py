"""Red flags of judgement in stories: heard whatever the subject, never when the candidate says they avoided
them, forgiven when the story draws a lesson, and priced so a well-told story of a bad call reads as poor."""

import json
import re
from pathlib import Path

import pytest

from interview.analysis.evaluation import judgement_counts
from interview.analysis.judgement import RED_FLAGS
from interview.analysis.model import QuestionContext
from interview.analysis.reading import read_answer
from interview.analysis.rubric import RubricAnalyzer
from interview.analysis.rubric_scoring import RED_FLAG_CAPS
from tests.analysis_corpus import probe_answers

BANK = Path(__file__).resolve().parents[2] / "sql" / "seed" / "questions"

OUTAGE = QuestionContext(
    question_text="Tell me about a time something you owned broke in production.",
    question_type="behavioral",
    key_points=("Owns the problem", "Communicates early to the people affected", "Fixes the root cause",
                "Measurable result", "What they learned"),
    sample_answer=("Last spring a config change I made took our checkout down for twenty minutes. I was on call, "
                   "so I rolled it back, posted in the incident channel and told my manager within five minutes. "
                   "Then I wrote the postmortem, added a validation step to the deploy pipeline and paired with "
                   "the team that owned the config. We have had no config outage since, and I learned to make "
                   "risky changes reversible and visible."),
)
CONTEXT = ("Last spring I changed the payment timeout config, and during the evening peak checkout errors "
           "jumped to 12 percent for about twenty minutes.")
GOOD_ACTION = ("I rolled it back at once, posted in the incident channel and told my manager within five "
               "minutes, then added a validation step to the deploy pipeline.")
RESULT = "Errors went back to zero within a minute of the rollback and we have had no config outage since."

# Realistic sentences of each kind, as candidates say them; the first of each kind is used on its own below.
FLAGGED_SENTENCES = (
    ("blame", "Honestly the outage was the platform team's fault, so I blamed their review process in the channel."),
    ("deflection", "The config came from the payments squad, so that was on them, not me."),
    ("secrecy", "I rolled it back myself without telling anyone, since the numbers recovered before the morning."),
    ("secrecy", "I fixed the config quietly the next morning and nobody asked about the spike."),
    ("secrecy", "I didn't say anything at the standup because I didn't want to look bad."),
    ("bypass", "I patched the timeout and pushed the fix straight to production before lunch."),
    ("bypass", "The pager kept going off, so I muted the alerts and went back to sleep."),
    ("bypass", "The reviewer was slow, so I merged it anyway with one approval."),
    ("overwork", "I told the team they would have to work the weekend until every config was checked again."),
    ("disrespect", "I called out the reviewer in front of the whole team so it would not happen again."),
    ("bent_data", "For the monthly report I adjusted the chart so the error spike would not show."),
    ("bent_data", "I sliced the error data by region until I found a segment that looked fine."),
    ("spin", "Checkout was down for a while, but at least I was the one who found it."),
    ("deflection", "I told them the customers should have read the changelog before they upgraded."),
    ("deflection", "There was some drama, but that's on the company for not hiring enough people."),
    ("bypass", "Before my leave I turned off Slack and left the tickets as they were."),
    ("overwork", "Sales kept adding requests, so I told engineering to find a way."),
    ("overwork", "Engineering would have to work late every night until launch, and I said so."),
    ("spin", "Two engineers left afterwards, but sales were happy, so I'd call it a success."),
    ("dismissal", "Honestly I don't really believe in postmortems, so we skipped it."),
    ("dismissal", "There was no point spending days analysing the bill when we could just cut it."),
    ("dismissal", "I didn't see the point of writing a postmortem for twenty minutes of errors."),
    ("misleads", "If anyone asks about the spike, I can say it was a network blip at the provider."),
    ("misleads", "I promised the client a fix by Friday, even though I didn't actually know the cause yet."),
    ("misleads", "I kept the incident out of the weekly report because it would make us look bad."),
    ("brushes_off", "The support team complained about the new flow, but they were just resistant to change."),
    ("deflection", "The rollback took an hour, but that was really the platform team's fault."),
    ("deflection", "Checkout went down for twenty minutes, but honestly that's not on me."),
    ("deflection", "The payment provider's outage was their liability, not ours."),
    ("deflection", "Quality is QA's responsibility, so I shipped the config as it was."),
    ("secrecy", "I didn't loop my manager in until the numbers had recovered."),
    ("secrecy", "I changed the timeout back without mentioning it to the on-call engineer."),
    ("bypass", "I didn't bother running the canary because the change was tiny."),
    ("bypass", "I didn't bother with a postmortem, since nobody reads them."),
    ("bypass", "I commented out the failing tests so the deploy could go through."),
    ("bypass", "I changed the config in production without checking with anyone first."),
    ("disrespect", "The customer kept shouting, so I hung up on him and closed the ticket."),
    ("spin", "We lost two customers that week, but I'd count it as a win for speed."),
    ("secrecy", "I kept the audit findings to myself until my review was done."),
    ("bypass", "The security reviewers were slow, so I skipped the security review for that release."),
    ("bypass", "He kept objecting, so I went over his head to the director."),
    ("disrespect", "I took credit for the migration at the all-hands, though my report did most of it."),
    ("misleads", "I told my manager the fix was done even though it wasn't tested yet."),
    ("bent_data", "I massaged the numbers a little so the quarter looked flat."),
    ("bypass", "i was in a hurry so i merged the change without approval and went home"),
    # A negation in the clause before does not govern the flag.
    ("spin", "Nobody complained about the outage, so I'd call it a success."),
    # The candidate's own quoted words, and an act whose subject is in it.
    ("deflection", 'I said, "It\'s not my fault, the QA team should have caught it."'),
    ("disrespect", "I took credit for the redesign in my review."),
    ("bypass", "I commented out the flaky tests to get the build green."),
    ("misleads", "If anyone asks, I'll just say it was a network blip."),
    ("secrecy", "I didn't loop in my manager until the fix was live."),
    # Everyday phrasings of poor judgement written apart from the lexicon (eval/judgement/excerpts.jsonl).
    ("coerces", "I told the team that anyone who missed the sprint goal would see it in their performance review."),
    ("coerces", "When he said the estimate was unrealistic, I reminded him who writes his review."),
    # A threat stays one: a demand as its condition, or its own condition on people after an escalation clause
    ("coerces", "If they kept going home at five, it would go into their performance review."),
    ("coerces", ("If nothing changed by Friday, I told the team anyone who didn't work the weekend would see it in "
                 "their performance review.")),
    ("coerces", "If nothing changed, or if they didn't work the weekend, it would go into their performance review."),
    ("coerces", "If nothing changed, it would go into their review if they didn't work the weekend."),
    ("overwork", "I told the team weekends were mandatory until every config was checked again."),
    ("bypass", "I stopped running the regression suite on hotfixes because it took forty minutes."),
    ("bypass", "I merged the config without the second reviewer to make the release."),
    ("bypass", "We were in a hurry, so I skipped the backup before the schema change."),
    ("secrecy", "I fixed the config and nobody needs to know there was an issue at all."),
    ("bent_data", "For the board deck I cherry-picked the three best weeks of uptime."),
    ("spin", "The errors stopped on their own an hour later, which proved me right."),
    ("dismissal", "Code review is mostly theatre anyway, so I merged the timeout change myself."),
    ("misleads", "I'd keep reporting green to the client until the fix was in."),
    ("misleads", "I said yes to the new deadline on the call and figured out the details later with engineering."),
    ("brushes_off", "The payments team complained about the change, but their team was just being dramatic."),
    ("appearances", "I left the spike out of the weekly report so the numbers would look good."),
    ("appearances", "I didn't post in the incident channel, since that would just make us look bad before the peak."),
    ("appearances", "I fixed the vendor's config myself so we didn't have to call them in and run up fees."),
    ("shrugs_off", "A few merchants complained about the failed payments, but honestly I think it was worth it."),
    ("shrugs_off", "Two engineers quit over the new on-call rota, which helped weed out the low performers."),
    # What a story says to excuse a flag does not excuse every flag: a disclosure whose content is the problem, a
    # disclosure of another kind of flag, making a bad act possible ("so I could…"), a ticket filed with no fix, a
    # contrast with the date, a "could" that is no option passed over, a stance the candidate holds.
    ("bypass", "I skipped the tests. I told my manager right away that it was fine."),
    ("blame", "I kept it quiet and blamed QA. I told my manager right away."),
    ("secrecy", "I set up a second account so I could quietly merge the fix without review."),
    ("bypass", ("I skipped the tests and pushed it straight to production, and when customers complained I filed a "
                "ticket for QA.")),
    ("overwork", "Rather than move the deadline the team had to work weekends, and I told them so."),
    ("bypass", "We moved as fast as we could and pushed it straight to production."),
    ("brushes_off", "I honestly felt they were just being dramatic about the timeout change."),
    # Brushing off people as adversaries or excuse-makers (rubric-1.13.14), leaving someone else to deal with it
    # (rubric-1.13.15).
    ("brushes_off", "I kept the pressure on the merchants, because if you give an inch, clients walk all over you."),
    ("brushes_off", "I didn't ask the merchants why they churned, since customers always make excuses."),
    ("deflection", "When the merchants' support lead paged me, I told her to deal with it and went back to bed."),
)
FLAGGED = {kind: sentence for kind, sentence in reversed(FLAGGED_SENTENCES)}
AVOIDED = (
    "I rolled it back and fixed it without blaming anyone on the platform team.",
    "Rather than calling him out in front of the whole team, I talked to the reviewer one to one.",
    "I wouldn't want to make a big deal of it in front of the whole team, so I raised it privately.",
    "I told the new engineer it wasn't her fault, because the pipeline should have caught it.",
    "I did not skip the review, even though the release manager asked me to.",
    "It wasn't my config, but I owned the fix and told the payments squad what I had found.",
    "I told the director the numbers aren't strong enough to call it a success yet.",
    "Calling it out in front of everyone rarely ends well, so I asked him for a coffee instead.",
    "Before proposing anything in the channel, I sat down with the lead who had designed it.",
    "I blamed nobody and ran a review about the process.",
    "I took the blame in the incident review, since the change was mine.",
    "I negotiated the scope so the team never had to work weekends.",
    "I disabled force push on the main branch and added required reviews.",
    # The formal step after warnings, for conduct that does not change (fresh24's excellent answer, rubric-1.9.0)
    "If nothing changed, it would go into their performance review formally.",
    "I'd be clear that if the behaviour continues, it goes into his performance review.",
    "If the behaviour didn't improve, it would go into his performance review.",
    "If they don't change, it'll go into their performance review.",
    "If nothing changed I told him plainly it would go into his performance review.",
    # What the candidate blames is themselves or the process, or an option they did not take.
    "I blamed myself first, said so in the incident channel, and then looked at what in our process let it through.",
    "I blamed the process, not the engineer who ran the script, and we added a dry-run step.",
    "I could have just blamed the contractor, since his code was the trigger, but our review missed it too.",
    "I could just quietly patch the report, but I emailed the stakeholders the correction myself.",
    "I set up a weekly check-in with the PM rather than stop talking to her or complain behind her back.",
    # Conceded, or a safeguard skipped in an emergency and made good in the same story.
    "It was something that wasn't our fault, I'd still take it seriously and check our side first.",
    ("I turned off the alerts for the batch job over the weekend because they kept paging for a known false "
     "positive, but I filed a ticket and fixed the threshold on Monday."),
    "I skipped the design review for a one-word copy change and flagged it at the next review so the team knew.",
    "It's not my job to make the numbers comfortable, so I showed the VP the result with its caveats.",
    "I brought three quotes to the renewal so the vendor couldn't walk all over us on price.",
    "I never leave the on-call engineer to deal with it alone, so I joined the call within ten minutes.",
)
# What good stories say, written apart from the lexicon: none of it is a red flag. Most name an alarming act
# done by someone else, avoided, narrowed to what was right, or in words a flag uses for something else.
GOOD_SENTENCES = (
    # A motive conceded or disowned, and harm repaired before the call is judged (rubric-1.13.0).
    "Even though it made us look bad, I told the merchants about the outage the same day.",
    "I reported the leaked key to security because that's the rule, not to get anyone in trouble.",
    ("Two merchants complained, so I called both of them and we refunded the failed payments the same day; it was "
     "the right call."),
    "It was the right call, and the error rate has stayed at zero since.",
    # A reviewer's strong sentences that tripped rubric-1.13.0: avoiding panic or drama, someone else's motive,
    # harm that is no shrug, a reason for a call that was right (rubric-1.13.1).
    "I kept the tone of the update calm and factual so it wouldn't cause panic.",
    # Not telling someone, for a reason of the case (rubric-1.13.7).
    "I didn't escalate to the platform on-call, because the rollback had already cleared the errors and it was our bug.",
    "I wouldn't report it to the merchants' account managers, since no payment was lost and each merchant got a note.",
    "Raising it in the retro itself would cause unnecessary drama, so I spoke to each of them one-to-one.",
    "My programme manager suggested re-baselining so the report would look better, and I said no.",
    "We broke the release into weekly increments, which was the right call.",
    "My supervisor was upset and resigned a month later, but reporting it was the right call.",
    "Our agents complained about the backlog, but within a month we cleared out all six hundred tickets.",
    "Nobody had behaved badly, so I handled the complaint without involving HR.",
    # A reviewer's sentences meant to trip rubric-1.8.8: accountability, whistleblowing, respect for a team's
    # ownership, a near miss a safeguard caught, a bad policy ended, a protected team, a literal theatre, someone
    # else's view.
    "The decision was mine, so I owned the rollback and wrote the postmortem.",
    "When my director told me to sit on the data exposure, I went straight to the CEO and our data protection officer.",
    "It's their job to decide the rollout order, so I gave the platform team the data and let them choose.",
    "No harm done, because the canary I had added caught the bad config before any customer saw it.",
    "I cherry-picked the best ideas from both proposals and wrote them into one design.",
    "Weekends were mandatory at my previous company, and I ended that when I became the lead.",
    ("I told the team that anyone who missed the sprint goal because of the outage would not have it counted "
     "against their performance review."),
    "My background is theatre, so I ran the incident bridge like a show call.",
    "The vendor's claim was only partly true, so I ran our own load test before we signed.",
    "My peers felt the support team was just being dramatic, so I sat with their leads for a week.",
    # Safeguards and dates in excellent answers' own words (rubric-1.8.8's first drafts flagged them).
    "I added a CI check that fails the build when the bundle grows by more than 500 KB without sign-off.",
    "We announced that the late claims would be backdated to the week each person lost their job.",
    "Sure, I was on the search team for a job marketplace, and the complaint we kept hearing was about relevance.",
    "It wasn't my job, but nobody owned the flaky test suite, so I picked it up.",
    "Technically it wasn't my responsibility, but I stepped in and fixed the pipeline myself.",
    "The client blamed our team for the delay, so I listened first and walked them through the timeline.",
    "The data corruption bug had been there for months and nobody noticed until I checked the logs.",
    "Nobody asked me to, but I wrote a runbook for the on-call rotation.",
    "I stayed calm and didn't raise my voice, and asked what outcome she needed.",
    "I didn't tell the team what to do; I asked them which option they preferred.",
    "I didn't tell him he was wrong in the meeting, I asked questions instead.",
    "I didn't say anything in the meeting, but afterwards I talked to her privately.",
    "My manager wanted to skip the code review to hit the deadline, so I proposed a smaller release.",
    "A teammate had pushed a hotfix straight to production and it broke checkout.",
    "We muted the alerts that were pure noise and rewrote the thresholds so on-call was paged for real impact.",
    "I protected the team so nobody had to work late before the launch.",
    "The customer threatened to cancel the contract, so I got on a call with them that afternoon.",
    "I gave her credit in front of the whole team for finding the root cause.",
    "I presented the results in front of everyone at the all-hands.",
    "The average latency was hiding the problem, so I looked at the p99 instead.",
    "We iterated until we got the number of support tickets under ten a week.",
    "I kept profiling until I found a significant bottleneck in the serializer.",
    "What matters most is that the customer trusts us, so I called them the same day.",
    "I adjusted the numbers for seasonality before comparing the two quarters.",
    "Before I joined, the team had worked nights for a month, so I cut the scope with the product manager.",
    "Our previous vendor ignored their complaints for months, so I set up a weekly call with the customer.",
    "I made sure we didn't skip testing even under pressure.",
    "He admitted it was his fault and I thanked him for being honest.",
    "The team lead asked me to hide the bug from the client, and I refused and told the client the same day.",
    "I reported the vulnerability to the security team within the hour.",
    "We ran a blameless postmortem and published it to the whole company.",
    "I asked the junior engineers what they thought, because they would otherwise just do what the lead said.",
    "The team was resistant to change at first, so I ran a two-week pilot and shared the numbers.",
    "Security is everyone's responsibility, so I ran a short workshop for the developers.",
    "I wouldn't hide it or quietly patch it; I told my manager within ten minutes.",
    "If anyone asks, I'd say it was my mistake and explain how we fixed it.",
    "It wasn't our fault, but I apologised to the customer and owned the follow-up.",
    "I told the client I wasn't sure of the cause yet and promised an update within the hour.",
    "I didn't check the dashboards first; I rolled back, because the timing matched my change.",
    # Someone else's words, quoted; an act the candidate could have done and did not; a threat to a date.
    'The previous lead used to say "not my problem" about pages, so I set up a rotation we all shared.',
    "My old manager\u2019s motto was \u201cthat's not my job\u201d, and I made a point of never saying it.",
    "I could've blamed the contractor, but I approved the merge, so I shared the responsibility.",
    "I asked my manager for help with a dependency that was threatening our launch date.",
    "I listened first and repeated back their problem before explaining what we could do.",
    # A reviewer's sentences, written to trip the lexicon: owning it, empathy, others' views, honest caveats.
    "It was entirely my fault, so I rolled it back and told my manager right away.",
    "Even though it wasn't our responsibility, I stayed late and fixed the integration myself.",
    "I framed it as a team problem, not me against them.",
    "When I joined, the on-call rotation was Priya's responsibility, and I offered to take it over.",
    "I decided the customers should be told right away, so I wrote the incident note myself.",
    "I kept my frustration to myself and focused on the fix.",
    "We discovered the cron job quietly deletes old invoices, so I paused it and told finance.",
    "I would never make a schema change without checking with the DBA first.",
    "I realized the technical details went over their heads, so I rewrote the summary in plain language.",
    "I was on call when our biggest customer threatened to cancel the contract.",
    "I hung up and immediately paged the database on-call.",
    "I cherry-picked the critical bug fix onto the release branch.",
    "The engineers didn't see the point of code reviews, so I ran a session showing what reviews had caught.",
    "I told my manager right away, even though I didn't know the root cause yet.",
    "I knew reporting it would make me look bad, and I reported it anyway.",
    "People don't like change, so I spent time with each team explaining why we were migrating.",
    "I didn't blame anyone, skip the tests, or hide the problem from my manager.",
    "We temporarily disabled the flaky tests, filed tickets, and fixed them within a week.",
    # Dictated: no full stop between what the candidate did and what someone else did.
    "i called the five biggest customers myself one threatened to cancel so i set up a session with their lead",
    "what we need is legal's call and a license scanner like fossa or snyk in ci that blocks copyleft licenses "
    "without approval",
    # Dictated, the stop before someone else's subject lost: the AE's instinct, not the candidate's act.
    "i was the lead se we made the final two and we lost the aes instinct was to blame price but i wanted to know "
    "for sure so i asked their architect for a debrief",
    # A review of rubric-1.11.4 on the bank's own questions: git's cherry-pick, a deck left out, a temptation named.
    "I'd cherry-pick the bug fix onto the release branch and ship it as a patch the same day.",
    "I didn't bother with a big slide deck; I brought one page with the numbers to their stand-up.",
    "Honestly, I know the temptation to quietly fix it. What I'd actually do is tell my lead straight away.",
    # Standing by a sound call: strong stories say it as often as poor ones (rubric-1.13.16).
    "Two engineers were frustrated about the freeze, but I still think it was the right call.",
    "I'd handle it the same way again, because the numbers have to be right.",
    "I still believe I was right to refuse that sale, even though it meant a tense conversation.",
    # Idioms rubric-1.13.14 and 1.13.15 read as red flags, said by strong stories of idioms.jsonl (rubric-1.13.16).
    "His mum said, quite kindly, that some kids just aren't maths people, so I showed her his progress chart.",
    "The team had a 'better to ask forgiveness than permission' habit, so I set up a two-line approval for pricing.",
    "Even if the outage was the network team's issue, not mine, I wouldn't say that to the customer.",
)


def flags_of(answer: str, question: QuestionContext = OUTAGE) -> list[tuple[int, str]]:
    return [(flag.segment, flag.kind) for flag in read_answer(question, answer).soundness.red_flags]


def test_every_kind_of_red_flag_has_an_example():
    assert set(FLAGGED) == set(RED_FLAGS)


@pytest.mark.parametrize(("kind", "sentence"), FLAGGED_SENTENCES)
def test_each_red_flag_is_heard_where_it_is_said(kind, sentence):
    answer = f"{CONTEXT} {sentence} {RESULT}"

    found = flags_of(answer)

    assert (1, kind) in found  # the flag's own sentence, after the context


@pytest.mark.parametrize("sentence", AVOIDED)
def test_a_red_flag_said_as_avoided_is_not_one(sentence):
    assert flags_of(f"{CONTEXT} {sentence} {RESULT}") == []


@pytest.mark.parametrize("sentence", GOOD_SENTENCES)
def test_what_good_stories_say_raises_no_red_flag(sentence):
    assert flags_of(f"{CONTEXT} {sentence} {RESULT}") == []


def test_one_idea_is_one_flag_however_many_alarming_phrases_it_holds():
    answer = f"{CONTEXT} I blamed the platform team because it was their fault. {RESULT}"

    assert flags_of(answer) == [(1, "blame")]


def test_a_story_that_draws_a_lesson_is_forgiven_its_bad_call():
    bad_call = f"{CONTEXT} {FLAGGED['bypass']} {RESULT}"

    assert flags_of(bad_call)
    assert flags_of(bad_call + " In hindsight that was the wrong call, and I learned to roll back first.") == []
    # Saying only that time passed, or that it happened again, is no lesson.
    assert flags_of(bad_call + " Since then we have had no outages.")
    assert flags_of(bad_call + " Next time the pager went off I did the same.")
    # Realizing a fact of the situation is not a lesson; realizing one's own part is.
    assert flags_of(bad_call + " Later I realized the alerts had been noisy for weeks.")
    assert flags_of(bad_call + " Later I realized I should have rolled back first.") == []


def test_technical_answers_are_not_read_for_red_flags():
    technical = OUTAGE.model_copy(update={"question_type": "technical",
                                          "question_text": "How do you deploy a risky config change safely?"})

    assert flags_of(f"{CONTEXT} {FLAGGED['bypass']} {RESULT}", technical) == []


def test_a_well_told_story_of_a_bad_call_reads_as_poor_and_says_why():
    # Given the same story with a good action and with a red flag in its place
    analyzer = RubricAnalyzer()
    good = analyzer.analyze(OUTAGE, f"{CONTEXT} {GOOD_ACTION} {RESULT}")
    flagged_sentence = FLAGGED["secrecy"]
    bad = analyzer.analyze(OUTAGE, f"{CONTEXT} {flagged_sentence} {RESULT}")

    # Then the flagged story is capped in every dimension, well below the good one, and the first weakness
    # names the flag with a verbatim quote of it
    scores = bad.scores.model_dump()
    assert max(scores.values()) <= RED_FLAG_CAPS[0]
    assert good.scores.overall - bad.scores.overall >= 15
    assert "red_flag" in {s.code for s in bad.signals} and "red_flag" not in {s.code for s in good.signals}
    first = bad.feedback.weaknesses[0]
    assert first.startswith("Raises a red flag, it keeps a problem from the people who need to know")
    assert re.search(r'"(.+?)"', first).group(1).rstrip("…") in flagged_sentence


def test_the_quote_shows_the_flag_even_deep_in_a_long_idea():
    # Given a long sentence whose red flag comes after thirty words of context
    long_idea = ("Last spring, while our checkout team was halfway through a migration that had already slipped twice "
                 "and the evening peak was about to start on the busiest day of the month, I pushed the timeout fix "
                 "straight to production on my own.")
    result = RubricAnalyzer().analyze(OUTAGE, f"{long_idea} {RESULT}")

    # Then the quoted span is verbatim and holds the flag's own words
    line = next(w for w in result.feedback.weaknesses if w.startswith("Raises a red flag"))
    shown = re.search(r'"(.+?)"', line).group(1).rstrip("…")
    assert shown in long_idea and "straight to production" in shown


def test_two_red_flags_cost_more_than_one():
    one = RubricAnalyzer().analyze(OUTAGE, f"{CONTEXT} {FLAGGED['secrecy']} {RESULT}")
    two = RubricAnalyzer().analyze(OUTAGE, f"{CONTEXT} {FLAGGED['secrecy']} {FLAGGED['blame']} {RESULT}")

    assert max(two.scores.model_dump().values()) <= RED_FLAG_CAPS[1] < RED_FLAG_CAPS[0]
    assert two.scores.overall < one.scores.overall


def test_no_model_answer_of_the_bank_raises_a_red_flag():
    # The bank's model answers are what good stories sound like; one flagged would be a false alarm.
    fields = set(QuestionContext.model_fields)
    flagged = []
    for path in sorted(BANK.glob("*.json")):
        for item in json.loads(path.read_text()):
            if item["question_type"] == "technical":
                continue
            question = QuestionContext(**{k: v for k, v in item.items() if k in fields})
            if flags_of(item["sample_answer"], question):
                flagged.append(item["slug"])
    assert flagged == []


@pytest.mark.parametrize("sentence", [
    "We lost the deal, and the AEs' instinct was to blame price, but I asked their architect for a debrief.",
    "his first reaction was to blame the vendor so i asked for the logs before we said anything",
])
def test_someone_elses_reaction_is_not_the_candidates_act(sentence):
    assert flags_of(f"{CONTEXT} {sentence} {RESULT}") == []


@pytest.mark.parametrize("sentence", [
    # The candidate's own choice, told as "the … was to": still theirs, with or without punctuation.
    "We lost the deal, and the easiest thing was to blame the pricing team, so that is what I did in the debrief.",
    "we lost the deal and the easiest thing was to blame the pricing team so that is what i did in the debrief",
    "we lost the deal and the ae was upset so i blamed the security team for the delay",
])
def test_the_candidates_own_blame_is_heard_beside_someone_elses_words(sentence):
    assert "blame" in {kind for _, kind in flags_of(f"{CONTEXT} {sentence} {RESULT}")}


EXCERPTS = Path(__file__).resolve().parents[2] / "eval" / "judgement" / "excerpts.jsonl"
STORIES = Path(__file__).resolve().parents[2] / "eval" / "judgement" / "stories.jsonl"
WAVED = Path(__file__).resolve().parents[2] / "eval" / "judgement" / "waved.jsonl"
REFUSED = Path(__file__).resolve().parents[2] / "eval" / "judgement" / "refused.jsonl"
REASONS = REFUSED.with_name("reasons.jsonl")
STANDBY = REFUSED.with_name("standby.jsonl")
IDIOMS = REFUSED.with_name("idioms.jsonl")
QUALIFY = REFUSED.with_name("qualify.jsonl")
EXCUSES = REFUSED.with_name("excuses.jsonl")
KEEPOUT = Path(__file__).resolve().parents[2] / "eval" / "judgement" / "keepout.jsonl"


def test_no_excerpt_of_good_judgement_raises_a_red_flag():
    """340 excerpts of sound calls told in alarming words, written by helpers who never saw the lexicon
    (a skipped review in a live outage, a blamed process, a lead's "not my problem" quoted): none is flagged.
    `interview judge` prints the same count, with the poor calls heard."""
    counts = judgement_counts([EXCERPTS])

    assert sum(count.sound for count in counts) == 340
    assert [count.sound_flagged for count in counts] == [0] * len(counts)


def test_harm_shrugged_off_in_the_next_sentence_is_a_red_flag():
    answer = (f"{CONTEXT} I pushed the new timeout to every region at once, and two merchants left after the "
              "outage. Honestly, it solved the timeout problem for good.")

    assert (2, "shrugs_off") in flags_of(answer)


def test_harm_two_ideas_before_the_shrug_is_still_what_it_shrugs_off():
    """The harm, a turn and then the shrug, each its own idea in a long sentence (rubric-1.13.7: the harm was read
    only in the idea just before the shrug)."""
    answer = (f"{CONTEXT} A couple of merchants got frustrated and one left after six weeks, but the ones who stayed "
              "moved to the new timeout and stopped filing tickets about it, so I think it worked well overall and I'd "
              "do it the same way again.")

    assert (3, "shrugs_off") in flags_of(answer)


def test_harm_in_an_earlier_sentence_is_not_what_a_later_shrug_shrugs_off():
    """Two ideas back counts only within one sentence: harm repaired in between is no shrug."""
    answer = (f"{CONTEXT} One merchant churned after the outage. We refunded every failed order and rebuilt the "
              "failover, but it took a month. The new failover worked well in the next incident.")

    assert flags_of(answer) == []


def test_not_telling_someone_is_no_red_flag_only_for_a_reason_of_the_case():
    """A refusal to tell or escalate reads its reason (rubric-1.13.7): a fact of the case that says the need is met makes
    it judgement; any other reason, a self-serving one among them, or none leaves it a red flag."""
    refusal = f"{CONTEXT} I didn't tell my manager about the spike,"
    assert flags_of(f"{refusal} because the errors had already cleared and no payment failed.") == []
    for reason in ("because it would only worry her.", "because it would just go on my record.",
                   "because I was up for promotion that month.", "because I didn't want to.",
                   "and I rolled back because the errors had already cleared.", "and nobody has asked since then.",
                   "as I said."):
        assert (1, "secrecy") in flags_of(f"{refusal} {reason}"), reason
    assert (1, "secrecy") in flags_of(f"{CONTEXT} I didn't tell my manager about the spike.")
    # A reason after the flag's object is read as a reason, not as the view told ("I didn't tell him he was wrong").
    assert (1, "secrecy") in flags_of(f"{CONTEXT} I didn't tell anyone, because it was a hassle to write up.")
    assert flags_of(f"{CONTEXT} I didn't tell anyone, because it was our own bug and the rollback had already "
                    "cleared it.") == []


def test_a_judgement_with_no_harm_before_it_is_no_red_flag():
    assert flags_of(f"{CONTEXT} {GOOD_ACTION} Honestly, I think it was the right call. {RESULT}") == []


def read_per_label(path: Path, reading: str) -> dict[str, tuple[int, int]]:
    """Per label, how many of a review's answers have something in a reading of their soundness ("dismissed": a key
    point waved away; "red_flags"), of how many."""
    counts: dict[str, tuple[int, int]] = {}
    for _, label, question, answer in probe_answers(path):
        found, total = counts.get(label, (0, 0))
        counts[label] = (found + bool(getattr(read_answer(question, answer).soundness, reading)), total + 1)
    return counts


def strong_raised_and_overall(path: Path, raises) -> tuple[list[str], dict[str, list[int]]]:
    """A review's strong answers whose soundness `raises` something, and the overall of its answers per label."""
    analyzer = RubricAnalyzer()
    raised, overall = [], {"strong": [], "poor": []}
    for story_id, label, question, answer in probe_answers(path):
        if label == "strong" and raises(read_answer(question, answer).soundness):
            raised.append(story_id)
        overall[label].append(analyzer.analyze(question, answer).scores.overall)
    return raised, overall


def test_strong_stories_that_end_on_honest_bad_news_raise_nothing_and_outscore_poor_ones():
    """110 whole stories written by a helper to trip a reading of bad outcomes (docs/decisions.md, rubric-1.13.3):
    70 strong ones that end by honestly reporting a resignation, a lost bid, a missed date or a complaint, and 40 poor
    ones that end on harm the candidate shrugs off. No strong story is read as a wrong claim, a practice waved away or
    a red flag, and the strong ones score well above the poor ones."""
    raised, overall = strong_raised_and_overall(STORIES, lambda s: bool(s.red_flags or s.contradicted))

    assert (len(overall["strong"]), len(overall["poor"])) == (70, 40)
    assert raised == []
    assert sum(overall["strong"]) / 70 - sum(overall["poor"]) / 40 >= 15


def test_strong_stories_that_stand_by_their_call_raise_nothing_and_outscore_poor_ones_that_do():
    """standby.jsonl, written by two helpers who never saw the engine (docs/decisions.md, rubric-1.13.16): 30 strong
    stories of a hard, sound call that end by standing by it in the words rubric-1.13.14 read as spin ("I still think
    it was the right call", "I'd do it the same way again", "I still believe I was right to…"), and 25 poor stories
    that stand by a bad call in fresh words. rubric-1.13.14 flagged 25 of the strong ones; none may be, and the strong
    ones score well above the poor ones (87.6 against 61.5 on average at rubric-1.13.16)."""
    raised, overall = strong_raised_and_overall(STANDBY, lambda s: bool(s.red_flags))

    assert (len(overall["strong"]), len(overall["poor"])) == (30, 25)
    assert raised == []
    assert sum(overall["strong"]) / 30 - sum(overall["poor"]) / 25 >= 20


def test_strong_stories_that_use_the_idioms_of_poor_calls_raise_no_red_flag():
    """idioms.jsonl, written by a helper who never saw the engine (docs/decisions.md, rubric-1.13.16): 30 strong
    stories that each use, soundly, an idiom rubric-1.13.14 and 1.13.15 read as a red flag ("walk all over", "make
    excuses", "ask forgiveness", "deal with it", "some kids just aren't … people", "…'s issue, not mine"), five of
    each. Those two versions flagged 4 of them; the idioms that did were dropped, and none may be flagged."""
    flagged = [story_id for story_id, _, question, answer in probe_answers(IDIOMS)
               if read_answer(question, answer).soundness.red_flags]

    assert len(probe_answers(IDIOMS)) == 30
    assert flagged == []


def test_strong_answers_that_wave_a_practice_away_in_one_narrow_case_are_mostly_qualifications():
    """qualify.jsonl, written for rubric-1.13.13 by a helper who never saw the engine (docs/decisions.md): 30 strong
    answers that make every key point, mostly in their own words, and say in one sentence when one of those practices
    is not worth it ("For something like the office lease, flexing is pointless, because rent is the same…"). 5 of
    them were read as waving their point away before rubric-1.13.13 (the point made in paraphrase only in part), 6
    after it (that one's point is made at 0.40 of its words, by words other than "flex"). A known limit, held here so
    that it does not grow."""
    counts = read_per_label(QUALIFY, "dismissed")

    assert counts["strong"][0] <= 6 and counts["strong"][1] == 30


def test_poor_answers_that_open_a_dismissal_with_a_bad_excuse_are_read_as_dismissals():
    """excuses.jsonl, written by a helper who never saw the engine (docs/decisions.md): 25 poor answers that wave a key
    point's practice away after an excuse put first, as a narrow case ("If the backup job reports success, testing
    restores is a waste of time"). 22 are read as dismissals. Reading a dismissal that opens with its case as a
    qualification would have spared 6 of qualify.jsonl's strong answers and let 7 of these through, so it was not
    adopted; this holds the 22."""
    counts = read_per_label(EXCUSES, "dismissed")

    assert counts["poor"][0] >= 22 and counts["poor"][1] == 25


def test_a_practice_skipped_for_a_good_reason_is_not_waved_away_and_poor_skips_are():
    """75 answers a helper wrote against rubric-1.13.4's pronoun reading (docs/decisions.md): 50 strong ones that
    sensibly skip something named by a pronoun ("…, so I'd skip it") whose words overlap a key point, and 25 poor ones
    that wave a key point's practice away so. No strong one waves a point away; most poor ones do."""
    counts = read_per_label(WAVED, "dismissed")

    assert counts["strong"] == (0, 50)
    assert counts["poor"][0] >= 15 and counts["poor"][1] == 25


def test_prudent_refusals_with_a_reason_are_mostly_not_waved_away_and_poor_ones_are():
    """75 answers a helper wrote to trip the refusal reading (docs/decisions.md, 2026-11-28): 50 strong ones that
    decline, with a sound reason, to escalate, document, verify, involve or tell, against key points that ask for
    exactly that with no condition, and 25 poor ones. Since rubric-1.13.11 the reading weighs the reason as `secrecy`
    does (a fact of the case, nothing self-serving): none of the strong ones waves its point away (8 before
    rubric-1.13.5, 6 before rubric-1.13.11), 16 of the poor ones do (17 before)."""
    counts = read_per_label(REFUSED, "dismissed")

    assert counts["strong"] == (0, 50)
    assert counts["poor"][0] >= 15 and counts["poor"][1] == 25


def test_refusals_in_fresh_words_are_excused_by_facts_of_the_case_and_not_by_excuses():
    """A second review of the refusal reading, written after rubric-1.13.11 was drafted by a helper who had seen
    neither the engine nor the first review (docs/decisions.md): 30 strong answers that decline a key point's practice
    for a reason of the case, in their own words across many trades, and 25 poor ones, half of them with a reason that
    sounds factual and is not ("since the scanner has already matched the wristband"). 7 strong ones were read as
    waving their point away before the change, 1 after; the poor ones caught stay 8 (9 since rubric-1.13.13, which no
    longer takes a point made just enough in other words for a qualification of the refusal)."""
    counts = read_per_label(REASONS, "dismissed")

    assert counts["strong"][0] <= 1 and counts["strong"][1] == 30
    assert counts["poor"][0] >= 9 and counts["poor"][1] == 25


def test_prudent_refusals_to_tell_or_escalate_are_mostly_not_secrecy_and_poor_ones_are():
    """Two reviews of keeping people out of it (docs/decisions.md, rubric-1.13.7). refused.jsonl's 50 prudent refusals
    give reasons of the case: 16 raised a red flag before its reasons were read, 5 now. keepout.jsonl's 60 strong
    answers were written to trip the reading, sparing people worry, panic or a busy manager for a sound reason, which
    the reading cannot tell from a poor excuse: 16 raised a flag before, 13 now. The poor ones keep theirs (6 and 18, as
    before). Ratchets: tighten them as the reading improves."""
    refused, keepout = read_per_label(REFUSED, "red_flags"), read_per_label(KEEPOUT, "red_flags")

    assert refused["strong"][0] <= 5 and refused["strong"][1] == 50
    assert refused["poor"][0] >= 6 and refused["poor"][1] == 25
    assert keepout["strong"][0] <= 13 and keepout["strong"][1] == 60
    assert keepout["poor"][0] >= 18 and keepout["poor"][1] == 25
