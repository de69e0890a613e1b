"""Judgement: the red flags interviewers hear in a story whatever its subject.

A behavioral or situational answer can be fluent, on topic and fully STAR-shaped and still be a poor
answer, because of what the candidate chose to do: blame someone else, keep a problem from the people who
needed to know, skip the safeguards, push the team into overtime, shame or threaten someone, bend the data,
or spin a bad outcome as a win. These are the warning signs every interviewing guide lists; none of them
needs the subject to be heard.

A red flag said as something avoided ("without blaming anyone", "rather than calling him out in front of
the team") is the opposite of a red flag and is not counted. A story that owns the mistake and says what
was learned ("I pushed it without a review, and I learned…") is what "tell me about a mistake" asks for:
its flags are forgiven.
"""

import re

from interview.analysis.text import LazyPattern, Sentence, TextIndex, word_set

# Kind -> (pattern over a lower-cased segment, what the flag says, as feedback names it).
RED_FLAGS: dict[str, tuple[LazyPattern, str]] = {
    "blame": (LazyPattern(
        r"\b(?:blam(?:e|ed|es|ing)|(?:his|her|their|your) fault|(?:wasn'?t|not|isn'?t) my "
        r"(?:fault|job|problem|responsibility)|their (?:own )?problem|finger[- ]pointing"
        r"|(?:was|is) on (?:them|him|her|design|product|the \w+ team|\w+), not (?:me|us|mine)"
        r"|(?:that'?s|was|is) on (?:the company|management|them|him|her|the \w+ team) for"
        r"|(?:they|he|she|(?:the )?(?:customers?|users?|clients?|designers?|design team|pm|manager|developers?"
        r"|reviewers?|intern|ops team|qa team)) should(?:'ve| have) (?:\w+ ){0,2}"
        r"(?:read|known|checked|told|finali[sz]ed|tested|caught))\b"),
        "puts the blame on someone else"),
    "secrecy": (LazyPattern(
        r"\b(?:without (?:telling|informing|asking|consulting|involving|notifying|warning)(?: \w+)? "
        r"(?:anyone|anybody|my|the|them|him|her|team)|(?:didn'?t|did not|won'?t|wouldn'?t|never) "
        r"(?:tell|told|inform|mention|escalate|report|flag|raise)(?: it| this)?(?: to)? "
        r"(?:anyone|anybody|my|the|them|him|her|security|it|this)|keep (?:it|this|that) (?:quiet|to myself|between us)"
        r"|cover(?:ed)? (?:it|this) up|behind (?:his|her|their) back|didn'?t say anything|nobody (?:asked|noticed)"
        r"|quietly (?:fixed|changed|patched|deleted|removed|merged|reverted|updated)|(?:fixed|changed|patched) "
        r"(?:\w+ ){0,4}quietly|(?:so|hoping) (?:nobody|no one) (?:would )?notice|didn'?t want to look bad)\b"),
        "keeps a problem from the people who need to know"),
    "bypass": (LazyPattern(
        r"\b(?:skip(?:ped|ping|s)? (?:the )?(?:qa|tests?|testing|review|code review|limitations)"
        r"|(?:straight|directly) (?:in)?to (?:prod|production)|without (?:testing|tests|a review|review|code review"
        r"|approval)|force[- ]push(?:ed)?|(?:ignore|ignored|ignoring) (?:the|their|his|her) "
        r"(?:request|feedback|concerns?|complaints?|warnings?|alerts?|process)|mut(?:e|ed|ing) (?:the )?alerts?"
        r"|merg(?:e|ed) (?:it )?anyway|went around (?:him|her|them)|didn'?t bother (?:with|to)"
        r"|turn(?:ed)? off (?:slack|my phone|notifications|the alerts|alerting))\b"),
        "skips a safeguard"),
    "overwork": (LazyPattern(
        r"\b(?:(?:the team|they|engineers|engineering|everyone|developers|people|them)\b[^.]{0,25}\bwork(?:ed|ing)? "
        r"(?:a lot of |many |several |extra )?(?:evenings|nights|weekends|overtime|late|the weekend)"
        r"|told (?:engineering|the team|them|the engineers) to (?:just )?find a way)\b"),
        "solves it with the team's overtime"),
    "disrespect": (LazyPattern(
        r"\b(?:in front of (?:the (?:whole )?team|everyone|everybody|the others|the group|colleagues)"
        r"|call(?:ed|ing)? (?:him|her|them) out|threaten(?:ed|ing)?|report(?:ed)? (?:him|her|them) to"
        r"|just (?:trust|accept|deal with|live with|do what)|(?:weren'?t|wasn'?t|isn'?t|aren'?t) (?:really )?"
        r"(?:important|relevant) for (?:them|him|her)|(?:leave|left|drop|dropped) (?:them|him|her) out)\b"),
        "treats people with disrespect"),
    "bent_data": (LazyPattern(
        r"\b(?:(?:adjust(?:ed)?|tweak(?:ed)?|massag(?:e|ed)|fudg(?:e|ed)|cherry[- ]pick(?:ed)?|inflat(?:e|ed)"
        r"|hid(?:e|ing)?) (?:the )?(?:chart|numbers|data|figures|results|axis|metrics|bug|problem|issue|mistake)"
        # Slicing until something looks significant.
        r"|until (?:i|we) (?:found|got|saw|find|get) (?:\w+ ){0,3}"
        r"(?:significant|significance|segments?|the number))\b"),
        "bends the facts"),
    "spin": (LazyPattern(
        r"\b(?:but at least i|what matters (?:is|when|most)|i still think (?:i|it) was (?:right|worth)"
        r"|call(?:ed)? it a success|(?:it )?was for the best)\b"),
        "spins a bad outcome as a win"),
    "dismissal": (LazyPattern(
        r"\b(?:(?:don'?t|do not) (?:really )?believe in (?:handovers?|hand-offs?|postmortems?|post-mortems?"
        r"|documentation|docs|tests|testing|code reviews?|retros?|estimates?|planning)|no point (?:in )?"
        r"(?:spending|analy[sz]ing|investigating|asking|documenting|testing|looking))\b"),
        "waves away a practice the work relies on"),
}
# Words that turn a red flag into what the candidate avoided, said shortly before it in the same clause;
# "rather than" and "instead of" are read as phrases ("I built it my way instead and didn't mention it" is
# no avoidance).
AVOIDED = word_set("""without not never no nobody didn't don't doesn't wouldn't won't isn't wasn't aren't weren't
can't couldn't shouldn't avoid avoided avoiding stop stopped refuse refused dont didnt wouldnt arent cant""")
_AVOIDED_PHRASE = re.compile(r"\b(?:rather than|instead of)\b")
AVOIDED_REACH = 10  # words before the flag, within its clause
_CLAUSE_BREAK = re.compile(r"[,;:()]| but | so ")
# Said of the flag right after it: it is judged, not done ("calling it out in front of everyone rarely ends well").
_JUDGED_AFTER = re.compile(r"^\W*(?:\w+\W+)?(?:rarely|seldom|backfires?|is a bad idea|is a mistake"
                           r"|never (?:works|helps|ends)|(?:doesn'?t|won'?t) (?:work|help|end well|go well))\b")
# A story that draws a lesson from what went wrong.
REFLECTION = LazyPattern(
    r"\b(?:i (?:have |'ve )?learn(?:ed|t)|lessons?|in hindsight|looking back|next time|since then|i realized"
    r"|i apologi[sz]ed|i took (?:full )?responsibility|i owned (?:it|up|the)|(?:do|done) (?:it |things )?differently"
    r"|taught me)\b")
FLAG_LIMIT = 3  # flags kept: enough to price and quote them


def red_flags(segments: list[Sentence], index: TextIndex) -> tuple[tuple[int, str], ...]:
    """(segment index, kind) of each red flag, in segment order; none when the story reflects on them."""
    texts = index.texts
    found: list[tuple[int, str]] = []
    for kind, (pattern, _) in RED_FLAGS.items():
        compiled = pattern.compiled
        for i in index.candidates(pattern):
            text = texts[i]
            found += [(i, kind) for m in compiled.finditer(text)
                      if not _avoided(text[:m.start()]) and not _JUDGED_AFTER.match(text[m.end():])]
    if not found or _reflects(texts, index):
        return ()
    return tuple(sorted(found)[:FLAG_LIMIT])


def _avoided(before: str) -> bool:
    """Whether the clause before a flag says it was avoided ("rather than calling him out…")."""
    clause = " ".join(_CLAUSE_BREAK.split(before)[-1].split()[-AVOIDED_REACH:])
    return not AVOIDED.isdisjoint(clause.split()) or _AVOIDED_PHRASE.search(clause) is not None


def _reflects(texts: list[str], index: TextIndex) -> bool:
    compiled = REFLECTION.compiled
    return any(compiled.search(texts[i]) for i in index.candidates(REFLECTION))


def describe(kind: str) -> str:
    return RED_FLAGS[kind][1]
