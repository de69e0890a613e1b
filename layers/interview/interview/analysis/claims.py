"""Claims that contradict the reference: what an answer asserts about a key concept, read against how the
model answer and the key points relate the same concepts.

A weak answer hedges, but what it asserts is compatible with the reference; a poor answer asserts things
the reference contradicts. Four general shapes of contradiction are read at the level of one idea:

- a **foreign definition**: "X is a Y" where X is a key concept and Y is something the reference never
  says about X ("CORS is the CSS rule that…");
- an **inverted relation**: the idea relates key concepts to one side of an opposition ("slower",
  "more", "manually") where the reference relates the same concepts only to the other side
  ("faster", "fewer", "automatic"), unless the idea itself contrasts both sides;
- an **asserted denial**: the idea asserts, about three or more of the same key concepts, what a sentence of
  the reference denies ("make the liveness probe check every dependency" against "liveness must not check
  external dependencies"), unless the idea denies it too, only restricts it ("only checks the process"), or
  names what the reference sets against it ("a stable id beats the index");
- a **practice waved away**: the idea dismisses what a key point asks for ("testing restores is a waste of time",
  "there's no need to bother the prescriber") in everyday words of dismissal; the point is then not made, unless
  the answer makes it elsewhere (key_points.py), which makes the idea a qualification rather than a claim.

None of it knows any subject: the oppositions are everyday English, and everything else comes from the
question's own reference text. A definition must open like one ("X is a…", "X is when…", "X means…")
and name a key concept as its whole subject, so properties ("X is expensive") and passives ("X is
cached") are not read as definitions.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from interview.analysis.judgement import reason_of_the_case
from interview.analysis.star import STAR_LABEL
from interview.analysis.text import (
    GENERIC_WORDS,
    QUESTION_BOILERPLATE,
    LazyPattern,
    Sentence,
    Token,
    concept,
    concept_of,
    split_sentences,
    tokenize,
    word_of,
    word_set,
)

# Opposites of everyday English: each side is a set of words, compared as written (not stemmed).
OPPOSITIONS: tuple[tuple[str, str], ...] = (
    ("fast faster quick quicker", "slow slower"),
    ("more most extra additional", "less least fewer fewest"),
    ("increase increases increased raise raises higher", "decrease decreases decreased reduce reduces lower"),
    ("enable enables enabled", "disable disables disabled"),
    ("manual manually", "automatic automatically"),
    ("synchronous synchronously", "asynchronous asynchronously async"),
    ("public", "private"),
    ("local locally", "remote remotely"),
    ("upload uploads", "download downloads"),
    ("allow allows allowed accept accepts", "block blocks blocked reject rejects forbid forbids"),
    ("safe safer", "unsafe riskier"),
)
# Each word's side: (opposition index, 0 or 1).
SIDES: dict[str, tuple[int, int]] = {word: (index, side) for index, pair in enumerate(OPPOSITIONS)
                                     for side, words in enumerate(pair) for word in words.split()}
_SIDE_WORDS = frozenset(SIDES)
# Their concepts: an idea whose concepts hold none of them holds none of the words (a word's concept is a function
# of the word), which its concept set tells without reading its words.
_SIDE_CONCEPTS = frozenset(map(concept, SIDES))
INVERSION_SHARED_KEYS = 2  # key concepts a reference sentence must share with the idea to be comparable
INVERSION_MAX_WORDS = 35
_IDIOM_BEFORE = word_set("at")

# Dictated and unpunctuated answers lose the apostrophe ("dont", "isnt"), not the negation.
NEGATIONS = word_set("""not no never cannot without nothing none don't doesn't didn't isn't aren't wasn't weren't
won't can't shouldn't wouldn't couldn't haven't hasn't hadn't mustn't needn't ain't dont doesnt didnt isnt arent
wasnt werent cant shouldnt wouldnt couldnt havent hasnt hadnt mustnt neednt""")
NEGATION_REACH = 3  # words after a negation that it denies, within its clause
_OR = frozenset({"or", "nor"})
# "X is Y", "X means Y", "X stands for Y": the verb must come early for X to be the idea's subject.
DEFINING_VERBS = word_set("is are means mean stands refers")
DEFINITION_SUBJECT_WORDS = 5
DEFINITION_PREDICATE_CONCEPTS = 4  # what the definition says first; commas may be missing
# What follows "is" in a definition: "X is a…", "X is when…", "X is about…", "X is how…".
DEFINING_OPENINGS = word_set("a an the when where about how what")
_HEDGING_ADVERBS = word_set("basically just simply actually really mostly essentially kind sort of like")
# Words after the verb that say nothing yet ("is basically when a…").
_DEFINITION_FILLER = word_set("basically just simply actually really when where about how for to that the a an "
                              "kind sort of like mostly something thing way")
# A definition is foreign when at most this share of what it says belongs to the reference's account of
# its subject, and it says at least this many things.
FOREIGN_DEFINITION_SHARE = 0.34
FOREIGN_DEFINITION_MIN_WORDS = 2
_PRONOUNS = word_set("it this that they these those he she which what there here")
# Words before the verb that make it something other than a definition ("if the table is…", "I think X is…",
# "each request is…" says what one instance is like).
_NOT_A_SUBJECT = word_set("if when whether i we you think guess because since while once each every another")
_CLAUSE_END = re.compile(r"[,;:()]")  # searched for between two words, without cutting out the gap
_CLAUSE_WORDS = word_set("and but so because which while whereas although though")


@dataclass(frozen=True)
class ReferenceClaims:
    keys: frozenset[str]  # concepts of the key points and the question
    units: tuple[tuple[frozenset[str], frozenset[tuple[int, int]]], ...]  # per sentence: concepts, sides
    accounts: dict[str, frozenset[str]]  # key concept -> concepts said with it in the reference
    # Per reference sentence or key point that denies something: its concepts, what it denies, and the key
    # concepts it sets against the denial.
    denials: tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...] = ()
    # Per key point, in order, its words beyond the question's: those of what it asks for, and those of what it
    # warns against ("Avoid SELECT *"): an idea that waves away what a point warns against agrees with it.
    points_words: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    practice_words: frozenset[str] = frozenset()  # all that points ask for: an idea with none of them waves none away
    # Key points that ask for their practice only under a condition ("prescribes antibiotics only when a bacterial
    # infection is likely", "restrains only as a last resort"): refusing it for want of the condition is the point.
    conditional: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Contradiction:
    segment: int
    kind: str  # "definition", "inversion", "denied" or "dismissed"
    words: tuple[str, ...]  # the answer's words that carry it (for "dismissed", the words of the dismissal)
    point: int | None = None  # "dismissed": the index of the key point whose practice the idea waves away
    # "dismissed": the concepts of that practice the idea waves away ("test", "restor" of "testing restores is a waste
    # of time"): the point made elsewhere qualifies the idea only where those words are said (key_points.py).
    practice: frozenset[str] = frozenset()


def negated(sentence: Sentence) -> frozenset[str]:
    """What a negation denies: the first content word after it, within a few words and its clause ("we
    don't need any queues", "never sent"), unless the same stretch also asserts it. Only the first word, so
    an answer without commas is read alike."""
    tokens, text, offset = sentence.tokens, sentence.text, sentence.start
    if NEGATIONS.isdisjoint(map(word_of, tokens)):
        return _NOTHING  # most ideas deny nothing: one C-level test instead of a loop over their words
    words = list(map(word_of, tokens))
    denied: set[int] = set()
    for i in compress(range(len(words)), map(NEGATIONS.__contains__, words)):
        for j in range(i + 1, min(len(tokens), i + 1 + NEGATION_REACH)):
            token = tokens[j]
            gap = (tokens[j - 1].end - offset, token.start - offset)
            if token.word in _CLAUSE_WORDS or _CLAUSE_END.search(text, *gap):
                break
            if token.is_content and token.word not in GENERIC_WORDS and token.word not in NEGATIONS:
                denied.add(j)
                # "would not reboot or wipe it": the negation denies what "or" joins to its word too, in its clause
                # ("do not panic, or customers will notice" denies no customers).
                while j + 2 < len(tokens) and tokens[j + 1].word in _OR and _denies_next(tokens, j + 2, text, offset):
                    j += 2
                    denied.add(j)
                break
    if not denied:
        return _NOTHING
    # A word denied in one place and asserted in another of the same stretch is still said: its concept
    # occurs more often in the stretch than among the denied words.
    concepts = list(map(concept_of, tokens))
    denied_concepts = [concepts[j] for j in denied]
    return frozenset(c for c in denied_concepts if concepts.count(c) == denied_concepts.count(c))


_NOTHING: frozenset[str] = frozenset()


def _denies_next(tokens: tuple[Token, ...], j: int, text: str, offset: int) -> bool:
    """Whether the word at j, after "or", is joined to the denied word before it: no clause ends between them,
    and it is a content word a negation could deny."""
    token = tokens[j]
    if _CLAUSE_END.search(text, tokens[j - 2].end - offset, token.start - offset):
        return False
    return token.is_content and token.word not in GENERIC_WORDS and token.word not in NEGATIONS \
        and token.word not in _CLAUSE_WORDS


def _content(tokens: tuple[Token, ...] | list[Token]) -> set[str]:
    return {t.concept for t in tokens if t.is_content and t.word not in GENERIC_WORDS
            and t.word not in QUESTION_BOILERPLATE}


@lru_cache(maxsize=256)
def reference_claims(question: frozenset[str], key_points: tuple[str, ...], sample: str) -> ReferenceClaims:
    """The reference's claims; `question` holds the concepts of the question's content words."""
    token_units = [s.tokens for s in split_sentences(sample)] + [tuple(tokenize(p)) for p in key_points]
    units = tuple((frozenset(_content(t)), frozenset(SIDES[tok.word] for tok in t if tok.word in SIDES))
                  for t in token_units)
    keys = set(question)
    for point in key_points:
        keys |= _content(tokenize(point))
    accounts: dict[str, set[str]] = {}
    for words, _ in units:
        for key in words & keys:
            accounts.setdefault(key, set()).update(words)
    denials = []
    sample_sentences = split_sentences(sample)
    for unit in [*sample_sentences, *(s for p in key_points for s in split_sentences(p))]:
        if unit.word_count > INVERSION_MAX_WORDS or _VERBAL_NEGATIONS.isdisjoint(map(word_of, unit.tokens)):
            continue  # a long sentence denies too many things at once; "no data", "without it" name, not deny
        denied = negated(unit) & keys
        if not denied or _NOT_ONLY.search(unit.lowered):
            continue  # "not just the p-value" adds to the p-value rather than denying it
        # What the reference sets against the denial, said before it ("evaluate on a validation set, never on
        # training data"): an idea that names it too is weighing the two, as the reference does.
        first = next(i for i, t in enumerate(unit.tokens) if t.word in NEGATIONS)
        alternatives = _content(unit.tokens[:first]) & keys - question - denied
        denials.append((frozenset(_content(unit.tokens)), denied, frozenset(alternatives)))
    # Whatever one sentence sets against denying a concept, the key point that denies it tersely means too.
    against: dict[str, frozenset[str]] = {}
    for _, denied, alternatives in denials:
        for concept_ in denied:
            against[concept_] = against.get(concept_, frozenset()) | alternatives
    denials = [(words, denied, frozenset().union(*(against[c] for c in denied))) for words, denied, _ in denials]
    claims = ReferenceClaims(frozenset(keys), units, {k: frozenset(v) for k, v in accounts.items()}, tuple(denials))
    # A denial the model answer itself would be read as asserting ("I merge shared branches and rebase my own"
    # against "don't rebase shared branches") is beyond this reader: keep only those the reference respects.
    kept = tuple(denial for denial in denials
                 if not any(_asserts_denied(s, replace(claims, denials=(denial,))) for s in sample_sentences))
    points_words = tuple(_asked_and_warned(point, tokens, question) for point, tokens in zip(
        key_points, token_units[len(token_units) - len(key_points):], strict=True))
    return replace(claims, denials=kept, points_words=points_words,
                   practice_words=frozenset().union(*(asked for asked, _ in points_words)),
                   conditional=frozenset(i for i, point in enumerate(key_points) if _CONDITIONAL.search(point.lower())))


def contradictions(segments: list[Sentence] | tuple[Sentence, ...], question: frozenset[str],
                   key_points: tuple[str, ...], sample: str) -> tuple[Contradiction, ...]:
    """Ideas of the answer that assert what the reference contradicts, at most one per idea."""
    if not sample.strip():
        return ()  # key points alone say too little about a concept to tell what it is not
    # Key points and soundness both ask, one after the other, about the same answer.
    key = (tuple(map(_START_AND_TEXT, segments)), question, key_points, sample)
    cached = _LAST.get(key)
    if cached is not None:
        return cached
    found = _contradictions(segments, reference_claims(question, key_points, sample))
    _LAST.clear()  # one answer at a time: the cache never grows
    _LAST[key] = found
    return found


_LAST: dict[tuple[object, ...], tuple[Contradiction, ...]] = {}
_START_AND_TEXT = attrgetter("start", "text")


def _contradictions(segments: list[Sentence] | tuple[Sentence, ...],
                    reference: ReferenceClaims) -> tuple[Contradiction, ...]:
    found = []
    for index, segment in enumerate(segments):
        # A practice waved away is read first: "testing restores is a waste of time" opens like a definition too.
        dismissed = _dismisses(segment, reference)
        if dismissed is not None and not (dismissed.act and _done_anyway(dismissed.act, segments, index)):
            found.append(Contradiction(index, "dismissed", dismissed.words, point=dismissed.point,
                                       practice=dismissed.practice))
            continue
        claim = (_foreign_definition(segment, reference) or _inversion(segment, reference)
                 or _asserts_denied(segment, reference))
        if claim is not None:
            found.append(Contradiction(index, claim[0], claim[1]))
    return tuple(found)


def _done_anyway(act: str, segments: list[Sentence] | tuple[Sentence, ...], refused_in: int) -> bool:
    """Whether the answer does the act it refuses in some case, elsewhere or again in the same idea ("I wouldn't
    report it on a hunch alone; but if the receipts don't match, I'd report it"): the refusal then says when, not
    whether. The refusal's own reason is no such case: "I didn't document the conversations, because documents can
    be used against the company" names the act's object, it does not do the act."""
    segment = segments[refused_in]
    acts = [t.start - segment.start for t in segment.tokens if t.concept == act]
    if len(acts) > 1:
        reason = REASONS.search(segment.lowered, acts[0])
        if reason is None:
            return True
        end = _REASON_ENDS.search(segment.lowered, reason.end())
        within = range(reason.start(), end.start() if end is not None else len(segment.lowered))
        if any(at not in within for at in acts[1:]):
            return True
    return any(act in segment.concepts and act not in negated(segment)
               for i, segment in enumerate(segments) if i != refused_in)


def _foreign_definition(segment: Sentence, reference: ReferenceClaims) -> tuple[str, tuple[str, ...]] | None:
    tokens = segment.tokens
    if DEFINING_VERBS.isdisjoint(map(word_of, tokens[1:DEFINITION_SUBJECT_WORDS + 1])):
        return None  # no defining verb where a definition has it (a verb at 0 has no subject either)
    verb = next((i for i, t in enumerate(tokens[:DEFINITION_SUBJECT_WORDS + 1]) if t.word in DEFINING_VERBS), None)
    if not verb or any(t.word in _PRONOUNS or t.word in _NOT_A_SUBJECT for t in tokens[:verb]):
        return None
    # The subject is the key concept itself ("A hash table is…"), not a longer phrase about it.
    named = [t for t in tokens[:verb] if t.is_content]
    subject = {t.concept for t in named} & reference.keys
    if not subject or len(subject) < len({t.concept for t in named}):
        return None
    account = frozenset().union(*(reference.accounts.get(key, frozenset()) for key in subject))
    clause = _clause(segment, verb + 1)
    opening = next((t.word for t in clause if t.word not in _HEDGING_ADVERBS), "")
    if tokens[verb].word in {"is", "are"} and opening not in DEFINING_OPENINGS:
        return None  # "X is expensive", "X is cached in…": a property, not what X is
    if _expands(named, clause):
        return None  # "CORS stands for Cross-Origin Resource Sharing": a spelling out the reference cannot check
    rest = [t for t in clause if t.word not in _DEFINITION_FILLER]
    said = [c for c in dict.fromkeys(t.concept for t in rest if t.is_content and t.word not in GENERIC_WORDS
                                     and t.word not in QUESTION_BOILERPLATE and t.concept not in subject)]
    said = said[:DEFINITION_PREDICATE_CONCEPTS]
    if len(said) < FOREIGN_DEFINITION_MIN_WORDS:
        return None
    known = sum(c in account for c in said)
    if known / len(said) > FOREIGN_DEFINITION_SHARE:
        return None
    return "definition", tuple(t.word for t in tokens[:verb + 1])


def _expands(named: list[Token], clause: list[Token]) -> bool:
    """The clause spells out the subject's letters: an acronym's expansion."""
    if len(named) != 1 or len(named[0].word) < 2:
        return False
    letters = named[0].word
    initials = "".join(t.word[0] for t in clause if t.word not in {"for", "of", "and", "the", "a", "to", "in"})
    return initials.startswith(letters) and len(initials) <= len(letters) + 1


def _clause(segment: Sentence, first: int) -> list[Token]:
    """Tokens from `first` to the end of their clause (a comma, a conjunction)."""
    tokens = segment.tokens
    found: list[Token] = []
    for i in range(first, len(tokens)):
        if found and (tokens[i].word in _CLAUSE_WORDS or _CLAUSE_END.search(
                segment.text, tokens[i - 1].end - segment.start, tokens[i].start - segment.start)):
            break
        found.append(tokens[i])
    return found


def _asserts_denied(segment: Sentence, reference: ReferenceClaims) -> tuple[str, tuple[str, ...]] | None:
    """An idea that asserts, about the same key concepts, what the reference denies: "use the array index as
    the key" against "never use the index as a key"."""
    if not reference.denials or segment.word_count > INVERSION_MAX_WORDS:
        return None
    keys = segment.concepts & reference.keys
    if len(keys) < INVERSION_SHARED_KEYS:
        return None
    if not _RESTRICTIVE.isdisjoint(map(word_of, segment.tokens)):
        return None  # "liveness only checks the process": a restriction, not the claim the reference denies
    denied_here = negated(segment)
    for words, denied, alternatives in reference.denials:
        shared = words & keys
        asserted = (denied & keys) - denied_here
        if (len(shared) >= INVERSION_SHARED_KEYS + 1 and asserted and not denied_here & words
                and alternatives.isdisjoint(segment.concepts)):
            word = next(t.word for t in segment.tokens if t.concept in asserted)
            return "denied", (word,)
    return None


# Negations that deny what follows them; "no" and "without" mostly name an absence ("regions without the
# campaign", a screen saying "No data").
_VERBAL_NEGATIONS = NEGATIONS - word_set("no without nothing none")
_NOT_ONLY = re.compile(r"\b(?:not|never) (?:just|only|merely|simply|solely)\b")
_RESTRICTIVE = word_set("only solely merely rather instead")


def _inversion(segment: Sentence, reference: ReferenceClaims) -> tuple[str, tuple[str, ...]] | None:
    if segment.word_count > INVERSION_MAX_WORDS or _SIDE_CONCEPTS.isdisjoint(segment.concepts):
        return None  # a long run-on stretch relates too many things to read one relation from it; no opposition
    # The cheap set test first: most ideas share too few key concepts to be read at all.
    keys = segment.concepts & reference.keys
    if len(keys) < INVERSION_SHARED_KEYS:
        return None
    if _SIDE_WORDS.isdisjoint(map(word_of, segment.tokens)):
        return None  # no word of an opposition: one C-level test before reading the words one by one
    own = {SIDES[t.word] for t in segment.tokens if t.word in SIDES}
    related = [sides for words, sides in reference.units if len(words & keys) >= INVERSION_SHARED_KEYS]
    if not related:
        return None
    said = set().union(*related)
    for i, token in enumerate(segment.tokens):
        if i and segment.tokens[i - 1].word in _IDIOM_BEFORE:
            continue  # "at least", "at most": a bound, not a comparison
        side = SIDES.get(token.word)
        if side is None or side in said or (side[0], 1 - side[1]) in own:
            continue  # the reference says it too, or the idea contrasts both sides itself
        # The reference relates these same concepts to the other side only.
        if (side[0], 1 - side[1]) in said:
            return "inversion", (token.word,)
    return None


# Waving a practice away, in everyday English. What is waved away follows the words ("there's no need to bother the
# prescriber", "I wouldn't bother testing a restore", "late data I simply drop, since…") or comes before them in
# their clause ("testing restores is mostly a waste of time", "cube tests aren't really necessary", "data quality
# checks just slow the pipeline").
DISMISSING = LazyPattern(
    r"\b(?:no need|no point|(?:(?:do|does|did|would|wo)n'?t|(?:do|does|did|would) not|never)"
    r" (?:really |even |actually )?(?:need|bother)|(?:simply|just) (?:drop|ignore|skip|delete|remove)"
    r"|(?:do|did)(?:n'?t| not) see the need"
    r"|waste (?:\w+ )?(?:time|days|weeks|hours|months|effort|money) (?:on|with)"
    r"|(?:(?:do|did|would|wo)n'?t|(?:do|did|would) not|never) spend (?:long|(?:much |any )?time) (?:on|with|\w+ing)"
    r"|(?:i'?d|i would|we'?d|we would|i|we) (?:just )?skip(?:ped)?)\b")
DISMISSED_BEFORE = LazyPattern(
    r"\b(?:waste of (?:(?:my|our|their|your|everyone'?s) )?(?:time|money|effort|space)|pointless|overkill|overrated"
    r"|not worth|(?:is|are) for people who"
    r"|(?:is|are) (?:(?!everyone|everybody)\w+'s|someone else'?s|not my|not our) (?:problem|job)"
    r"|(?:not|isn'?t|aren'?t) (?:really |even |actually )?(?:needed|necessary|required|worth)"
    r"|(?:mainly|mostly|just|only) for (?:the )?(?:records?|show|compliance|auditors)|leave (?:it|them|that|those) to"
    r"|(?:doesn'?t|don'?t|does not|do not) (?:really )?matter|(?:just|only) (?:slows?|gets? in the way)|formality"
    r"|(?:just|only|mostly|basically) (?:paperwork|bureaucracy|red tape|busywork|box[- ]ticking))\b")
# The candidate refusing a practice outright, with a reason ("I wouldn't call the doctor at night, since surgeons get
# annoyed", "I didn't document the conversations, because…", "I'd rather not post on the status page, because…"):
# read as a dismissal only when the idea gives a reason, and not one that is a fact of the case with nothing
# self-serving in it ("I didn't escalate to the account manager, because dispatch had already confirmed the cause":
# judgement.reason_of_the_case, rubric-1.13.11).
REFUSING = LazyPattern(
    r"\b(?:i|we)(?: (?:(?:do|did|would|wo)n'?t|(?:do|did|would) not|never|would rather not|would hold off on"
    r"|held off on|(?:decided|chose) not to)|'d rather not|'d hold off on) (?:really |even |actually |just )?"
    r"(?!(?:have|had|has|know|knew|think|thought|realise|realize|realised|realized|see|saw|remember|understand"
    r"|be|feel|felt|expect|mind|like|need|bother|spend|waste|skip)\b)(?=[a-z])")
REASONS = LazyPattern(r"\b(?:because|since|so|as (?:it|that|they|this|those|these|he|she|there|we|i))\b")
# What every match of the three holds, as concepts, so that an idea's concept set tells at C speed whether it may hold
# one (most ideas of a technical answer say "need", "only" or "problem" somewhere, few say it waving anything away):
# a negation ("no need", "isn't worth", "not my job"); or a word of limitation with what it limits ("just drop",
# "mainly for the records", "only gets in the way"); or a word that waves things away by itself.
_NEGATION_CONCEPTS = frozenset(map(concept, NEGATIONS | {"wont"}))  # "wont" is no negation elsewhere (decisions.md)
_LIMITING_CONCEPTS = frozenset(map(concept, word_set("just simply only mostly mainly basically")))
_LIMITED_CONCEPTS = frozenset(map(concept, word_set("""drop ignore skip delete remove records record show compliance
auditors slow slows way paperwork bureaucracy red busywork box""")))
_DISMISSING_CONCEPTS = frozenset(map(concept, word_set(
    "bother waste pointless overkill overrated formality leave people problem job skip skipped hold held")))


def _may_dismiss(concepts: frozenset[str]) -> bool:
    return not (_NEGATION_CONCEPTS.isdisjoint(concepts) and _DISMISSING_CONCEPTS.isdisjoint(concepts)
                and (_LIMITING_CONCEPTS.isdisjoint(concepts) or _LIMITED_CONCEPTS.isdisjoint(concepts)))


# Words that make a point itself a denial or a warning ("Avoid SELECT *", "no wildcard", "instead of blind appends"):
# an idea that waves its words away agrees with it.
NEGATIVE_SENSE = word_set("avoid avoids avoiding prevent prevents preventing stop stops instead rather except non")
# Words of a point that warns about what it names ("accuracy misleading on imbalanced data").
_WARNING_WORDS = word_set("misleading pitfall pitfalls trap traps antipattern")


def denies(word: str) -> bool:
    """A word that gives what follows it the sense of a negation ("not", "don't", "avoid", "instead"): a key point
    with one is made by saying "not…" (key_points.py), and warns against what follows it."""
    return word in NEGATIONS or word in NEGATIVE_SENSE or word.endswith("n't")


_WAITING = word_set("before until till")
# What ends a point's warning ("avoid X, use Y", "not X but Y"); "and" joins more to what is warned against.
_CONTRASTS = _CLAUSE_WORDS - {"and"}


def _asked_and_warned(point: str, tokens: tuple[Token, ...], question: frozenset[str]) -> tuple[
        frozenset[str], frozenset[str]]:
    """A key point's words beyond the question's: those of what it asks for, and those of what it warns against,
    which follow a denial or a warning word in its clause ("Avoids keeping the only copy on the database server",
    "merge on keys instead of blind appends"). A point that waves something away itself, or calls something
    misleading, warns with all its words; one about a part of a story other than the action asks for no practice."""
    lowered = point.lower()
    label = STAR_LABEL.match(lowered)
    if label is not None and not label["part"].startswith("action"):
        return frozenset(), frozenset()  # "result: measurable outcome of the revised plan" asks for no practice
    if (DISMISSING.search(lowered) or DISMISSED_BEFORE.search(lowered)
            or not _WARNING_WORDS.isdisjoint(t.word for t in tokens)):
        return frozenset(), frozenset(_content(tokens)) - question
    warned: list[Token] = []
    asked: list[Token] = []
    warning = waiting = False
    for i, token in enumerate(tokens):
        if token.word in _CONTRASTS or (i and _CLAUSE_END.search(point, tokens[i - 1].end, token.start)):
            warning = waiting = False
        if denies(token.word):
            warning = True
        elif token.word in _WAITING:
            waiting = True  # "gets sign-off before proceeding": what waits is not what the point asks for
        if not waiting:
            (warned if warning else asked).append(token)
    return frozenset(_content(asked)) - question, frozenset(_content(warned)) - question


class _Dismissal(NamedTuple):
    point: int  # the index of the key point whose practice the idea waves away
    words: tuple[str, ...]  # the words that wave it away
    act: str  # for a refusal, the concept of the act refused; else ""
    practice: frozenset[str]  # the concepts of the point's practice the idea waves away


def _dismisses(segment: Sentence, reference: ReferenceClaims) -> _Dismissal | None:
    """The key point whose practice the idea waves away, with the words that wave it away: "testing
    restores is a waste of time" against "regularly tests restores". What is waved away must share words with the
    point beyond the question's own (a point the question names is no practice the answer rejects), and the point
    it shares most with must not itself warn against something ("there's no need to keep a copy on the server"
    agrees with "avoid keeping the only copy on the server"). Not a dismissal: a question ("would I just drop the
    rows?"), one denied or said by someone else ("I don't think it's a waste of time", "can't just drop rows",
    "the previous team didn't bother testing restores", "some people say…"), or one of what is fine to wave away
    ("no need to wait for a customer to report it")."""
    if (segment.word_count > INVERSION_MAX_WORDS or not reference.practice_words
            or reference.practice_words.isdisjoint(segment.concepts) or not _may_dismiss(segment.concepts)
            or segment.text.rstrip().endswith("?")):
        return None
    tokens, text = segment.tokens, segment.lowered
    starts: list[int] = []  # the tokens' offsets in the idea, found at the first match (most ideas have none)
    for pattern, before in ((DISMISSING, False), (DISMISSED_BEFORE, True), (REFUSING, False)):
        refusal = pattern is REFUSING
        if refusal and not REASONS.search(text):
            continue  # "I wouldn't load the comments at all": a choice, not a practice refused with a reason
        for match in pattern.finditer(text):
            starts = starts or [t.start - segment.start for t in tokens]
            first, last = bisect_left(starts, match.start()), bisect_left(starts, match.end())
            lead = _clause_before(segment, first)
            # Denied: anywhere before words that wave away what came before them ("I don't think testing restores
            # is a waste of time"), right before those that wave away what follows ("you can't just drop rows",
            # not "I didn't want to waste weeks on analysis").
            if not NEGATIONS.isdisjoint(t.word for t in (lead if before else tokens[max(0, first - 2):first])):
                continue
            if before and not _UNDOING.isdisjoint(t.word for t in lead):
                continue  # "ignoring restore tests is not worth the risk" argues for them
            if not _OTHERS.isdisjoint(t.word for t in lead) or _REPORTED.search(text, 0, match.start()):
                continue  # someone else's ("the previous team didn't bother…", "some people say…")
            if before:
                scope = lead
            else:
                if match.group().endswith(("skip", "skipped")) and not _CONDITIONS.isdisjoint(t.word for t in lead):
                    continue  # "if we skip quarantining them, people start ignoring red builds": a warning
                scope = (_clause_after(segment, last, _NOT_AFTER_A_REFUSAL)[:REFUSAL_REACH] if refusal
                         else _clause_after(segment, last))
                if refusal and (not _NOT_YET.isdisjoint(t.word for t in scope)
                                or _NOT_WHETHER.search(text, match.end())):
                    # "I didn't escalate right away, because…", "…in front of the team": when or how; "I don't record
                    # every exit ticket…; I note patterns on a tracker instead": which cases, and what is done instead
                    continue
                if next((t.word for t in scope if t.word != "to"), "") in _FINE_TO_DISMISS:
                    continue
                if len(scope) <= 2 and scope and scope[0].word == "to" and _content(lead):
                    continue  # "the root it doesn't need to send": what is waved away was put first, unread
            waved = _content(scope)
            if (not before and not waved and not _PRONOUNS_WAVED.isdisjoint(t.word for t in scope)
                    and not _PROPOSED.search(text, 0, match.start())):
                waved = _content(tokens[:first])  # "load testing is risky…, so I'd skip it": what "it" stands for
            # What was put before the words may be what they wave away too ("the root it doesn't need to send"):
            # it is read for what a point warns against, not for what one asks.
            fronted = waved if before else waved | _content(lead)
            # The point whose asked-for words it shares most (the first of those that tie), unless what some point
            # warns against shares more: then it says what that point says.
            practice, index, warning = 0, 0, 0
            for i, (asked, warned) in enumerate(reference.points_words):
                warning = max(warning, len(warned & fronted))
                if len(asked & waved) > practice:
                    practice, index = len(asked & waved), i
            act = _act(scope) if refusal else ""
            if refusal and reason_of_the_case(text, match.end()):
                continue  # "I didn't escalate to the account manager, because dispatch had already confirmed…"
            if refusal and (index in reference.conditional
                            or practice < 2 and act not in reference.points_words[index][0]):
                # "I wouldn't restrain him, because…" against "restrains only as a last resort"; "I never rebuild per
                # environment" refuses no act the point asks for, only shares its object.
                continue
            if practice and practice >= warning:
                return _Dismissal(index, (match.group(),), act, reference.points_words[index][0] & waved)
    return None


# Words before a dismissal, in its clause, that give it to someone else ("the previous team didn't bother…", "some
# people say…").
_OTHERS = word_set("he she they someone somebody people others colleague colleagues previous")
_REPORTED = re.compile(r"\b(?:people|someone|somebody|they|others|he|she) (?:\w+ )?(?:say|says|said|told|claim|claimed"
                       r"|think|thought|argue|argued)\b")
# A pronoun waved away ("…, so I'd skip it", "we don't bother with that") stands for what its idea said before it,
# unless that was a proposal, someone else's or one the candidate only could make ("my manager suggested…", "we
# could…, but…"): declining a proposal is no practice waved away.
_PRONOUNS_WAVED = word_set("it them that those this these")
_PROPOSED = re.compile(r"\b(?:suggest\w*|propos\w*|asked|wanted|joked|recommend\w*|floated|offered|could|might)\b")
# Words that make what a dismissal waves away the practice's absence: waving that away argues for the practice.
_UNDOING = word_set("""skip skips skipping skipped ignore ignores ignoring ignored drop drops dropping dropped delay
delays delaying delayed lose losing stop stopping stopped cut cutting removing abandoning""")
# Conditions that make "we skip X" a warning of what follows ("if we skip quarantining them, …").
_CONDITIONS = word_set("if unless when whenever once")
# What waving away is a virtue: "no need to wait", "didn't bother to panic".
_FINE_TO_DISMISS = word_set("wait waiting delay delaying hesitate panic panicking worry worrying guess guessing rush "
                            "apologise apologize overthink blame")
_NOT_AFTER_A_DISMISSAL = word_set("if unless without when whenever")
# A refusal ends where what would come first begins: "I wouldn't bring them into a joint meeting before talking to
# each one separately" refuses the meeting, not the talks.
_NOT_AFTER_A_REFUSAL = _NOT_AFTER_A_DISMISSAL | word_set("before until till")


# Where a refusal's reason ends and what the idea says next may be the act done after all ("…, because a hunch is not
# evidence; but if the receipts don't match, I'd report it").
_REASON_ENDS = re.compile(r"\b(?:but|if|unless|however|though|although|then)\b|;")
REFUSAL_REACH = 5  # words after "I wouldn't" that say what is refused: the act and its object
# Verbs whose object says what the act is ("get the client's sign-off", "do a restore test").
_LIGHT_VERBS = word_set("get got do did have had make made take took give gave bring brought put keep kept go let")
# A point's practice asked for under a condition ("only as a last resort", "escalates when…").
_CONDITIONAL = re.compile(r"\b(?:only (?:after|with|once|as|for|in|where)|as a last resort|when|if|unless"
                          r"|where (?:needed|appropriate|necessary|warranted)|as directed)\b")
# Words of a refusal that put the act off or refuse it only in some cases ("I wouldn't test restores yet…", "I don't
# record every exit ticket…").
_NOT_YET = word_set("yet immediately first every each")
# Words anywhere after a refusal in its idea that refuse one way of doing the act ("…right away", "…in front of the
# team", "…during business hours") or say what is done in its place ("…instead", "…; I'd void the duplicate").
_NOT_WHETHER = re.compile(r"\b(?:(?:right|straight) away|in front of|publicly|in public|during|over email|by email"
                          r"|instead)\b|;\s*(?:i|we)(?:'d| would| will|'ll)?\s")


def _act(scope: list[Token]) -> str:
    """The concept of what a refusal refuses: its verb, or for a light verb its object ("get the client's sign-off")."""
    return next((t.concept for t in scope if t.is_content and t.word not in _LIGHT_VERBS
                 and not t.word.endswith("'s")), "")


def _clause_after(segment: Sentence, first: int, cut_at: frozenset[str] = _NOT_AFTER_A_DISMISSAL) -> list[Token]:
    """What a dismissal waves away when it follows the words: the rest of their clause, empty when the clause
    ends right after them ("No need, because restores are tested automatically"), and up to a condition ("no
    point having backups if you never test restores" waves away backups without tests, not the tests)."""
    tokens = segment.tokens
    if first >= len(tokens) or tokens[first].word in _CLAUSE_WORDS or (first and _CLAUSE_END.search(
            segment.text, tokens[first - 1].end - segment.start, tokens[first].start - segment.start)):
        return []
    clause = _clause(segment, first)
    cut = next((i for i, t in enumerate(clause) if t.word in cut_at), len(clause))
    return clause[:cut]


def _clause_before(segment: Sentence, end: int) -> list[Token]:
    """Tokens of the clause that ends before `end`: back to a comma or a conjunction."""
    tokens = segment.tokens
    begin = end
    while begin > 0 and not (tokens[begin - 1].word in _CLAUSE_WORDS or _CLAUSE_END.search(
            segment.text, tokens[begin - 1].end - segment.start, tokens[begin].start - segment.start)):
        begin -= 1
    return list(tokens[begin:end])
