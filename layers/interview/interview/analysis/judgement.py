"""Judgement: the red flags interviewers hear in a story whatever its subject.

A behavioral or situational answer can be fluent, on topic and fully STAR-shaped and still be a poor
answer, because of what the candidate chose to do: blame someone else, keep a problem from the people who
needed to know, skip the safeguards, push the team into overtime, shame or threaten someone, bend the data,
or spin a bad outcome as a win. These are the warning signs every interviewing guide lists; none of them
needs the subject to be heard.

A false flag costs a good story dearly (a flagged story is capped), so a flag counts only when it is the
candidate's own act and said as done:

- said of the candidate: the nearest subject pronoun before it is "I" or "we" ("the client blamed our
  team" and "a teammate pushed it straight to production" are someone else's acts);
- not avoided: no negation right before it or inside it ("without blaming anyone", "rather than calling
  him out…", "so the team never had to work weekends", "I could've blamed him"), not quoted (the old lead's
  "not my problem" is his), and not taken back or judged right after it
  ("…blamed nobody", "it wasn't my job, but…", "…rarely ends well", "the alerts that were pure noise");
- not owned: a story in which the candidate says what they learned ("I learned", "in hindsight", "I'd do it
  differently") is what "tell me about a mistake" asks for, and its flags are forgiven.

One idea counts once, whatever number of phrases in it sound alarming.
"""

import re
from dataclasses import dataclass

from interview.analysis.text import LazyPattern, Sentence, TextIndex, word_set

# Kind -> (pattern over a lower-cased segment, what the flag says as feedback names it, how it is checked):
# "own" flags must be the candidate's own act; a "plan" names its own subject ("the team", "engineering") and
# must not be negated inside ("so the team never had to work weekends"); a "stance" speaks for itself.
RED_FLAGS: dict[str, tuple[LazyPattern, str, str]] = {
    "blame": (LazyPattern(
        r"\b(?:blam(?:e|ed|es|ing)(?!-free|less)|(?:his|her|their|your) fault|finger[- ]pointing)\b"),
        "puts the blame on someone else", "own"),
    # Whoever says these is the one pushing the responsibility away: no subject to check.
    "deflection": (LazyPattern(
        r"\b(?:(?:wasn'?t|not|isn'?t) (?:really |exactly )?(?:my|our) (?:fault|problem|responsibility|job)"
        r"|(?:that'?s|it'?s|is|was) (?:really |just )?their (?:own )?problem|not on (?:me|us)|(?:fault|liability|problem|responsibility),? not (?:ours|mine|me|us)"
        r"|(?:is|was) (?!everyone|everybody|nobody)\w+'s (?:job|responsibility|problem)"
        r"|(?:was|is) (?:more|really|mostly|entirely|all|100%|completely) (?:[\w']+ ){0,3}fault"
        r"|(?:was|is) (?:100% |all |entirely |completely )theirs|(?:a good|a valuable|a hard) lesson for (?:him|her|them)"
        r"|whoever (?:wrote|broke|caused|made|owns) (?:it|them|this|that|those) should"
        r"|(?:was|is) on (?:them|him|her|design|product|the \w+ team|\w+), not (?:me|us|mine)"
        r"|(?:that'?s|was|is) on (?:the company|management|them|him|her|the \w+ team) for"
        r"|(?:they|he|she|(?:the )?(?:customers?|users?|clients?|designers?|design team|pm|manager|developers?"
        r"|reviewers?|intern|ops team|qa team)) should(?:'ve| have)? (?:\w+ ){0,2}"
        r"(?:read|known|checked|told|finali[sz]ed|tested|caught))\b"),
        "pushes the responsibility onto others", "stance"),
    "secrecy": (LazyPattern(
        r"\b(?:without (?:telling|informing|asking|consulting|involving|notifying|warning|mentioning it to"
        r"|looping in)(?: \w+)? (?:anyone|anybody|my|the|them|him|her|team|their|his|our)|(?:didn'?t|did not|won'?t"
        r"|wouldn'?t|never) (?:tell|told|inform|mention|escalate|report|flag)(?: it| this)?(?: to)? "
        r"(?:anyone|anybody|my|the|them|him|her|security|it|this|stakeholders|leadership|customers|management|legal)"
        r"|(?:didn'?t|did not|never) loop (?:\w+ ){1,3}(?:back )?in|keep (?:it|this|that) (?:quiet|to myself|between us)"
        r"|(?:kept|keeping) (?:\w+ ){1,3}to myself"
        r"|cover(?:ed)? (?:it|this) up|behind (?:his|her|their) back|didn'?t say anything"
        r"|quietly (?:fix|change|patch|delete|remove|merge|revert|update)(?:e?d|es|s)?|(?:fixed|changed|patched) "
        r"(?:\w+ ){0,4}quietly|(?:so|hoping) (?:nobody|no one) (?:would )?notice|didn'?t want to look bad)\b"),
        "keeps a problem from the people who need to know", "own"),
    "bypass": (LazyPattern(
        r"\b(?:skip(?:ped|ping|s)? (?:the )?(?:security |design |peer )?(?:qa|tests?|testing|reviews?|code reviews?"
        r"|limitations|load testing)"
        r"|(?:straight|directly) (?:in)?to (?:prod|production)|without (?:testing|tests|a review|review|code review"
        r"|approval)|force[- ]push(?:ed)?|(?:ignore|ignored|ignoring) (?:the|their|his|her) "
        r"(?:request|feedback|concerns?|complaints?|warnings?|alerts?|process)|mut(?:e|ed|ing) (?:the )?alerts?"
        r"|merg(?:e|ed) (?:it )?anyway|went (?:around (?:him|her|them)|over (?:his|her|their) heads?)|didn'?t bother (?:with|to|\w+ing)"
        r"|(?:hadn'?t|didn'?t|did not|without) (?:ask(?:ed|ing)?|check(?:ed|ing)? with) (?:anyone |anybody |them |him "
        r"|her |(?:the|my) \w+ (?:team )?)?first|without check(?:ing)? with (?:anyone|anybody|my \w+|the \w+)|comment(?:ed|ing)? out (?:the |all |some )?(?:failing |flaky |broken )?"
        r"(?:tests?|checks?|assertions?)|disabl(?:e|ed|ing) (?:the |all |our )?(?:\w+ )?(?:tests|test suite|security "
        r"scans?|checks)|remov(?:e|ed|ing) the required (?:approvals?|reviews?|checks?)"
        r"|turn(?:ed)? off (?:slack|my phone|notifications|the alerts|alerting|the (?:failing |flaky )?tests))\b"),
        "skips a safeguard", "own"),
    "overwork": (LazyPattern(
        r"\b(?:(?:the team|they|engineers|engineering|everyone|developers|people|them)\b[^.]{0,25}\b(?:can|could|will"
        r"|would|'ll|have to|had to|has to|need to|needs to|must|should|to) work "
        r"(?:a lot of |many |several |extra )?(?:evenings|nights|weekends|overtime|late|the weekend)"
        r"|told (?:engineering|the team|them|the engineers) to (?:just )?find a way)\b"),
        "solves it with the team's overtime", "plan"),
    "disrespect": (LazyPattern(
        r"\b(?:(?:call(?:ed|ing)?|brought|bring|point(?:ed)?|criticiz\w*|discuss(?:ed)?|rais(?:e|ed))\b[^.,;]{0,40}"
        r"\bin front of (?:the (?:whole )?team|everyone|everybody|the others|the group|colleagues)"
        r"|call(?:ed|ing)? (?:him|her|them) out|threaten(?:ed|ing)? (?:to|him|her|them|my|the (?:team|vendor|client"
        r"|customer|developer|engineer|intern)s?)|report(?:ed)? (?:him|her|them) to"
        r"|(?:weren'?t|wasn'?t|isn'?t|aren'?t) (?:really )?(?:important|relevant) for (?:them|him|her)"
        r"|(?:leave|left|drop|dropped) (?:them|him|her) out|hung up\b(?! the)|(?:move|moved) (?:them|him|her) off"
        r"|cut (?:him|her|them) off|took (?:the )?credit for"
        r"|(?:keep|kept|keeping) (?:them|him|her) out of)\b"),
        "treats people with disrespect", "own"),
    "bent_data": (LazyPattern(
        r"\b(?:(?:adjust|tweak)(?:ed)? the (?:chart|axis|y-axis|numbers|figures|data) (?:so|to make|until)"
        r"|(?:massag(?:e|ed)|fudg(?:e|ed)|cherry[- ]pick(?:ed)?|inflat(?:e|ed)|hid(?:e|ing)?) (?:the )?(?:\w+ )?(?:chart|numbers"
        r"|data|figures|results|axis|metrics|bug|problem|issue|mistake)"
        # Slicing until something looks significant.
        r"|until (?:i|we) (?:found|got|saw|find|get) (?:a |some |the )?(?:segments?|significance|something significant"
        r"|(?:a )?significant (?:result|segment|effect|difference|lift|p-value)s?))\b"),
        "bends the facts", "own"),
    "spin": (LazyPattern(
        r"\b(?:but at least (?:i|we)|i still think (?:i|it) was (?:right|worth)|(?:call|count)(?:ed)? it (?:as )?a "
        r"(?:success|win)|i'?d say (?:it|that) (?:worked|counts)|proved my point"
        r"|(?:it )?was for the best)\b"),
        "spins a bad outcome as a win", "stance"),
    "dismissal": (LazyPattern(
        r"\b(?:(?:didn'?t|don'?t|do not) see the point (?:of|in)|(?:don'?t|do not) (?:really )?believe in "
        r"(?:automated |unit |code )?(?:handovers?|hand-offs?|postmortems?|post-mortems?"
        r"|documentation|docs|tests|testing|code reviews?|retros?|estimates?|planning)|no point (?:in )?"
        r"(?:spending|analy[sz]ing|investigating|asking|documenting|testing|looking))\b"),
        "waves away a practice the work relies on", "stance"),
    "misleads": (LazyPattern(
        r"\b(?:if (?:anyone|anybody|someone|somebody|people|they) (?:asks?|asked|notices?|noticed)\b[^.]{0,40}?\b(?:we|i)"
        r" (?:can|could|'d|would|will|'ll|was going to) (?:just )?say (?!(?:it was |that )?(?:my|our) )(?:that )?(?:it was|it's)?"
        r"|(?:promis\w*|told (?:them|him|her|(?:the|my|our) \w+)|commit(?:ted)?)\b[^.]{0,80}\beven though (?:i|we|that|it) "
        r"(?:didn'?t|did not|don'?t|do not|wasn'?t|weren'?t|hadn'?t|had not|'m not|am not|isn'?t|is not) "
        r"(?:actually |really |yet |even )?(?:know|sure|my call|checked|tested|true|ready|done|finished|approved|verified)|(?:make|makes|made|making) (?:me|us|myself) look bad)"),
        "misleads people or puts appearances first", "stance"),
    "brushes_off": (LazyPattern(
        r"\b(?:just (?:being )?resistant to change|(?:users|people|customers|clients) (?:just )?(?:don'?t|do not) "
        r"(?:always |really )?(?:know what they want|like change)|(?:was|were|is|are) (?:just|kind of) (?:being )?"
        r"(?:nitpicky|picky|lazy|difficult|dramatic|resistant to change))\b"),
        "brushes off the people it concerns", "stance"),
}
# Negations that make a flag what the candidate avoided, said right before it or inside it.
AVOIDED = word_set("""without not never no nobody didn't don't doesn't wouldn't won't isn't wasn't aren't weren't
can't couldn't shouldn't avoid avoided avoiding refuse refused dont didnt wouldnt arent cant disable disabled block
could've would've might've tempted
blocked prevent prevented ban banned forbid forbade""")
AVOIDED_REACH = 4  # words before the flag that a negation governs it from
_PUNCTUATION = re.compile(r"[.,;:!?()]")
_AVOIDED_BEFORE = re.compile(r"\b(?:rather than|instead of)\s+$")  # "rather than calling him out…"
# Said right after the flag: it is taken back, judged, or narrowed to what was right to do.
_TAKEN_BACK = re.compile(
    r"^\W*(?:(?:nobody|no one|none)\b|[^,;.]{0,30},?\s*but\b"
    r"|(?:\w+\W+)?(?:he|she|they|it) (?:was|were|is|are|had)\b"  # telling someone a view, not keeping a secret
    r"|(?:that|which) (?:were|was|are|is) (?:\w+ )?(?:noise|noisy|false|flaky|broken|obsolete)"
    r"|(?:\w+\W+)?(?:rarely|seldom|backfires?|is a bad idea|is a mistake|never (?:works|helps|ends)"
    r"|(?:doesn'?t|won'?t) (?:work|help|end well|go well))\b|(?:\w+\W+)?(?:what|how) to\b)")
# Flags the candidate's own words negate from inside ("the team never had to work weekends").
_INNER_NEGATION = re.compile(r"\b(?:never|not|no longer|nobody|no one)\b|n't\b")
_CLAUSE_BREAK = re.compile(r"[,;:()]| but | so ")
_MINE = re.compile(r"\b(?:my|me|mine)\b")
_FIRST_PERSON = word_set("i i'd i'll i'm i've we we'd we'll we've we're")
# "one" as in "I called the biggest users; one threatened to churn", which dictated text runs together.
_OTHERS = word_set("""he she they you he'd she'd they'd you'd he's she's they're they've someone somebody
everyone everybody one""")
_OTHERS_UNPUNCTUATED = _OTHERS | word_set("that which who")
_ACCEPTED = re.compile(r"\b(?:took|take|takes|taking) the $")  # "I took the blame": owning it
# A candidate who owns the mistake or says what they learned. Bare "since then" or "next time" say nothing of a
# lesson.
REFLECTION = LazyPattern(
    r"\b(?:i (?:have |'ve )?learn(?:ed|t)|the lesson (?:i|for me)|in hindsight|looking back,? i"
    r"|i realized (?:that )?(?:i|my|it was my)\b|my (?:biggest |main |key |real )?(?:lesson|takeaway)"
    r"|i apologi[sz]ed|i took (?:full )?responsibility|i owned (?:it|up|that|the|my)|(?:do|done) (?:it |things )?"
    r"differently|taught me|next time,? i|i should(?:'ve| have)|my (?:part in|part of|own part in) the)\b")
FLAG_LIMIT = 3  # flags kept: enough to price and quote them


@dataclass(frozen=True)
class RedFlag:
    segment: int  # index of the segment it is said in
    kind: str
    start: int  # where the flag's words begin in the answer

    @property
    def describes(self) -> str:
        return RED_FLAGS[self.kind][1]


def red_flags(segments: list[Sentence], index: TextIndex) -> tuple[RedFlag, ...]:
    """The red flags of a story, one per segment at most, in the order said; none when the story reflects."""
    texts = index.texts
    found: dict[int, RedFlag] = {}
    for kind, (pattern, _, check) in RED_FLAGS.items():
        compiled = pattern.compiled
        for i in index.candidates(pattern):
            text = texts[i]
            for m in compiled.finditer(text):
                if _counts(text, m, check):
                    flag = RedFlag(i, kind, segments[i].start + m.start())
                    if i not in found or flag.start < found[i].start:
                        found[i] = flag
                    break
    if not found or _reflects(texts, index):
        return ()
    return tuple(sorted(found.values(), key=lambda flag: flag.start)[:FLAG_LIMIT])


def _counts(text: str, match: re.Match[str], check: str) -> bool:
    """Whether a matched phrase is a red flag the candidate raised: see the module's docstring."""
    before, said, after = text[max(0, match.start() - 200):match.start()], match.group(), text[match.end():]
    words = before.split()
    # A negation governs its own clause only ("nobody noticed, so I'd count it as a win" is still a flag), and
    # "without" only what it governs at once ("without blaming anyone", not "without hesitation I muted…").
    clause = _CLAUSE_BREAK.split(before)[-1].split()
    near = [w for w in clause[-AVOIDED_REACH:] if w != "without"] + words[-1:]
    if "or" in near:  # one negation governs a list of acts ("I wouldn't sit on it or quietly patch it")
        near += clause
    if not AVOIDED.isdisjoint(near) or _AVOIDED_BEFORE.search(before) or _ACCEPTED.search(before):
        return False
    if _TAKEN_BACK.match(after):
        return False
    if before.count('"') % 2 or before.count("\u201c") > before.count("\u201d"):
        return False  # inside a quotation: what someone said ("the old lead's 'not my problem'"), not what was done
    if check == "plan":
        # A plan is denied anywhere in its clause ("I wouldn't just say yes and ask engineers to work weekends").
        clause = _CLAUSE_BREAK.split(before)[-1].split()
        return _INNER_NEGATION.search(said) is None and AVOIDED.isdisjoint(clause)
    if check == "stance":
        return True
    # Without any punctuation before the act, where its clause began is unknown, and a relative pronoun is the
    # nearest sign of it: "…we need a scanner in ci that blocks licenses without approval" is the scanner's act.
    others = _OTHERS if _PUNCTUATION.search(before) else _OTHERS_UNPUNCTUATED
    subject = next((w for w in reversed(words) if w in _FIRST_PERSON or w in others), None)
    # No pronoun before it: the flag's own "my" says whose it is ("it wasn't my fault").
    return subject in _FIRST_PERSON or (subject is None and _MINE.search(said) is not None)


def _reflects(texts: list[str], index: TextIndex) -> bool:
    compiled = REFLECTION.compiled
    return any(compiled.search(texts[i]) for i in index.candidates(REFLECTION))
