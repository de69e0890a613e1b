"""STAR detection: situation, task, the candidate's own actions and a (measured) result."""

import random

import pytest

from interview.analysis import star
from interview.analysis.evaluation import load_graded, unpunctuated
from interview.analysis.star import _measurable, detect_star
from interview.analysis.text import split_segments, split_sentences
from interview.cli import DEFAULT_GRADED


def star_of(text: str, *, hypothetical: bool = False):
    return detect_star(text, split_segments(text, split_sentences(text)), hypothetical=hypothetical)


STORY = (
    "At my previous job our checkout page was timing out during sales. "
    "My task was to find the cause before Black Friday. "
    "I profiled the service, found an N+1 query in the cart code and rewrote it as one join. "
    "As a result, checkout latency dropped from 4 seconds to 600 ms and we had no timeouts that weekend."
)


def test_a_full_story_has_every_part_in_order_with_verbatim_evidence():
    star = star_of(STORY)

    assert star.present_parts == ("situation", "task", "action", "result")
    assert star.in_order
    assert star.measurable_result
    assert star.situation.evidence.startswith("At my previous job")
    assert star.task.evidence.startswith("My task was")
    assert star.result.evidence.startswith("As a result")
    for name in ("situation", "task", "action", "result"):
        assert star.part(name).evidence in STORY


def test_a_result_without_a_number_is_not_measured():
    star = star_of("At my last company the build was slow. I rewrote the pipeline. In the end the team was happy.")

    assert star.result.present
    assert not star.measurable_result


def test_years_are_not_mistaken_for_measurements():
    star = star_of("Back in 2021 our deploys failed often. I added a smoke test. As a result, releases improved.")

    assert star.result.present
    assert not star.measurable_result


def test_a_story_told_as_we_has_team_actions_but_none_of_the_candidates():
    star = star_of("Last year we migrated to Kubernetes. We wrote the manifests and we moved the services.")

    assert star.action.present
    assert (star.past_actions, star.team_actions) == (0, 3)  # migrated, wrote, moved
    assert not star.owns_actions


def test_needing_or_wanting_something_is_not_an_action():
    star = star_of("When I need to learn something I usually read the docs. I wanted to be faster.")

    assert not star.action.present
    assert star.past_actions == 0


def test_a_plan_counts_as_action_only_when_the_question_asks_for_one():
    plan = "I would roll back the release first, so that customers are not affected for long."

    asked_for_a_plan = star_of(plan, hypothetical=True)
    asked_for_a_story = star_of(plan, hypothetical=False)

    assert asked_for_a_plan.owns_actions and asked_for_a_plan.result.present
    assert not asked_for_a_story.owns_actions
    assert not asked_for_a_story.result.present


def test_a_lesson_is_found_as_reflection():
    star = star_of(STORY + " I learned to profile before guessing.")

    assert star.reflection.present
    assert star.reflection.evidence == "I learned to profile before guessing."


def test_metrics_shape_lists_the_four_parts():
    metrics = star_of("I fixed it.").as_metrics()

    assert list(metrics) == ["situation", "task", "action", "result"]
    assert metrics["action"] == {"present": True, "evidence": "I fixed it."}
    assert metrics["result"] == {"present": False, "evidence": None}


def test_a_story_that_opens_on_its_scene_has_a_situation_and_an_aim_as_its_task():
    text = ("On a B2B invoicing tool, our CEO wanted a mandatory onboarding tour. "
            "I didn't want to argue from opinion, so I interviewed twelve churned accounts. "
            "I wrote a one-page summary and walked him through it. "
            "Within six weeks activation went from 52% to 67%.")
    star = star_of(text)

    assert star.present_parts == ("situation", "task", "action", "result")
    assert star.situation.evidence.startswith("On a B2B invoicing tool")
    assert star.task.evidence.startswith("I didn't want to")


def test_a_scene_phrase_inside_the_story_is_not_its_situation():
    # "In the room" is where an action happened, not the story's context.
    star = star_of("In the room I asked what made this easy to get wrong. I wrote the timeline myself.")

    assert not star.situation.present


def test_a_plan_says_what_it_is_for_when_it_names_its_effect():
    plan = ("I'd sit with the account exec to size the smallest version. "
            "That gives me three concrete options to bring to the VP, so the owners choose knowingly.")
    star = star_of(plan, hypothetical=True)

    assert star.result.present
    assert star.result.evidence.startswith("That gives me three")
    assert not star_of(plan).result.present  # a story about the past needs an outcome, not a plan's aim


def test_an_outcome_told_plainly_is_a_result():
    # How things went, what got better, what came of it: results without a number or a "result" word.
    endings = (
        "After a couple of weeks the complaints died down and most people had updated their passwords.",
        "I split the flash writes into smaller chunks and the resets went away in testing.",
        "We went with the side panel, and it worked out better for users.",
        "In later code reviews I got fewer comments about readability.",
        "After that the pipeline was a lot more stable and people started trusting it again.",
        "They renewed at the same price.",
        "The fix got merged the same week.",
        "The rollout went really well.",
        "My manager appreciated that I was honest about it.",
    )
    for ending in endings:
        star = star_of("Our deploys kept failing on Fridays. I rewrote the release checklist with the team. " + ending)
        assert star.result.present, ending
        assert star.result.evidence == ending
        assert not star.measurable_result


def test_hopes_advice_and_findings_are_no_outcome():
    for ending in ("Sometimes you have to settle for fewer participants.",
                   "It turned out the double charges were coming from the bank's side.",
                   "I appreciated his feedback.",
                   "Next time I would use fewer slides."):
        star = star_of("Our survey had few answers. I called the customers myself. " + ending)
        assert not star.result.present, ending


def test_a_scene_told_in_everyday_words_is_the_situation():
    openings = (
        "I once worked on an app for insurance claims adjusters, which I knew nothing about.",
        "My team lead once told me my code was hard to read.",
        "I was designing a settings page for a banking app.",
        "I had a customer whose usage dropped a lot before renewal.",
        "The toughest one was a billing incident over a weekend.",
        "We rolled out a new password policy, and my colleagues complained.",
    )
    for opening in openings:
        star = star_of(opening + " I set up calls with a few of them and wrote a short guide.")
        assert star.situation.present, opening
        assert star.situation.evidence == opening
    # "once" as "as soon as" opens no scene.
    assert not star_of("Once I understood the code, I wrote the guide.").situation.present


# A reviewer's sentences, written against the plain-outcome and everyday-scene cues: told after two lines of
# story, none of the first is an outcome and each of the second is; none of the third opens on a scene.
NO_OUTCOME = (
    'I now spend two hours a day on reviews instead of coding.',
    'I ended up rewriting the whole checklist myself.',
    'I ended up pairing with the QA lead on it.',
    'I wanted the build to be faster.',
    'My goal was to make deploys smoother.',
    'I think the process should be more consistent.',
    'I asked whether the tests were fixed.',
    'I checked if the PR was merged yet.',
    'I needed fewer manual steps, so I scripted them.',
    'I wanted to make the team more confident about releases.',
    'The plan was to get it approved by Friday.',
    'I tried to make the runbook easier to follow.',
    'I was looking for a way to make it run smoother.',
    'I wrote down what went well and what went badly.',
    'Then I looked at how the old service recovered from crashes.',
    'I checked whether the database had recovered.',
    'I asked the team what worked out and what did not.',
    'I upgraded the CI runners to the new image.',
    'I renewed the certificates by hand.',
    'I proposed a plan with fewer steps.',
    'We needed fewer handoffs between teams.',
    'I found that the staging config was different from production.',
    'I think it is better to automate this kind of thing.',
    'My advice is to always write the checklist first.',
    'The old approach was faster but riskier.',
    'The new tool looked better on paper, so I tested it.',
    'I made sure each step was approved by the release manager.',
    'I explained why the script was faster than the manual steps.',
    'The vendor seemed more reliable, so I set up a trial.',
    'I felt more comfortable once I had read the code.',
    'I hoped the complaints would die down.',
    'I met with the team to see how things were going.',
    'I appreciated the help from the QA team.',
    'I was happy to take it on.',
    'They were worried that it was fixed only on staging.',
    'I was not sure the fix was adopted by the other team.',
    'The question was whether the change was approved.',
    'I started with the flaky tests, which were easier to fix.',
    'I picked the tasks that were quicker to finish.',
    'I tracked which bugs were fixed and which were not.',
    'I tested it with fewer users first.',
    "I'd suggest starting with fewer services.",
)
OUTCOMES = (
    # A figure now set against the old one (rubric-1.12.4)
    'Releases now take about three hours instead of two days.',
    'The report now runs in 40 seconds rather than ten minutes.',
    'After that the complaints died down.',
    'In the end it worked out.',
    'The build got a lot faster.',
    'They renewed the contract the next month.',
    'The on-call pages went away.',
    'Deploys went really smoothly after that.',
    'The team felt much more confident about releases.',
    'The PR got merged the same week.',
    'Things calmed down after a couple of weeks.',
    'The client appreciated how quickly we responded.',
    'We had far fewer failed deploys.',
    'The release went pretty well.',
    'It turned out really well.',
    'The service stabilized within a day.',
    'The customer upgraded to the enterprise plan.',
    'Everyone was much happier with the process.',
    'Onboarding became a lot easier for new hires.',
    'The deploys stopped failing.',
    'Our deploys were a lot more reliable afterwards.',
    'My manager was really happy with it.',
    'Releases were noticeably smoother.',
)
NO_SCENE = (
    'I was surprised by how fragile the pipeline was.',
    'Once I understood the code, I rewrote the parser.',
    'Once finished, I handed the runbook to the team.',
    'Once merged, the change went to staging.',
    'I was hoping to get it done in a week.',
    'I was thinking about how to split the work.',
    'I was trying to reproduce the bug locally.',
    'I was going to say that communication is key.',
    'I had a look at the logs first.',
    'I had a conversation with the product manager.',
    'I had an idea to cache the results.',
    'In the worst case we would lose a day of data.',
    'The worst case was that payments would double charge.',
    'The hardest one to test was the retry logic.',
    'Honestly the biggest one for me is communication.',
    'We were aiming for zero downtime.',
    'I was expecting the tests to fail.',
    'I was wondering whether to escalate.',
    'I think the key is to listen first.',
    'Great question, I love this kind of problem.',
    'I once learned that it is better to ask early.',
    'The clearest example of my leadership style is how I run standups.',
)
SCENES = (
    'I once worked on a payments team where deploys failed weekly.',
    'I was designing a new onboarding flow for a fintech app.',
    'I had a customer whose invoices kept failing.',
    'My team lead once told me our releases were too slow.',
    'The toughest one was a migration at my last job.',
    'We were building a mobile app for a retailer.',
    'My teammates were frustrated by flaky tests.',
)

STORY_START = "Our deploys kept failing. I rewrote the checklist. "


@pytest.mark.parametrize("sentence", NO_OUTCOME)
def test_a_sentence_without_an_outcome_is_no_result(sentence):
    result = star_of(STORY_START + sentence).result
    assert not (result.present and result.evidence == sentence)


@pytest.mark.parametrize("sentence", OUTCOMES)
def test_an_outcome_said_plainly_is_the_result(sentence):
    assert star_of(STORY_START + sentence).result.evidence == sentence


@pytest.mark.parametrize("sentence", NO_SCENE)
def test_an_opening_that_sets_no_scene_is_no_situation(sentence):
    situation = star_of(sentence + " I rewrote the checklist. The deploys stopped failing after that.").situation
    assert not (situation.present and situation.evidence == sentence)


@pytest.mark.parametrize("sentence", SCENES)
def test_an_opening_that_sets_the_scene_is_the_situation(sentence):
    situation = star_of(sentence + " I rewrote the checklist. The deploys stopped failing after that.").situation
    assert situation.evidence == sentence


@pytest.mark.parametrize("story", [
    "We lost a mid-sized deal to a competitor because their product had a native Salesforce integration. "
    "I added questions about existing tools to my discovery template. Later deals surfaced that need early.",
    "Our marketing team used to download campaign data from three ad platforms by hand every week. "
    "I wrote scripts to pull it from each API and scheduled them. It saved the team four hours a week.",
])
def test_a_story_that_opens_on_a_past_scene_without_a_cue_has_that_scene_as_its_situation(story):
    star = star_of(story)

    assert star.situation.present and star.situation.sentence == 0
    assert story.startswith(star.situation.evidence)


@pytest.mark.parametrize(("story", "hypothetical"), [
    # the opening is the candidate's own act, not a scene
    ("I rewrote the importer in Go over a weekend. I deleted the old cron jobs. Finance complained later.", False),
    # the opening is not in the past
    ("I'm very organised, so I don't really miss deadlines. I use a to-do list. My managers call me reliable.", False),
    # too short to have an opening and a story after it
    ("We lost a deal to a competitor with a better integration. I changed my discovery questions.", False),
    # a plan, not a story: its opening is the question's premise
    ("The release was planned for Friday and the bug was serious. I would delay it. I would tell the team.", True),
])
def test_no_situation_is_read_into_an_opening_that_sets_no_scene(story, hypothetical):
    assert not star_of(story, hypothetical=hypothetical).situation.present


@pytest.mark.parametrize("text", ["", "   ", "We lost."])
def test_an_empty_or_one_idea_answer_has_no_story_parts_to_open_on(text):
    assert not star_of(text).situation.present


START = "Our importer kept timing out on big files. I split the load into batches and added a progress table. "


@pytest.mark.parametrize("ending", [
    "We haven't had a timeout since.",
    "In the next round of testing people found their files much faster.",
    "That freed enough memory to add the CSV export.",
    "The finance team ended up using it for their weekly close.",
])
def test_a_story_that_ends_on_what_came_of_it_without_a_cue_has_that_ending_as_its_result(ending):
    star = star_of(START + ending)

    assert star.result.present and star.result.evidence == ending
    assert not star.measurable_result


def test_the_closing_outcome_is_found_before_a_lesson_and_measured_when_it_has_a_number():
    ending = "Imports were down about 40% in time."
    star = star_of(START + ending + " It taught me to load test with real files.")

    assert star.result.evidence == ending and star.measurable_result


@pytest.mark.parametrize("ending", [
    "It turned out the files came from a legacy export.",  # a finding
    "It was a good experience in working with finance.",  # a summing up
    "The plan was to move it to a queue the next quarter.",  # a plan
    "The team wanted it to be faster still.",  # a want
    "I presented it at the engineering all-hands.",  # the candidate's own act
    "Batches are usually the better approach for this.",  # not the past
])
def test_a_closing_idea_that_tells_nothing_that_came_of_it_is_no_result(ending):
    star = star_of(START + ending)

    assert not (star.result.present and star.result.evidence == ending)


def test_a_plan_gets_no_result_read_into_its_last_idea():
    star = star_of("The release is on Friday. I would delay it and tell the team. The customers were told.",
                   hypothetical=True)

    assert not (star.result.present and star.result.evidence == "The customers were told.")


@pytest.mark.parametrize("opening", [
    "I worked on a payments team at a bank.",
    "Sure, so I worked at a startup that sold ticketing software.",
    "sure so i worked on delivery robots for hospitals",
])
def test_an_opening_on_where_the_candidate_worked_is_the_situation_after_the_words_speech_opens_with(opening):
    story = opening + ". I rewrote the checklist. The deploys stopped failing after that."

    assert star_of(story).situation.evidence.rstrip(".") == opening.rstrip(".")


def test_dictated_the_outcome_before_a_lesson_in_the_same_idea_is_the_result_and_its_number_counts():
    story = ("sure so i worked on delivery robots for hospitals and during a night test one of them stopped far too "
             "close to a nurse i stopped the test and checked she was fine and i wrote it up in the incident system "
             "that night i added a slowdown rule near doors and remapped the speed zones with the safety lead the "
             "closest approach stayed above our 1 metre target the big lesson was that the map was safety critical")

    star = star_of(story)

    assert star.result.present and star.measurable_result
    assert "stayed above our 1 metre target" in star.result.evidence


# A reviewer's probes of rubric-1.8.4's place-read parts (2026-11-27): read wrong then, right now.
@pytest.mark.parametrize("story", [
    "Communication was always my strength. I talked to everyone on the project and kept them updated. "
    "That was pretty much it.",
    "Good question, that happened to me quite a lot actually. I talked to the team and made a plan. "
    "It was a lot of work.",
    "Yeah I worked with the QA lead to reproduce the bug. I rewrote the retry loop. We talked about it in the retro.",
])
def test_a_story_that_tells_no_scene_and_no_outcome_gets_neither_from_its_place(story):
    star = star_of(story)

    assert not star.situation.present and not star.result.present


@pytest.mark.parametrize("ending", [
    "The team had 5 engineers at the time.",
    "The old process had 14 manual steps.",
    "The whole thing took about 3 weeks.",
    "We then presented it to leadership.",
    "Nobody had thought about this before.",
])
def test_a_closing_detail_or_more_of_the_work_is_no_result_and_its_number_no_measure(ending):
    star = star_of("Our deploys kept failing. I rewrote the checklist. " + ending)

    assert not star.result.present and not star.measurable_result


@pytest.mark.parametrize("closer", ["So yeah.", "Does that answer your question?", "I was really proud of that.",
                                    "It was a good experience."])
def test_the_outcome_before_a_closing_remark_is_the_result(closer):
    star = star_of("Our deploys kept failing. I rewrote the checklist. The client was thrilled. " + closer)

    assert star.result.evidence == "The client was thrilled."


# Measured against stories labelled sentence by sentence by writers who never saw this code (eval/star/; the
# cues below were written from s1 and s2, s3 and s4 are measured unread: `interview star`).
@pytest.mark.parametrize("task", [
    "My manager asked me to bring the error rate down before peak season.",
    "My job on that project was the reconciliation piece.",
    "My aim there would be to keep a strong performer without making an exception.",
    "I was given the open requisitions and asked to get time-to-fill under 60 days.",
    "As the manager on duty, it was on me to decide who we walked.",
    # and, after a reviewer's probes of the first version: more words between, other bosses
    "My job as the third grade reading coordinator was to get every class assessed by October.",
    "My biggest priority was the patients on the ward.",
    "The head chef asked me to redo the whole prep list.",
])
def test_a_task_given_or_named_with_words_between_is_the_task(task):
    star = star_of("We were short of staff for the holidays. " + task + " I rebuilt the rota with the leads.")

    assert star.task.present and star.task.evidence.rstrip(".") == task.rstrip(".")


@pytest.mark.parametrize("opening", [
    "I was a staff accountant at a distribution company, and I reconciled six bank accounts.",
    "I was front office manager at a 220-room city hotel.",
    "When I took over the store in Leeds, our shrink was the worst in the region.",
    "So this was on a busy day shift in the cardiac unit.",
])
def test_the_candidates_post_and_place_is_the_situation(opening):
    star = star_of(opening + " I went through every report line by line. The losses stopped that quarter.")

    assert star.situation.present and star.situation.evidence.rstrip(".") == opening.rstrip(".")


def test_what_happened_after_the_acts_is_the_result_even_before_a_follow_up_act():
    story = ("I got a call from a customer who had been charged twice. I refunded the duplicate on the spot. "
             "He stayed subscribed and gave us a 5 on the survey. "
             "I also flagged the billing bug to engineering with two other cases.")

    star = star_of(story)

    assert star.result.evidence == "He stayed subscribed and gave us a 5 on the survey."
    assert star.measurable_result


def test_a_finding_after_the_acts_is_no_result():
    story = ("Our unit had nine falls in one quarter. I went through every incident report. "
             "It turned out most falls happened at night. I was surprised by that.")

    assert not star_of(story).result.present


@pytest.mark.parametrize(("result", "measured"), [
    ("We cut checkout abandonment on mobile from 68 percent to 52 percent.", True),
    ("That took the monthly report down to about four hours.", True),
    ("By the end of the year we had eleven accounts.", True),
    ("we shipped all three hundred and twenty shafts on friday with zero rejects", True),
    ("The wedding went ahead without any of the guests knowing.", False),
])
def test_a_changed_figure_or_a_count_in_words_is_a_measured_result(result, measured):
    star = star_of("Scrap was running high on the night shift. I logged every reject with the operators. " + result)

    assert star.result.evidence.rstrip(".") == result.rstrip(".")
    assert star.measurable_result is measured


@pytest.mark.parametrize(("story", "part", "opening"), [
    # A result told apart from the act beats a cue, or a number, in the act.
    ("Our mobile checkout had a lot of drop-off. I cut the form down to nine fields. Support calls about delivery "
     "charges basically went away, and abandonment dropped.", "result", "Support calls"),
    ("Sign-ups were low. I cut the form down to nine fields. After that people actually finished it.", "result",
     "After that people"),
    ("Drop-off was high. Sign-ups improved after the redesign. I then reduced the form to nine fields.", "result",
     "Sign-ups improved"),
    # A scene cue after the acts gives way to the opening scene.
    ("Our warehouse was missing the afternoon cutoff most days. I moved the pickups to a later slot. At the time the "
     "carrier was short of drivers. We made every cutoff after that.", "situation", "Our warehouse was"),
])
def test_a_part_is_read_where_the_story_tells_it_rather_than_where_a_cue_is(story, part, opening):
    assert star_of(story).part(part).evidence.startswith(opening)


@pytest.mark.parametrize("outcome", [
    "Usually that calms things down, because they feel someone is listening.",
    "This way nobody gets hurt and the real problem gets fixed.",
    "Hopefully the behaviour stops quickly.",
    "I'd expect that most of the time this fixes it.",
])
def test_a_plans_foreseen_outcome_is_its_result_rather_than_an_act_that_says_what_it_is_for(outcome):
    plan = ("I'd stop him straight away, calmly. I'd bring it to engineering so that they fix the design. " + outcome)

    assert star_of(plan, hypothetical=True).result.evidence.rstrip(".") == outcome.rstrip(".")


def test_dictated_an_outcome_run_into_the_last_act_is_the_result():
    story = ("so i was on the support desk and a customer called who had been charged twice for his subscription "
             "he was really angry i let him vent and looked at his account it was a known billing bug "
             "i refunded the duplicate on the spot and emailed him the confirmation while we were still on the phone "
             "and he stayed subscribed")

    star = star_of(story)

    assert star.result.present and star.result.evidence.endswith("he stayed subscribed")


# A reviewer's probes of rubric-1.10.0's cues, read wrong by its first version.
@pytest.mark.parametrize(("opening", "sentence", "part"), [
    # What a boss said or gave, or a job title, is no task.
    ("The stockroom was a mess. I relabelled every shelf with the team. ",
     "At the end my manager told me it was the cleanest close we'd had.", "task"),
    ("The stockroom was a mess. I relabelled every shelf with the team. ",
     "The client gave me a really hard time about the bill.", "task"),
    ("The stockroom was a mess. I relabelled every shelf with the team. ",
     "I was given a bonus for it at the end of the year.", "task"),
    ("The stockroom was a mess. I relabelled every shelf with the team. ", "My job title at the time was coordinator.",
     "task"),
    ("The stockroom was a mess. I relabelled every shelf with the team. ", "My task list was long that week.", "task"),
    ("The stockroom was a mess. I relabelled every shelf with the team. ", "My manager had me worried for a while.",
     "task"),
    # A feeling or an act is no situation.
    ("I took the angry calls myself. ", "I was so relieved at the end of the week.", "situation"),
    ("I took the angry calls myself. ", "I was happy with the result in the end.", "situation"),
    ("I took the angry calls myself. ", "I was a bit nervous at first about the audit.", "situation"),
    ("I took the angry calls myself. ", "When I started calling the customers back the complaints dropped.",
     "situation"),
])
def test_a_sentence_that_is_not_the_part_is_not_read_as_it(opening, sentence, part):
    found = star_of(opening + sentence).part(part)

    assert not (found.present and found.evidence.rstrip(".") == sentence.rstrip("."))


@pytest.mark.parametrize("sentence", [
    "I worked the front desk from 9 to 5.",
    "The outage lasted from 2 to 6 in the morning.",
    "Customers could wait up to three hours.",
    "It came down to two options.",
    "The restore took from 2 to 6 in the morning.",
    "The wait was up to three hours.",
])
def test_a_span_or_a_limit_is_no_changed_figure(sentence):
    star = star_of("I took over the support queue. I set up a callback list. " + sentence + " People stopped "
                   "complaining about waiting.")

    assert star.result.evidence == "People stopped complaining about waiting."


@pytest.mark.parametrize("ending", [
    "It was a typo in the SKU on the supplier side.",
    "The contractor was two weeks late on the new windows.",
    "The server hadn't flagged the allergy.",
    "The kitchen was seven minutes behind.",
])
def test_a_state_or_backstory_told_after_the_acts_is_no_result(ending):
    star = star_of("A guest got the wrong dish. I apologised and comped the meal. " + ending
                   + " I also went over the allergy checklist with the new server.")

    assert not (star.result.present and star.result.evidence == ending)


@pytest.mark.parametrize("text", ["the two managers finally agreed", "in twenty twenty two we launched it",
                                  "in nineteen ninety nine"])
def test_a_pair_the_story_names_or_a_year_said_aloud_is_no_measure(text):
    assert not _measurable(text)


@pytest.mark.parametrize("text", ["fourteen new accounts signed", "a dozen people signed up", "we cut it by a third"])
def test_teens_dozens_and_shares_in_words_are_measures(text):
    assert _measurable(text)


@pytest.mark.parametrize("sentence", [
    "Ideally I would talk to both of them first.",
    "I'd walk the new cashier through it this way: first the voids, then the refunds.",
])
def test_a_plan_that_opens_like_an_outcome_is_no_foreseen_result(sentence):
    plan = "I'd stop the line straight away. " + sentence

    star = star_of(plan, hypothetical=True)

    assert not (star.result.present and star.result.evidence.rstrip(".") == sentence.rstrip("."))


def test_one_idea_after_the_acts_is_not_both_the_scene_and_the_outcome():
    story = ("I was hired to redesign a picking app for a warehouse. I shadowed the pickers for a week. "
             "In a four-week pilot in one warehouse, picking errors dropped from 1.8% to 0.7%.")

    star = star_of(story)

    assert star.result.evidence.startswith("In a four-week pilot")
    assert not (star.situation.present and star.situation.evidence.startswith("In a four-week pilot"))


def test_dictated_a_long_first_stretch_that_ends_on_its_outcome_has_that_outcome_as_the_result():
    story = ("in my last project i had to use spark for the first time because our dataset was too big for pandas i "
             "went through some tutorials and the documentation and asked a data engineer on the team a few questions "
             "after about a week id rewritten my feature pipeline in pyspark and it ran in 20 minutes instead of "
             "timing out it was a good learning experience and im now pretty comfortable with it")

    star = star_of(story)

    assert star.result.present and "it ran in 20 minutes" in star.result.evidence and star.measurable_result


def test_a_number_in_the_candidates_own_act_does_not_measure_the_result():
    story = ("Our deploys kept failing. I cut the deploy script down to four steps. "
             "The launch went smoothly and the team was happy with it.")

    star = star_of(story)

    assert star.result.evidence.startswith("The launch went smoothly") and not star.measurable_result


def test_a_figure_that_changed_in_teens_or_dozens_is_a_measured_result():
    star = star_of("Our line kept stopping. I moved the checks to the start of the shift. "
                   "Stoppages dropped from fourteen a week to six.")

    assert star.result.evidence.startswith("Stoppages dropped") and star.measurable_result


# The past tense and told outcomes, read in two exact steps (rubric-1.15.0) ------------------------------------------

def _past_as_written(text):
    return any(m.group(1) is None or m.group(1) not in star._NOT_A_VERB_BEFORE for m in star._PAST_TENSE.finditer(text))


def _event_as_written(text):
    return any(m.group(1) is None or m.group(1) not in star._BEFORE_AN_EVENT for m in star._EVENT.finditer(text))


_PIECES = ("the", "so", "a", "was", "were", "had", "hadn't", "i've", "fixed", "stayed", "thanked", "used", "used to",
           "reported", "crashed", "limited", "went", "told", "red", "caused", "very", "and", "(was", "x-was", "said,",
           "it,", "tested-ed", "rolled", "blamed", "was fixed", "were often", "seven", "quickly", "deployed", "")
_GAPS = (" ", " ", " ", "  ", "\t", ",", "-", "\u00a0", "\u2003", ". ", "'")


def test_the_past_and_told_outcomes_read_as_their_patterns_do():
    # The fast readings give what the patterns give as written (star._tells_the_past, _tells_an_event): on every
    # sentence of the shipped set, written and dictated, and on strings of the words and marks their branches turn on
    # (the set words before "-ed" words, "stayed" and "thanked", other spaces than " ", marks inside tokens)
    rng = random.Random(7)
    texts = [sentence.lowered for question in load_graded(DEFAULT_GRADED) for _, answer in question.answers
             for told in (answer, unpunctuated(answer)) for sentence in split_sentences(told)]
    texts += ["".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 7))) for _ in range(20000)]
    for text in texts:
        assert star._tells_the_past(text) == _past_as_written(text), text
        assert star._tells_an_event(text) == _event_as_written(text), text
