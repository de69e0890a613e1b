"""STAR detection: situation, task, the candidate's own actions and a (measured) result."""

from interview.analysis.star import detect_star
from interview.analysis.text import split_segments, split_sentences


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
