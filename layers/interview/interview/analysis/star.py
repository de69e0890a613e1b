"""STAR detection: does a behavioral or situational answer tell a story with a Situation, a Task,
the candidate's Actions and a Result?

Each part is found from cue phrases, with a nudge from where it sits in the story (context comes
first, results last). The evidence of each part is a verbatim quote of the sentence that shows it.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from interview.analysis.cue_search import CueIndex, answer_words, fast_search
from interview.analysis.text import WHOLE_QUOTE_WORDS, LazyPattern, Sentence, quote

STAR_PARTS: tuple[str, ...] = ("situation", "task", "action", "result")


def _cues(*patterns: str) -> tuple[LazyPattern, ...]:
    return tuple(LazyPattern(pattern) for pattern in patterns)


# The words speech opens a sentence with before its subject ("sure, so I worked at…", "yeah, we lost…").
_SPEECH_OPENERS = "sure|so|yeah|yes|well|okay|ok|right|um|uh|honestly"
SITUATION_CUES = _cues(
    r"\b(?:at|in|on|during) (?:my|our|one of my) (?:previous |last |current |old |first |former |second )?"
    r"(?:[\w-]+ ){0,2}(?:jobs?|company|role|team|position|internship|employer|project|startup|sprint)\b",
    r"\b(?:a|one) (?:couple|few) (?:of )?(?:years|months|weeks) ago\b",
    r"\bwhen i was (?:leading|working|building|running)\b",
    r"\b(?:when|while) (?:i was|i worked|working|we were)\b",
    r"\blast (?:year|month|summer|quarter|spring|fall|autumn|winter|week)\b",
    r"\b(?:a few|two|three|several) (?:months|years|weeks) ago\b|\b(?:years|months) ago\b",
    r"\bback in\b|\bat the time\b|\bduring my\b|\bin (?:19|20)\d\d\b",
    r"\b(?:our|my|the) (?:team|company|project|client|startup|product|manager|department|customer) (?:was|were"
    r"|had|needed|asked|decided|used|wanted)\b",
    r"\bthere was\b|\bwe had (?:a|an|to)\b|\bi was working\b|\bi joined\b",
    r"\bsituation\b|\bcontext\b|\bbackground\b",
    # A story that opens on its scene: "On a B2B invoicing tool, …", "About six months into my first job, …".
    r"^(?:on|at|in|during|about|around|early|late) (?:a|an|my|our|one|\w+ (?:months|years|weeks) into)\b",
    # Who wanted what: "our CEO wanted…", "the stakeholders insisted…".
    r"\b(?:ceo|cto|cfo|vp|director|head of \w+|lead|stakeholders?|pm|designers?|clients?|customers?|users?"
    r"|engineers?|teammates?|colleagues?) (?:was|were|had|needed|asked|decided|wanted"
    r"|insisted|pushed|expected|promised|complained)\b",
    # The story's scene in everyday words: "I once…", "my team lead once told me…", "I was designing…",
    # "I had a customer whose…", "the toughest one was…" (not "once finished", "I once learned that…", "the
    # hardest one to test was…").
    r"\b(?:i|we|he|she|they|lead|manager|colleague|teammate|customer|client|boss) once (?!learned|learnt|realized"
    r"|noticed)(?:\w+ed|had|was|were|told|sent|gave|ran|led|got|made|took|built|wrote)\b"
    r"|\b(?:biggest|toughest|hardest|worst|clearest|best) (?:one|example)(?: i can think of)? was\b",
    # An opening on the work under way or the person it was about, not a hope or a look ("I was hoping…",
    # "I had a look…"), after the "sure, so" speech opens with.
    rf"^(?:(?:{_SPEECH_OPENERS})\W+)*"
    # "I worked at/for/on delivery robots", not "I worked on the retry logic" (an act) or "I worked with the QA lead".
    r"(?:i worked (?:at|for|in|as|with (?:a|an)|on (?!(?:the|it|this|that|my|our|his|her|their|some)\b))\b"
    r"|i was (?:working|building|designing|leading|running|managing"
    r"|developing|testing|migrating|supporting|maintaining|writing|launching|onboarding|mentoring|teaching"
    r"|consulting|interning|studying)"
    r"|we were (?:building|migrating|launching|running|preparing|moving|rolling|scaling|growing|hiring|working"
    r"|using|rebuilding|redesigning)|i had (?:a|an) (?:customer|client|colleague|teammate|manager|lead|report"
    r"|stakeholder|user|project|deadline|intern|junior|team|boss|coworker))\b",
    r"\bi was (?:the|a|an|one of|part of|on) (?:[\w-]+ ){0,3}(?:pm|lead|engineer|developer|designer|analyst"
    r"|manager|owner|facilitator|team|squad|project|on-call)\b",
    # The candidate's post and where: "I was a staff accountant at a distribution company", "I was the only
    # bilingual nurse on the floor", "I was front office manager at a hotel" (a post, not a feeling: "I was so
    # relieved at the end"); taking a post: "when I took over the store" (not an act: "when I started calling").
    r"\bi was (?:(?:a|an|the) (?!bit\b|little\b|lot\b)(?:[\w-]+ ){0,3}[\w-]+|(?:[\w-]+ ){0,2}(?:manager|lead"
    r"|engineer|nurse|analyst|developer|designer|accountant|assistant|director|supervisor|coordinator|technician"
    r"|officer|specialist|consultant|intern|teacher|paralegal|pharmacist|operator|clerk|administrator|associate))"
    r" (?:at|in|for|with|on) [a-z]"
    r"|\bi was (?!hoping|trying|thinking|going|planning|wondering|looking|aiming|expecting)\w+ing"
    r" (?:\w+ )?(?:for|at) (?:a|an|the|our|my)\b"
    r"|\bwhen i (?:first )?(?:took over|started|joined|arrived|became|inherited|was hired|came on board)\b"
    r"(?! \w+ing\b)"
    r"|\b(?:this|that) was (?:on|at|in|during|back) (?:a|an|my|our|the|one)\b",
)
TASK_CUES = _cues(
    # "My job was…", and with where or when between: "my job on that project was…", "my aim there would be…".
    r"\bmy (?:first |main |top |only |biggest |key |real |primary |immediate |whole )?(?:task|job|role"
    r"|responsibility|goal|assignment|challenge|mission|objective|priority|aim|brief|remit)"
    r"(?! (?:title|description|offer|interview|search|history|posting|model|list|chat|call|meeting|mentor)\b)"
    r"(?:,? [\w-]+){0,6}?,? (?:was|is|would be)\b",
    r"\bi was (?:responsible|asked|tasked|assigned|in charge|expected|supposed)\b|\bi was (?:hired|brought in) to\b"
    r"|\bi was given (?:the |a |an )?(?:task|job|brief|target|goal|responsibility|project|assignment)\b"
    r"|\bi was given\b.{0,60}\band (?:asked|told) to\b",
    # Given by someone else: "my manager asked me to own…", "the head chef had me redo…", "it was on me to decide";
    # not what they said or gave otherwise ("my manager told me it was the cleanest close", "gave me a hard time").
    r"\b(?:my|the|our) (?:[\w-]+ )?(?:manager|lead|boss|supervisor|director|head|controller|foreman|partner|client"
    r"|vp|principal|chief|editor|owner|chef|nurse|coach|founder|ceo|cto|cfo|pm|sergeant|professor)"
    r" (?:(?:asked|told|wanted|needed|tasked|assigned) me to|asked (?:me )?if i could|(?:put|left) me in charge"
    r"|gave me (?:the |a |an )?(?:[\w-]+ ){0,3}(?:task|job|project|assignment|brief|target|goal|deadline)"
    r"|had me (?:redo|rewrite|run|take|lead|own|do|build|write|fix|train|cover|handle|check|review|update|prepare"
    r"|organi[sz]e|set up|start|look into|call|plan|draft|present|audit|test)\b)"
    r"|\b(?:was|fell) (?:on|to) me to\b|\bit was my (?:responsibility|job|call|role|decision)\b",
    r"\b(?:i|we) (?:needed|had) to\b|\bi (?:have|need) to\b",
    r"\bthe (?:goal|task|challenge|objective|requirement|ask|priority) (?:was|is|would be)\b",
    r"\bdeadline\b|\bwithin (?:a|one|two|three|four|\d+) (?:days?|weeks?|months?)\b|\bin charge of\b",
    r"\bit was (?:up to me|my job)\b",
    # What the candidate set out to do or had to avoid: the task, told as an aim.
    r"\bi (?:wanted|needed|had|set out|decided|was determined) to (?!be\b)\w+|\bi didn'?t want (?:to|my|our|the|it)\b",
    r"\b(?:my|our|the) (?:concern|worry|aim|plan|focus|question|problem|risk) (?:was|were)\b",
    r"\bas (?:the )?(?:facilitator|lead|owner|pm|on-call|tech lead|incident commander)\b",
)
# A verb the candidate did, in the past: evidence the story happened and who did it.
_PAST_ACTION_VERBS = (
    r"(?!\w*eed\b|needed\b|wanted\b|hoped\b|wished\b|liked\b|loved\b|hated\b|used\b|realized\b|noticed\b|learned\b"
    r"|learnt\b|joined\b|worked\b)"
    r"(?:\w+ed|built|wrote|led|made|set|took|ran|spoke|met|began|chose|found|brought|sat|went|gave|read|did|got"
    r"|sent|spent|taught|broke|drew|held|kept|put|told|sought|paired|reached|started|asked|dug|rewrote|split"
    r"|cut|shipped|stepped)\b"
)
_ADVERB = r"(?:then |first |also |quickly |immediately |personally |finally |eventually |carefully |just |next |)"
PAST_ACTION = LazyPattern(rf"\bi {_ADVERB}{_PAST_ACTION_VERBS}|\bi decided to\b|\bmy first step was\b")
TEAM_ACTION = LazyPattern(rf"\bwe {_ADVERB}{_PAST_ACTION_VERBS}")
HYPOTHETICAL_ACTION = LazyPattern(
    r"\bi (?:would|will)\b|\bi'd (?!been\b|had\b)|\bi'll\b|\bmy first step would be\b|\bi'?m going to\b"
    # Dictated answers lose the apostrophe ("id check"); "id" as an identifier is followed by other words.
    r"|\bid (?!(?:column|field|number|token|card|value|values|is|was|are|were|of|and|or|to|in|on|for|the|a|an|as"
    r"|from|with|that|which|so|but|by|at)\b)[a-z]+")
# A figure: digits, not a year, or a number in words ("four hundred", "a third", "twenty-seven").
_FIGURE = (r"(?:\$?(?!(?:19|20)\d\d\b)\d[\d.,]*|(?:a |an )?(?:one|two|three|four|five|six|seven|eight|nine|ten"
           r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen|twenty|thirty"
           r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|third|quarter|day|week|month|hour"
           r"|minute)\b)")
# Verbs of a figure that changed.
_CHANGE = (r"went|gone|cut|cuts|dropped|drops|fell|falls|rose|grew|climbed|jumped|improved|increased"
           r"|decreased|reduced|brought|shrank|slashed|raised|lowered|moved|got")
RESULT_CUES = _cues(
    r"\bas a result\b|\bin the end\b|\bultimately\b|\beventually\b|\bin the long run\b",
    r"\bthe (?:result|outcome|impact)\b|\bresulted in\b|\bled to\b",
    r"\b(?:which|this|that|it) (?:led|helped|meant|allowed|reduced|cut|increased|improved|saved|made|brought"
    r"|let)\b",
    r"\b(?:reduced|increased|improved|saved|shipped|delivered|launched|finished|completed|grew|doubled|halved"
    r"|tripled|dropped|decreased|boosted|raised|won|passed|resolved|achieved|exceeded)\b",
    r"\bon time\b|\bahead of schedule\b|\bon schedule\b|\bsuccessfully\b",
    r"\b(?:rose|fell|went (?:up|down)|went from|up from|down from|dropped from|grew from|signed (?:it )?off"
    r"|no longer)\b",
    r"\b(?:since then|ever since|from then on|afterwards|a (?:month|week|quarter|year) later)\b.{0,60}"
    r"\b(?:no|fewer|never|zero|only|haven'?t|hasn'?t|didn'?t|now)\b",
    r"\b(?:my manager|the client|the customer|the team|my lead|they|she|he) (?:praised|thanked|said|was happy"
    r"|were happy|adopted|promoted|kept)\b",
    # An outcome told plainly, without a number: how things went ("the complaints died down", "it worked out",
    # "the resets went away", "the deploys stopped failing"), what got better ("the build got a lot faster",
    # "was much easier", "had fewer bugs"), what came of it ("they renewed", "my manager was really happy").
    # Not an act of the candidate's ("I renewed the certificates", "I ended up rewriting it"), a question or a
    # review ("whether it was fixed", "what went well"), a wish, a plan or a comparison ("was faster but riskier",
    # "fewer than two weeks"): a reviewer's sentences without an outcome are tests (test_analysis_star.py).
    r"\b(?:died down|settled down|calmed down|paid off|(?:went|ran|goes|going) (?:really |pretty |very |quite |)"
    r"smoothly|turned out (?:really |pretty |very |quite |)(?:well|great|fine|nicely)|stopped (?:failing|happening"
    r"|crashing|breaking|complaining|paging|timing out))\b|(?<!\bi )(?<!\bwe )\b(?:renewed|upgraded|stabilized"
    r"|stabilised)\b|(?<!\bi )\bappreciated (?:it|that|how|my|our)\b",
    # (Phrases opening with a common word are a cue of their own: the one above is passed over at once, from the
    # answer's word set, when the answer has none of its rarer words.)
    r"\b(?<!what )(?<!how )(?:worked out|went away|went (?:really |pretty |very |quite |)well)\b"
    r"|\b(?:nobody|no one) (?:complained|noticed)\b",
    r"\b(?:got|became)(?: noticeably| much| a lot| far| way| significantly| even|) (?:better|faster|easier|smoother"
    r"|quicker|cleaner|calmer|happier|more stable|more reliable|more confident|more consistent|more productive)\b"
    r"|\b(?:was|were|felt|ran|seemed|looked) (?:noticeably|much|a lot|far|way|significantly|so) (?:better|faster"
    r"|easier|smoother|quicker|cleaner|calmer|happier|more stable|more reliable|more confident|more consistent"
    r"|more productive)\b(?! to\b| than\b| but\b)|(?<!\bi )\b(?:was|were) (?:really |very |so |)(?:happy|pleased"
    r"|thrilled|delighted) with\b|\bgot (?:merged|approved|adopted|fixed|resolved)\b",
    r"\b(?:had|got|saw|made|were|received) (?:\w+ )?(?:fewer|much less|far less)\b(?! than\b)",
    # A figure now, set against the old one: "releases now take about three hours instead of two days".
    rf"\bnow (?:\w+ ){{1,3}}?(?:about |around |roughly |under |just |only |less than )?{_FIGURE}[^.;]{{0,30}}"
    rf"\b(?:instead of|rather than|compared to|compared with|versus|vs\.?) (?:about |around |roughly |over |the )?"
    rf"{_FIGURE}",
)
# A figure that changed (counted as one more result cue, by _changed_figures): "cut abandonment from 68 percent to 52",
# "took it down to about four hours", "pages are down to two a week"; not a span or a limit ("worked from 9 to 5",
# "could wait up to three hours", "came down to two options"). The figures are found first, then the verb of change
# before them: most ideas hold neither "from" nor "down to" / "up to", and a search opening on the verbs is slow.
_FIGURE_CHANGED = re.compile(
    rf"\bfrom (?:about |around |roughly |over |under |nearly |almost )?{_FIGURE}\b"
    rf".{{0,40}}?\bto (?:about |around |roughly |under |over |just |nearly |almost |less than )?{_FIGURE}\b"
    rf"|\b(?P<level>down|up) to (?:about |around |roughly |under |over |just |nearly |almost |less than )?{_FIGURE}\b")
_CHANGED_FROM = re.compile(rf"\b(?:{_CHANGE})\b[^.;]{{0,50}}$")
_CHANGED_LEVEL = re.compile(rf"\b(?:{_CHANGE})\b(?: [\w-]+){{0,3}}? $")
_CHANGED_TO_LOW = re.compile(r"\b(?:is|are|was|were|'s|'re)\b(?: [\w-]+){0,3}? $")  # "pages are down to two a week"


def _changed_figures(texts: list[str]) -> list[int]:
    """1 for each text that tells a figure changing, else 0."""
    found = []
    for text in texts:
        hit = 0
        if "from " in text or "down to " in text or "up to " in text:
            for match in _FIGURE_CHANGED.finditer(text):
                level = match.group("level")
                verbs = (_CHANGED_LEVEL, _CHANGED_TO_LOW) if level == "down" else (_CHANGED_LEVEL,) if level else (
                    _CHANGED_FROM,)
                if any(verb.search(text, max(0, match.start() - 60), match.start()) for verb in verbs):
                    hit = 1
                    break
        found.append(hit)
    return found
# What a situational ("what would you do") answer expects to come of its actions.
EXPECTED_RESULT_CUES = _cues(
    r"\bso that\b|\b(?:this|that|which) would\b|\bto ensure\b|\bensuring\b|\bthe outcome would\b",
    r"\bwould (?:help|allow|ensure|reduce|prevent|minimi[sz]e|let|keep|make sure|avoid)\b",
    # The plan's expected effect, said plainly: "that gives me three options", "so the owners choose".
    r"\b(?:this|that|it) (?:usually|often|typically|should|gives|means|keeps|lets|turns|changes|avoids|prevents"
    r"|protects|buys|saves)\b|\b(?:that|this) way\b(?!\s*:)|\bso (?:the|everyone|nobody|no one|they|it|its|that)\b",
    # The outcome foreseen, as the plan's last word: "usually that calms things down", "hopefully the behaviour
    # stops", "I'd expect that most of the time this fixes it", "best case we save the hire".
    r"^(?:(?:and|so|then|but)\W+)?(?:usually|hopefully|ideally|most of the time|in most cases|in my experience"
    r"|best case|i'?d expect|normally|nine times out of ten)\b(?!.*\bi(?:'d| would|'ll| will) (?!expect|hope)\w)",
)
# A number that is not a year, a spelled-out amount of time, or a change in size: the result is measured.
MEASURABLE = LazyPattern(
    r"(?<![\w.+#-])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*\s?(?:%|percent\b|x\b|k\b|ms\b)?"
    # A count in words, not a pair the story names ("the two managers", "both teams") or a year said aloud.
    r"|\b(?<!the )(?<!these )(?<!those )(?<!our )(?<!my )(?<!their )(?<!all )(?<!twenty )(?<!nineteen )"
    r"(?!nineteen \w+ty\b)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|one and a half|a dozen|dozens)"
    r"(?:-\w+| and \w+| hundred| thousand)*"
    r" (?!(?:of|or|and|to|in|on|at|by|with|from|more|less|other|times? (?:a|per|as)|twenty|nineteen)\b)[a-z]"
    r"|\bby (?:a third|a quarter|half)\b|\b(?:doubled|halved|tripled)\b|\bfrom \S+ (?:\w+ )?to \d")
# MEASURABLE opens each branch with an assertion, so a search gets no fast scan from the regex
# engine and tries every character of a segment: slow, and most segments are searched because most hold a
# digit or "from". Which segments hold a measure is found branch by branch instead (a text matches an
# alternation when it matches one of its branches): the number branch as one scan for the digits it can
# start at, over all segments at once, and the word branches only on the segments that hold their words.
_NUMBER_BRANCH = r"(?<![\w.+#-])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*\s?(?:%|percent\b|x\b|k\b|ms\b)?"
# Where the number branch can start: a digit not after a word character, dot, plus, hash or hyphen, and not
# opening a year. Everything the branch matches after its first digit is optional. The digit comes first so
# the engine skips straight to digits; the checks then look back from after it. Read over the segments
# joined by newlines, the newline before a segment checks as the start of a text does.
_NUMBER_START = re.compile(r"\d(?<![\w.+#-]\d)(?!(?<=1)9\d\d\b|(?<=2)0\d\d\b)")
_MEASURE_WORDS: LazyPattern | None = None
if MEASURABLE.flags == 0 and MEASURABLE.pattern.startswith(_NUMBER_BRANCH + "|"):
    _MEASURE_WORDS = LazyPattern(MEASURABLE.pattern[len(_NUMBER_BRANCH) + 1:])


def _measurable(text: str) -> bool:
    """Whether MEASURABLE matches the text, found as `Reading.measured_segments` finds it: the number branch by
    where it can start, the word branches after."""
    if _MEASURE_WORDS is None:  # MEASURABLE changed shape: the plain search, still right
        return MEASURABLE.search(text) is not None
    return _NUMBER_START.search(text) is not None or _MEASURE_WORDS.search(text) is not None


REFLECTION = LazyPattern(
    r"\bi (?:learned|learnt|realized|now)\b|\blesson\b|\btaught me\b|\bnext time\b|\bin hindsight\b"
    r"|\blooking back\b|\bsince then\b|\bfrom then on\b|\btakeaway\b|\bdo differently\b")


# A rubric's label for the part of the story a point is about: "action: interviews and data to define the
# problem", "Situation: the deal, the evaluation and what went wrong".
STAR_LABEL = re.compile(
    r"\s*(?P<part>situation|context|task|goal|actions?|results?|outcomes?|reflection|lessons?)\s*:\s*", re.IGNORECASE)

@dataclass(frozen=True)
class StarPart:
    present: bool
    evidence: str | None = None
    sentence: int | None = None


_ABSENT = StarPart(present=False)


@dataclass(frozen=True)
class StarStory:
    situation: StarPart
    task: StarPart
    action: StarPart
    result: StarPart
    measurable_result: bool
    reflection: StarPart
    past_actions: int  # "I migrated", "I wrote": the story happened and the candidate did it
    team_actions: int  # "we migrated": happened, but whose work was it?
    hypothetical_actions: int  # "I would": a plan rather than a story
    hypothetical_allowed: bool  # situational questions ask what the candidate would do

    def part(self, name: str) -> StarPart:
        return getattr(self, name)

    @property
    def owns_actions(self) -> bool:
        """The candidate says what they did themselves (or, asked what they would do, would do)."""
        return self.past_actions > 0 or (self.hypothetical_allowed and self.hypothetical_actions > 0)

    @property
    def present_parts(self) -> tuple[str, ...]:
        return tuple(name for name in STAR_PARTS if self.part(name).present)

    @property
    def in_order(self) -> bool:
        """Context before actions before results, as a listener expects to hear it."""
        positions = [self.part(name).sentence for name in ("situation", "action", "result")
                     if self.part(name).present]
        return positions == sorted(positions)

    def as_metrics(self) -> dict[str, dict[str, object]]:
        return {name: {"present": self.part(name).present, "evidence": self.part(name).evidence}
                for name in STAR_PARTS}


# How much an action told as "we did" or, in a story about the past, "I would" counts against "I did".
TEAM_ACTION_WEIGHT = 0.5
PLANNED_ACTION_WEIGHT = 0.4


def detect_star(answer: str, sentences: list[Sentence], *, hypothetical: bool,
                index: CueIndex | None = None) -> StarStory:
    """Find the STAR parts. `hypothetical` (situational questions) accepts "I would…" as action and
    an expected outcome as result. `index`, when given, holds the sentences' lowered texts (the reading has
    one already)."""
    if index is None:
        index = CueIndex([sentence.lowered for sentence in sentences], answer_words(answer, sentences))
    texts = index.texts
    past = _match_counts(index, PAST_ACTION)
    team = _match_counts(index, TEAM_ACTION)
    planned = _match_counts(index, HYPOTHETICAL_ACTION)
    planned_weight = 1.0 if hypothetical else PLANNED_ACTION_WEIGHT
    action_weight = [past[i] + TEAM_ACTION_WEIGHT * team[i] + planned_weight * planned[i] for i in range(len(texts))]
    action_cues = [tuple(compress(_ACTIONS, counts)) for counts in zip(past, team, planned, strict=True)]
    result_cues = RESULT_CUES + EXPECTED_RESULT_CUES if hypothetical else RESULT_CUES
    result_shown = _cues_shown(index, result_cues)
    result_weight = [w + changed for w, changed in zip(_counts_of(result_shown), _changed_figures(texts), strict=True)]
    first_act = next((i for i, n in enumerate(past) if n), None)
    told_at = _weigh_told_outcomes(texts, past, first_act, result_weight) if not hypothetical else {}
    # A result with a number in it is the strongest evidence of a result.
    measured = [weight > 0 and _measurable(text) for text, weight in zip(texts, result_weight, strict=True)]
    # What came of the acts is told apart from them: a cue in the candidate's own act ("I cut the form down to nine
    # fields", "I'd log it so they fix the design") counts for less than one in an idea of its own, and a number
    # in it measures nothing.
    # (A number adds as much as the idea already weighs, up to a cue's: an outcome read from the story's place is
    # not made one by a number, "the outage lasted from 2 to 6".)
    own = [bool(past[i] or planned[i] and not _FORESEEN.match(texts[i])) for i in range(len(texts))]
    result_weight = [w * OWN_ACT_RESULT_SHARE if own[i] else w + min(1.0, w) * measured[i]
                     for i, w in enumerate(result_weight)]
    result = _best(answer, sentences, texts, result_weight, result_shown, late=True, told_at=told_at)

    def part(cues: tuple[LazyPattern, ...], early: bool = False, late: bool = False,
             but: int | None = None) -> StarPart:
        shown = _cues_shown(index, cues)
        weights = _counts_of(shown)
        if but is not None:
            weights[but] = 0
        return _best(answer, sentences, texts, weights, shown, early=early, late=late)

    # One idea after the acts is not both the scene and the outcome ("In a four-week pilot, picking errors dropped").
    after_acts = result.present and first_act is not None and result.sentence > first_act
    situation = part(SITUATION_CUES, early=True, but=result.sentence if after_acts else None)
    action = _best(answer, sentences, texts, action_weight, action_cues)
    # Measured when the result says a number, or another outcome told apart from the acts does (a story may tell two:
    # "we went live on time. Tickets dropped 30%."); a number in the candidate's own act measures nothing.
    measurable_result = result.present and (measured[result.sentence] or any(
        m and not own[i] and i not in told_at for i, m in enumerate(measured)))
    if not hypothetical:
        # The scene comes before the acts: a cue after the first one ("it was on a Tuesday that…") gives way to an
        # opening that sets the scene.
        if not situation.present or (first_act is not None and situation.sentence > first_act):
            scene = _opening_scene(answer, sentences, texts, past)
            situation = scene if scene.present else situation
        if not result.present and action.present:
            result, measurable_result = _closing_outcome(answer, sentences, texts, past, action.sentence)
    return StarStory(
        situation=situation,
        task=part(TASK_CUES, early=True),
        action=action,
        result=result,
        measurable_result=measurable_result,
        reflection=part((REFLECTION,), late=True),
        past_actions=sum(past),
        team_actions=sum(team),
        hypothetical_actions=sum(planned),
        hypothetical_allowed=hypothetical,
    )


# A verb in the past. An "-ed" word after one of _NOT_A_VERB_BEFORE is an adjective or a passive ("with limited
# memory", "gets blamed"), not the story's past.
_IRREGULAR_PAST = (r"went|lost|got|kept|ran|came|took|became|found|made|grew|fell|rose|won|left|saw|gave|felt|paid"
                   r"|built|brought|sold|began|held|did|didn'?t|said|told")
_PAST_WORDS = rf"\b(?:was|were|had|used to|{_IRREGULAR_PAST})\b"
_AFTER_A_WORD = r"(\S+) \w{3,}ed\b"  # an "-ed" word and the word before it, told apart below
_PAST_TENSE = re.compile(f"{_PAST_WORDS}|{_AFTER_A_WORD}")
_NOT_A_VERB_BEFORE = frozenset({"a", "an", "the", "with", "is", "are", "be", "been", "being", "get", "gets",
                                "very", "more", "most", "so", "too", "not", "of", "in", "on", "for", "by", "to",
                                "i've", "we've", "you've", "they've", "has", "have", "and", "or"})


def _tells_the_past(text: str) -> bool:
    """Whether a lowered idea holds a verb in the past: "was", "lost", "rolled out", not "with limited memory".
    What `any(m.group(1) is None or m.group(1) not in _NOT_A_VERB_BEFORE for m in _PAST_TENSE.finditer(text))`
    gives, read faster (see _after_a_verb)."""
    return _PAST_WORD.search(text) is not None or _after_a_verb(text, _NOT_A_VERB_BEFORE)


# Reading _PAST_TENSE and _EVENT as written costs more than any other pattern of a story: their last branch,
# `(\S+) \w{3,}ed\b`, opens with no fixed character, so the engine tries it at every character of the idea. The
# same answer is found in two steps. (1) Where a word branch matches anywhere, the idea tells the past: finditer
# meets that match, or an earlier one that overlaps it; one of the last branch only overlaps it if the word lies in
# its "-ed" word (it cannot lie in its first word: a word branch tried at the same place comes first, and no word of
# _BEFORE_AN_EVENT holds one after a boundary), and of the word branches only _EVENT's "stayed" and "thanked" are
# such words: an idea holding them is read as written. (2) Elsewhere only the last branch matches, and its matches
# are found from the space before each "-ed" word (_after_a_verb), in finditer's order.
_PAST_WORD = re.compile(_PAST_WORDS)
_SPACED_ED_WORD = re.compile(r" \w{3,}ed\b")


def _after_a_verb(text: str, not_a_verb_before: frozenset[str]) -> bool:
    r"""Whether `(\S+) \w{3,}ed\b`, matched as finditer goes, finds an "-ed" word after a word not in the set.
    Each match is a run of non-whitespace characters, one space and the "-ed" word: the run before each space found
    by _SPACED_ED_WORD, from where the last match ended (finditer goes on from there)."""
    resume = 0
    for match in _SPACED_ED_WORD.finditer(text):
        space = match.start()
        if space <= resume or text[space - 1].isspace():
            continue  # no run before this space (the \S+ is never empty)
        start = space - 1
        while start > resume and not text[start - 1].isspace():
            start -= 1
        if text[start:space] not in not_a_verb_before:
            return True
        resume = match.end()
    return False


_INTERJECTION = re.compile(rf"^(?:(?:{_SPEECH_OPENERS})\b[,.]?\s*)+")
# A story's first idea told in the past, of something other than the candidate's own act, is its scene. Not the
# candidate's own state ("I was hoping…", "I had a look…": the cues above read the scenes told with "I"), a hope
# or a plan ("we were aiming for…"), a time clause ("once merged, …") or a ranking ("the worst case was…"), nor:
_NO_SCENE_OPENING = re.compile(
    # a claim about the candidate or a habit ("communication was always my strength"), or words about the question
    # ("good question, that happened to me a lot", "that was a while ago", "it was one of the hardest things")
    r"\b(?:always|never|ever|strengths?|weakness(?:es)?|question|answer)\b"
    r"|^(?:that|it|this) (?:was|happened|reminded)\b"
    r"|^(?:honestly,? )?nothing\b"
    r"|^(?:i\b|i'|once\b|when\b|if\b|after\b|before\b|the (?:\w+est|worst|best|main|first|last) )"
    r"|\b(?:was|were) (?:\w+ )?(?:hoping|thinking|trying|going to|aiming|expecting|wondering|planning|surprised)\b")


def _opening_scene(answer: str, sentences: list[Sentence], texts: list[str], past: list[int]) -> StarPart:
    """The story's opening as its situation when no cue names one: "We lost a mid-sized deal to a competitor
    because…", "Our marketing team used to download campaign data by hand…". Only a story of three ideas or more
    whose first tells of the past and is not the candidate's own act ("I rewrote the importer")."""
    if len(texts) < 3 or past[0]:
        return _ABSENT
    opening = _INTERJECTION.sub("", texts[0])
    if _NO_SCENE_OPENING.search(opening) or not _tells_the_past(opening):
        return _ABSENT
    return StarPart(present=True, evidence=quote(answer, sentences[0]), sentence=0)


# What a story's last idea says when it is not what came of the actions: a lesson, a plan, a want or a worry, a
# question, a comparison ("the old approach was faster but riskier") or a finding.
_LESSON = re.compile(r"\b(?:taught me|took from it|takeaway|lessons?|learn(?:ed|t)|in hindsight|looking back"
                     r"|do (?:it |things )?differently)\b|^next time\b")
# What a story may end on after its outcome and says nothing of it: "so yeah", "does that answer your question?",
# "I was really proud of that", "it was a good experience".
_CLOSER = re.compile(
    r"^(?:(?:so|yeah|yes|ok|okay|well|and)\W+)*(?:yeah\W*$|so\W*$"
    r"|that'?s (?:about |basically |pretty much )?(?:it|all|what i did)\b|does that answer|hope(?:fully)? that answers"
    r"|i was (?:really |very |quite |so )?(?:proud|happy|glad)\b"
    r"|it was (?:a |an )?(?:really |very )?(?:good|great|valuable|interesting|useful)"
    r" (?:experience|learning|lesson|challenge|project))")
_NO_OUTCOME = re.compile(
    r"^(?:i\b|i'|my\b|me\b)|\?|\b(?:plan|goal|question|whether|hop(?:e|ed|ing)|wish\w*|want\w*|need\w*|tried"
    r"|worried|concerned|unsure|not sure|wonder\w*|expect\w*|should|would|will|going to|could|might|but|than"
    # A finding ("it turned out the charges came from the bank") or a summing up ("it was a good experience", "it
    # was mostly about finding…"), not what the actions brought about.
    r"|experience|(?:was|is) (?:\w+ )?about|that was|(?:so )?yeah|a lot of work|stressful|challenge|hardest part"
    r"|at the time|moved on|anyway|deadline was|old|previous|took (?:about|around|roughly|nearly|almost)"
    # more of the work ("we then presented it to leadership") or its backstory ("nobody had thought of it before")
    r"|^(?:we|they) (?:then |also |just |all |later )?(?:\w+ed|had|met|made|took|went|gave|spent)"
    r"|had (?:\w+ed|thought|been|known|seen)"
    r"|found (?:out|that)|we found|realiz\w*|noticed|discover\w*"
    r"|turned out (?!(?:really |pretty |very |quite |)(?:well|great|fine|nicely)))\b")
# The present perfect tells what has come of it since: "we haven't had an incident since".
_SINCE = re.compile(r"\b(?:has|have|haven'?t|hasn'?t|it'?s|we'?ve|they'?ve) (?:been|had|not|never|stayed|kept)\b"
                    r"|\bsince\b")


def _closing_outcome(answer: str, sentences: list[Sentence], texts: list[str], past: list[int],
                     action: int | None) -> tuple[StarPart, bool]:
    """The story's last idea after the candidate's actions (a lesson after it passed over) as its result when no
    cue names one: "In the next round of testing people found things much faster", "That freed enough space to
    add the feature", "We haven't had a manual-deletion incident since". Not the candidate's own act or state, a
    plan, a want, a question or a comparison, and only an idea told in the past or the present perfect. With it,
    whether it is measured (holds a number)."""
    if len(texts) < 3 or action is None:
        return _ABSENT, False
    last = len(texts) - 1
    closing = texts[last]
    while last > action:
        remark = _INTERJECTION.sub("", texts[last])
        if not remark.strip(" .!?") or _CLOSER.search(remark):
            last -= 1
            continue
        lesson = _LESSON.search(texts[last])
        if lesson is None:
            closing = texts[last]
            break
        # Unpunctuated, the outcome and the lesson after it can be one idea: the words before the lesson are read.
        closing = texts[last][:lesson.start()]
        if len(closing.split()) >= 4:
            break
        last -= 1
    if last <= action or past[last]:
        return _ABSENT, False
    closing = _INTERJECTION.sub("", closing)
    if _NO_OUTCOME.search(closing) or not (_SINCE.search(closing) or _tells_the_past(closing)):
        return _ABSENT, False
    return StarPart(present=True, evidence=quote(answer, sentences[last]), sentence=last), _measurable(closing)


# A story's ideas after the candidate's first act that tell, in the past and not as the candidate's own act, what
# happened ("He stayed subscribed and gave us a 5 on the survey", "The wedding went ahead without…") are read as
# what came of the acts, with less weight than a cue: the result when no cue names one. The lessons, plans,
# findings and backstory _closing_outcome passes over are passed over here too.
TOLD_OUTCOME_WEIGHT = 0.5
# The share of a result cue's weight left in an idea that is itself the candidate's act (see detect_star).
OWN_ACT_RESULT_SHARE = 0.5
# "I'd expect that…" opens a foreseen outcome (an EXPECTED_RESULT_CUES cue), not a planned act.
_FORESEEN = re.compile(r"^(?:(?:and|so|then|but)\W+)?i'?d expect\b")
# An idea this long that holds the candidate's act can end on its outcome: dictated speech runs the two into
# one ("…I refunded the duplicate on the spot and he stayed subscribed"). The clause after its last "and", "so" or comma
# is read on its own.
RUN_ON_OUTCOME_WORDS = 20
DICTATED_STRETCH_WORDS = 30  # written sentences seldom run this long; dictated stretches do
_LAST_CLAUSE = re.compile(r"(?:,|\b(?:and|so)\b)(?!.*(?:,|\b(?:and|so)\b))\s*(.*)$")
# Something that happened, in the past: not only a state ("the contractor was two weeks late", "it was a typo"), nor
# what had happened before ("the server hadn't flagged the allergy"). A passive is an event ("he was transferred").
_PASSIVE_EVENT = (r"\b(?:was|were) (?:\w+ly )?(?!(?:seven|eleven|often|open|even|ten|then|when|oven|kitchen)\b)"
                  r"\w+(?:ed|en)\b")
_EVENT = re.compile(rf"\b(?:{_IRREGULAR_PAST}|stayed|thanked)\b|{_PASSIVE_EVENT}|{_AFTER_A_WORD}")
_BEFORE_AN_EVENT = _NOT_A_VERB_BEFORE | {"had", "hadn't", "hadnt", "was", "were"}
_CHANGED_STATE = re.compile(r"\b(?:down|up|lower|higher|better|fewer|under|below|above)\b")  # "imports were down 40%"


def _told_outcome(text: str) -> bool:
    """Whether a lowered idea (or the tail of one) tells what happened: an event in the past, a state that changed
    or what has held since, and none of what _closing_outcome passes over."""
    text = _INTERJECTION.sub("", text)
    return not (_LESSON.search(text) or _CLOSER.search(text) or _NO_OUTCOME.search(text)) and bool(
        _SINCE.search(text) or _CHANGED_STATE.search(text) and _tells_the_past(text)
        or _tells_an_event(text))


# _EVENT's word branches but "stayed" and "thanked" (see _PAST_WORD).
_EVENT_WORD = re.compile(rf"\b(?:{_IRREGULAR_PAST})\b|{_PASSIVE_EVENT}")


def _tells_an_event(text: str) -> bool:
    """What `any(m.group(1) is None or m.group(1) not in _BEFORE_AN_EVENT for m in _EVENT.finditer(text))` gives,
    read faster (see _PAST_WORD)."""
    if _EVENT_WORD.search(text) is not None:
        return True
    if "stayed" in text or "thanked" in text:
        return any(m.group(1) is None or m.group(1) not in _BEFORE_AN_EVENT for m in _EVENT.finditer(text))
    return _after_a_verb(text, _BEFORE_AN_EVENT)


def _weigh_told_outcomes(texts: list[str], past: list[int], first: int | None,
                         weights: list[float]) -> dict[int, int]:
    """Weigh, in place, the outcomes told after the candidate's first act (index `first`; see TOLD_OUTCOME_WEIGHT);
    return where each one told at the end of an act's idea starts in it."""
    told_at: dict[int, int] = {}
    if first is None:
        return told_at
    # The first act's own idea only when it is the last, or a long dictated stretch: its tail is then what the story
    # says after acting.
    start = first if first == len(texts) - 1 or len(texts[first].split()) >= DICTATED_STRETCH_WORDS else first + 1
    for i in range(start, len(texts)):
        if weights[i]:
            continue
        if not past[i]:
            told = _told_outcome(texts[i])
        else:
            tail = _LAST_CLAUSE.search(texts[i]) if len(texts[i].split()) >= RUN_ON_OUTCOME_WORDS else None
            told = tail is not None and not PAST_ACTION.search(tail.group(1)) and _told_outcome(tail.group(1))
            if told:
                told_at[i] = tail.start(1)
        if told:
            weights[i] = TOLD_OUTCOME_WEIGHT
    return told_at


def _match_counts(index: CueIndex, pattern: LazyPattern) -> list[int]:
    """Matches of the pattern in each text."""
    return index.match_counts(pattern)


_ACTIONS = (PAST_ACTION, TEAM_ACTION, HYPOTHETICAL_ACTION)


def _cues_shown(index: CueIndex, cues: tuple[LazyPattern, ...]) -> list[list[LazyPattern]]:
    """For each text, the cues it shows, in the order given."""
    shown: list[list[LazyPattern]] = [[] for _ in index.texts]
    for cue in cues:
        for i in index.matching(cue):
            shown[i].append(cue)
    return shown


def _counts_of(shown: list[list[LazyPattern]]) -> list[float]:
    return [float(len(cues)) for cues in shown]


def _best(answer: str, sentences: list[Sentence], texts: list[str], weights: list[float],
          cues: Sequence[Sequence[LazyPattern]], *, early: bool = False, late: bool = False,
          told_at: dict[int, int] | None = None) -> StarPart:
    """The sentence that shows a part best; a small bonus for sitting where the part usually sits. `cues[i]`
    holds the cues text i shows: only those can start in it, so the quote's focus is looked for among them;
    `told_at[i]`, where in text i a part no cue shows is told (the outcome at the end of a dictated stretch)."""
    best_index, best_score = None, 0.0
    count = len(sentences)
    edge = max(2, count // 3)  # how many sentences count as the beginning, and as the end
    for index, weight in enumerate(weights):
        if weight <= 0:
            continue
        score = weight
        if early and index < edge:
            score += 0.5
        if late and index >= count - edge:
            score += 0.5
        # Ties go to the later sentence for results, the earlier one otherwise.
        if score > best_score or (late and score == best_score):
            best_index, best_score = index, score
    if best_index is None:
        return _ABSENT
    sentence = sentences[best_index]
    # A short sentence is quoted whole: only in a long one is its cue looked for.
    focus: tuple[int, ...] = ()
    if sentence.word_count > WHOLE_QUOTE_WORDS:
        focus = _cue_token(sentence, texts[best_index], tuple(cues[best_index]))
        if not focus and told_at and best_index in told_at:
            focus = _token_at(sentence, told_at[best_index])
    return StarPart(present=True, evidence=quote(answer, sentence, focus), sentence=best_index)


def _cue_token(sentence: Sentence, text: str, cues: tuple[LazyPattern, ...]) -> tuple[int, ...]:
    """Index of the token where the first cue starts, so a quote of a long sentence shows the cue."""
    starts = [match.start() for cue in cues if (match := fast_search(cue).search(text))]
    return _token_at(sentence, min(starts)) if starts else ()


def _token_at(sentence: Sentence, at: int) -> tuple[int, ...]:
    """Index of the token at position `at` of the sentence's lowered text."""
    offset = sentence.start + at
    return (next((i for i, token in enumerate(sentence.tokens) if token.end > offset), 0),)
