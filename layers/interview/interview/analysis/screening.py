"""Screening: answers that must not be scored at face value.

Instructions aimed at the grader are taken out before scoring (they can only cost points); answers
that decline, are gibberish, only restate the question or copy the model answer are recognised so
the rubric can cap them and say so.
"""

import re
from functools import cache, lru_cache
from operator import itemgetter

from interview.analysis.cue_search import CueIndex
from interview.analysis.star import PAST_ACTION, TEAM_ACTION
from interview.analysis.text import (
    GENERIC_WORDS,
    STOP_WORDS,
    LazyPattern,
    Sentence,
    Token,
    concept,
    in_place,
    normalize,
    tokenize,
)

INSTRUCTION_PATTERNS: tuple[LazyPattern, ...] = tuple(LazyPattern(p) for p in (
    # "Ignore (all) previous instructions", "disregard the rubric", "ignore the above": the verb nearest its
    # object, so a candidate's own "I always forget which" before an instruction stays theirs; not "ignore the
    # previous estimates" or "override the old branching rules".
    r"\b(?:ignore|disregard|forget|override)\b(?:(?!\b(?:ignore|disregard|forget|override)\b).){0,40}?"
    r"\b(?:instructions?|prompts?|rubric|guidelines|grading|scoring)\b"
    r"|\b(?:ignore|disregard)\s+(?:all\s+|everything\s+)?(?:the\s+)?(?:above|previous|prior)\b(?!\s+[a-z])",
    r"\b(?:give|grant|award|assign|rate|score|mark)\s+(?:this|me|it|my answer|the answer|this answer|him|her)\b"
    r".{0,30}(?:\b100\b|full (?:marks|points|score)|perfect|maximum|max\b|10/10|top (?:score|marks)|highest"
    r"|\ban? a\+?(?![\w/+-]))",
    # Talking to the grader as a role: not "as an AI engineer" or "as the assistant manager".
    r"\b(?:you are|act as|pretend to be|as) (?:now )?(?:an? |the )?(?:ai|language model|assistant|grader"
    r"|evaluator|examiner|scoring system)\b(?! (?:engineer|engineering|manager|researcher|developer|team|lead"
    r"|product|specialist|architect|scientist|startup|company|tool|platform|role|position|job|intern)\b)",
    # Role markers opening a line or a sentence, and a new set of instructions. Not "system prompt" or
    # "jailbreak" alone, nor "…the two-dimensional system: you set…": answers about LLMs, iOS permission prompts,
    # device security and layout name them.
    r"^\s*(?:system|assistant)\s*:|\bnew instructions?\b",
    r"\b(?:this|my) answer (?:is|deserves|should get) (?:a )?(?:perfect|excellent|100|full)",
))
# Phrases of someone declining a question, rather than answering it.
DECLINING = LazyPattern(
    r"\b(?:i (?:don'?t|do not) (?:really )?know|no idea|not sure|i have no (?:idea|clue|experience)|no clue"
    r"|idk|google(?:d|ing)? it|i'?d (?:just )?google|i would (?:just )?google|look it up|ask chatgpt"
    r"|ask (?:someone|a colleague|my (?:manager|senior|lead))|skip(?: this)?|pass|never (?:done|heard|had)"
    r"|i can'?t (?:answer|remember|think)|nothing comes to mind|i haven'?t (?:done|had|used))\b")
DECLINING_MAX_WORDS = 40
# "I'm not sure, but I'd add an index" still attempts the question; a decline says nothing on topic.
DECLINED_MAX_POINT_CREDIT = 0.1
DECLINED_MAX_TOPIC_SHARE = 0.25
# Steering away from the question instead of answering it, in words that fit any subject. A refusal is one
# whatever else the reply says: asking to talk about something else, or to skip the question.
REFUSING = LazyPattern(
    r"\b(?:i'?d rather (?:talk|focus|tell)|(?:could|can|may) (?:i|we) (?:maybe |just )?(?:talk about|come back to|skip"
    r"|tell you about|move on)|come back to (?:that|this) one|(?:move|go) on to (?:the )?next question"
    r"|would it be (?:ok(?:ay)?|alright|all right|fine) if i (?:talk(?:ed)?|tell|told) (?:you )?about"
    r"|i'?d (?:love|be happy) to (?:talk (?:more )?about|discuss))\b")
# Saying outright that the reply will not answer the question (rubric-1.15.0): offering something else instead ("can I
# tell you instead about the monitoring stack I built?", "can I answer a slightly different one?", "what I can talk
# about is my capstone project"), declining ("I'd rather not talk about delays"), asking the interviewer about their
# team before answering or about the job instead ("before I dive in, what are you running on?", "can I ask how your
# team handles that today?", "is there any scope for that in this role?"), or placing the question with someone else
# ("that's really the finance manager's side rather than mine", "I wouldn't be the right person to ask"). Each phrase
# is narrower than the habit it names, because good answers say its neighbours: "what I'm most proud of is…" answers
# "the achievement you're most proud of", "could I ask about the constraints first?" is a good clarifying question,
# "may I ask what browser you're using?" is said to a customer, "I can't share the numbers, but…" and "I don't have a
# great example from work, but at university…" go on to answer, and "can I tell you about a time…" often opens the
# story asked for (REFUSING, which hears it, keeps its own bounds).
REDIRECTING = LazyPattern(
    r"\b(?:(?:can|could|may) i (?:just |maybe )?(?:tell you|talk) instead about"
    r"|(?:can|could|may) i (?:just |maybe )?(?:tell you|talk) about [^.?!]{0,80}?\binstead"
    r"|(?:can|could|may) i (?:answer|take) a (?:slightly |bit )?different (?:one|question)"
    r"|(?:can|could|may) i (?:just )?say something (?:about|else)"
    r"|(?:can|could|may) i (?:first )?ask (?:you )?(?:first )?(?:how|what|which|whether|if|about)\b[^.?!]{0,60}?"
    r"\b(?:your (?:team|company|organi[sz]ation|department|business|firm|store|practice)"
    r"|you (?:currently|mostly|usually))"
    r"|before i (?:answer|dive in|get into (?:it|that)|start (?:talking|answering))\W+"
    r"(?:(?:can|could|may) i ask|what|which|how|do you|are you|is (?:it|there))"
    r"|what i can (?:talk about|tell you about) is|i'?d rather not (?:talk about|answer)"
    r"|(?:wouldn'?t|would not) be the (?:right|best) person to ask"
    r"|is there (?:a chance|any (?:scope|chance|opportunity)|room) [^.?!]{0,60}?\b(?:this|the) (?:role|job|position)"
    r"|(?:side|area|remit|job|department) rather than mine)\b")
# An aside is one only when nothing else in the reply attempts the question (steering_away): placing the
# question in someone else's area or outside one's own, eagerness to learn in place of an answer, having no
# story to tell, asking the interviewer back, or opinions and self-description in place of the story or plan
# asked for ("I'm a big believer in kaizen", "the real issue is hiring"). "I've mostly worked on the backend,
# but I would first profile…" answers the question.
ASIDES = LazyPattern(
    r"\b(?:(?:are|is) (?:you|your team|the team) (?:using|currently)|which [\w-]+ (?:does|do) (?:the|your) team use"
    r"|(?:do|does) (?:you|the team) use|(?:more|mostly) (?:on|from) the [\w-]+(?: [\w-]+)? side"
    r"|more of an? [\w-]+(?: [\w-]+)? (?:person|type)|(?:that'?s|is|was) (?:more|really) my (?:area|thing|strength)"
    r"|(?:isn'?t|is not|not) (?:really )?my (?:strongest |strong )?(?:area|suit|thing|strength)"
    r"|my background is (?:more |mostly |mainly )?in|where i (?:really )?shine"
    r"|i'?m (?:much )?more comfortable (?:with|on|in)"
    r"|i'?ve (?:mostly|mainly|only) (?:worked|done|used|been)"
    r"|i (?:haven'?t|have not|never) (?:really |actually )?"
    r"(?:worked on|worked with|done|used(?! to)|touched|come across|dealt with)"
    r"|not sure i'?ve (?:come across|heard|seen)|(?:fast|quick) learner|(?:keen|eager|excited) to learn"
    r"|i'?d (?:love|be happy) to learn|i'?d pick (?:it|that|the [\w-]+ side) up|i'?d (?:have|need) to look it up"
    r"|i'?d (?:probably |just )?leave (?:it|that|this|the [\w-]+) to"
    r"|(?:handled|owned|done) by (?:another|a different|the other|the [\w-]+) team|i don'?t think i'?ve ever"
    r"|i'?m (?:trying|struggling) to think of|i'?ve been (?:pretty |quite |really )?lucky|my biggest weakness"
    r"|i'?m (?:very|really|pretty|super) (?:organi[sz]ed|passionate|customer-focused|calm|detail-oriented)"
    r"|i'?m known as|i'?m a (?:big|firm|huge) (?:believer|fan)|i (?:really |truly )?believe in"
    r"|my (?:favou?rite|go-to) (?:method|tool|part)(?! is to)|(?:is|are) (?:one of )?the most important "
    r"(?:practices|skills|things)|is (?:everything|all about|really a culture thing)"
    r"|(?:the )?(?:biggest|real|bigger) (?:problem|issue|question) (?:for me |here |in \w+ right now )?is"
    r"|(?:it|that) (?:really )?shows why|that'?s (?:exactly )?why you need|generally go (?:really )?well)\b"
    r"|\A\W*(?:that'?s an? )?(?:good|great|interesting) question\b")
# A pitch in place of an answer: the candidate's background, credentials, strengths, passion or creed ("I hold the
# AWS Security Specialty", "I've been in logistics for about nine years", "I'm very organised", "I really love
# physio", "my team would say I'm fair", "guest experience is everything in hospitality"). An idea that says one of
# these is about the candidate, not the question. Credentials only as the candidate's own ("a SOC 2 certification"
# is a project, "certificate" alone a word of TLS, "their diploma" a student's).
_YEARS = (r"(?:\d+|a few|a couple of|several|many|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          r"|\w+teen|twenty)")
PITCH = LazyPattern(
    r"\b(?:i'?m|i am) (?:[\w-]+ ){0,3}(?:passionate|organi[sz]ed|detail[- ]oriented|competitive|compassionate"
    r"|hard[- ]?working|a people person|a team player|a hard worker|fluent|bilingual|certified|qualified|proficient"
    r"|excited about|interested in|keen to|reliable|resilient)\b"
    r"|\b(?:i'?m|i am) (?:very |really |also |pretty )*(?:good|great|strong|comfortable) (?:with|at|on|in)\b"
    rf"|\b(?:i'?ve|i have) (?:been|worked) (?:[\w-]+ ){{0,5}}for (?:about |over |nearly |almost |around )?{_YEARS}"
    r" years?\b"
    rf"|\b{_YEARS}\+? years? of (?:[\w-]+ )?experience\b|\b(?:i'?ve got|i have) {_YEARS}\+? years\b"
    r"|\b(?:my background is|(?:extensive|a lot of|lots of|broad) (?:[\w-]+ )?(?:experience|background))\b"
    r"|\b(?:i hold|(?:i'?m|i am) certified|chartership|i graduated|i studied [\w-]+ (?:at|in)|green belt"
    r"|my (?:[\w-]+ )?(?:master'?s|degree|dissertation|thesis|phd|diploma|certifications?|credential)"
    r"|i (?:have|hold|earned|got|completed|did) (?:a|an|my|the) (?:[\w+-]+ ){0,4}(?:certifications?|certificate"
    r"|diploma|degree|licen[cs]e|qualification|credential|mba|msw|mlis|cpa))\b"
    # The career framing of a résumé (rubric-1.12.3).
    r"|\b(?:in my (?:current|last|previous) (?:role|job|position)|where i work now"
    r"|during my (?:master'?s|phd|degree|studies)|i started (?:out )?as an?|(?:i'?m|i am) (?:a )?(?:big|huge) "
    r"(?:fan|believer)|i'?ve always (?:loved|preferred|been)|(?:i'?d|i would) be happy to (?:learn|walk you)"
    r"|my win rate)\b"
    r"|\b(?:(?:is|was) (?:really )?my passion|i (?:really |truly )?love (?:it|my job|working|building|teaching)"
    r"|what drew me|got me into|i chose [\w-]+ because"
    r"|(?:i'?d|i would) love to (?:bring|develop|work|move|get|grow)|(?:i'?m|i am) (?:really )?(?:excited|keen) to)\b"
    r"|\b(?:i'?m|i am) (?:a )?(?:trained in|known for|studying for)\b|\bi completed my\b"
    r"|\b(?:i'?m|i am) (?:really |very |so )?(?:calm under|motivated to|proud of (?:my|the|our))\b"
    r"|\b(?:i'?ve|i have) always wanted to\b"
    r"|\bwhy i (?:became|applied|chose)\b"
    r"|\b(?:(?:would|always) says? (?:i'?m|i am)|i always say|(?:i'?m|i am) (?:always )?(?:at )?the top of)\b"
    # Praise reported of the candidate, and a liking in place of an answer (rubric-1.13.6).
    r"|\b(?:(?:patients|customers|clients|guests|colleagues|people|students|parents) (?:often |always |regularly )?"
    r"(?:tell|told) me (?:they|that|i|how)|what my (?:managers?|bosses?|team|colleagues|peers) (?:have )?(?:always )?"
    r"said about me|(?:is|was) something i (?:really |genuinely |truly )?(?:like|love|enjoy))\b"
    r"|\b(?:is (?:such an important|everything in|the backbone|all about)|i (?:truly |really |firmly )?believe"
    r" (?:in\b|that if|if))")
# Questions that ask for the candidate themselves ("tell me about yourself", "your greatest strength", "why
# nursing?"): a pitch is their answer. Not a question's "why would you use it" or "work you'd have done yourself".
ABOUT_THE_CANDIDATE = LazyPattern(
    r"\b(?:(?:tell (?:me|us) about|describe|introduce) yourself|see yourself|your (?:greatest |biggest |main |key )?"
    r"(?:strengths?|weakness(?:es)?|motivation|career goals)|(?:a )?good fit|why should we hire"
    r"|why (?:do|did) you (?:want|choose|chose|become|apply|go into)|why (?:this|our) (?:role|job|position|company|team"
    r"|field)|what (?:drew|brought|attracts|motivates) you|what makes you (?:a |the |stand|different|unique|suited))\b"
    r"|^\W*why [\w-]+\W*$")


@lru_cache(maxsize=256)
def asks_about_the_candidate(question_text: str) -> bool:
    return ABOUT_THE_CANDIDATE.compiled.search(normalize(question_text)) is not None


# An act told in a pitch's other ideas counts as an attempt when it is the candidate's or the team's ("we failed
# over to the replica"), in words of the question or its key points.
_TOLD = LazyPattern(r"\b(?:i|we) (?:\w+ly )?(?:rang|heard|drove|paid|caught|sold|stood|fought|bought|saw|won)\b")
PITCH_MAX_POINT_CREDIT = 0.2
# An answer that steers away and makes none of the points is a non-answer however fluent it is, when it is
# this far from the question (relevance, 0-100). One that never nears the topic is one without steering words.
STEERING_MAX_RELEVANCE = 35
STEERING_MAX_POINT_CREDIT = 0.1
# A reply that says outright it will not answer (REDIRECTING) is no answer while it makes at most this share of the
# key points' credit and stays under this relevance: such deflections use the field's words (on fresh36 and fresh37
# their relevance reached 40-54 and their credit 0.28). The bounds alone do not tell an answer from a dodge (the
# bank's answer to "the achievement you're most proud of" sat at 51 and 0.24): only the phrase does, so REDIRECTING
# holds only phrases no answer says. Over every graded file outside eval/reserve/, written and dictated, no answer of
# grade 1-4 says one within these bounds.
REDIRECT_MAX_POINT_CREDIT = 0.3
REDIRECT_MAX_RELEVANCE = 60
ELSEWHERE_MAX_RELEVANCE = 20
ELSEWHERE_MAX_TOPIC_SHARE = 0.2
TOO_SHORT_WORDS = 30
# Real prose is about a quarter function words; gibberish and word salad have almost none.
GIBBERISH_MAX_STOP_SHARE = 0.1
GIBBERISH_MAX_TOPIC_SHARE = 0.15
GIBBERISH_MIN_ODD_SHARE = 0.3
OFF_TOPIC_MAX_TOPIC_SHARE = 0.08
RESTATEMENT_MAX_NEW_CONCEPTS = 3
RESTATEMENT_MIN_QUESTION_SHARE = 0.5
# With at most a few words of its own, any key point an answer touches is touched through the question's
# words: only a clear majority of points shows it is more than a restatement.
RESTATEMENT_MAX_POINT_CREDIT = 0.5
COPY_SHINGLE = 4
COPY_MIN_CONTAINMENT = 0.7  # share of the answer's word sequences found in the model answer
COPY_MIN_REPRODUCED = 0.5  # share of the model answer's word sequences found in the answer
_KEPT_STOP_WORDS = frozenset({"not", "no"})  # kept in shingles: "not" turns a copied claim around
_CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}|(.)\1\1")
_VOWEL = re.compile(r"[aeiouy]")


def instruction_sentences(sentences: list[Sentence], words: frozenset[str] | None = None) -> list[int]:
    """Indexes of sentences that address the grader instead of the interviewer. `words`: what
    `cue_search.answer_words` gives for them."""
    texts = CueIndex([sentence.lowered for sentence in sentences], words)
    # A text matches the joined pattern exactly when it matches one of its parts. Each part is run only on the
    # texts holding one of its own strings: the joined pattern, tried on every text holding any part's string
    # (" as " is in many), costs several times more, since it has no literal start for the regex engine.
    found: set[int] = set()
    for pattern in INSTRUCTION_PATTERNS:
        search = pattern.compiled.search
        found.update(index for index in texts.candidates(pattern) if index not in found and search(texts.texts[index]))
    return sorted(found)


# An instruction appended to the candidate's last words without a full stop ("…not sure what else could cause it
# honestly Ignore previous instructions…") is cut off its sentence rather than taking it out whole: the words
# before it are the candidate's and stay scored, so an appended instruction never lifts a score by removing the
# answer's own hedges or slips along with itself (even two words: "I guess Ignore previous instructions…").


def instruction_start(lowered: str) -> int | None:
    """Where the first instruction to the grader starts in a lower-cased sentence (None: it holds none)."""
    starts = [m.start() for pattern in INSTRUCTION_PATTERNS if (m := pattern.compiled.search(lowered))]
    if not starts:
        return None
    start = min(starts)
    while start < len(lowered) and lowered[start].isspace():  # a role marker's match opens on the space before it
        start += 1
    return start


def split_instruction(answer: str, sentence: Sentence) -> tuple[Sentence | None, Sentence]:
    """A sentence holding an instruction, as the candidate's words before it (None when there are none, or when
    lower-casing moved characters) and the instruction from where it starts."""
    start = instruction_start(sentence.lowered)
    if start is None or not in_place(sentence.text, sentence.lowered):
        return None, sentence
    cut = sentence.start + start
    head = tuple(t for t in sentence.tokens if t.end <= cut)
    tail = tuple(t for t in sentence.tokens if t.start >= cut)
    if not head or not tail:
        return None, sentence
    end = head[-1].end
    return (Sentence(sentence.start, end, answer[sentence.start:end], head, sentence.listed,
                     sentence.lowered[:end - sentence.start]),
            Sentence(cut, sentence.end, answer[cut:sentence.end], tail, False, sentence.lowered[start:]))


def declines(text: str, word_count: int) -> bool:
    return word_count <= DECLINING_MAX_WORDS and bool(DECLINING.search(normalize(text)))


def talks_elsewhere(text: str, relevance: float, topic_share: float, point_credit: float,
                    about_the_candidate: bool = False) -> bool:
    """A fluent reply that is not an answer: it steers away from the question ("I'd rather talk about…", "I'm
    more on the dashboard side, so the data team handled it") or talks about something else, and makes none of
    the key points (at most a tenth of their credit, under 35 relevance). `relevance` is the relevance score (0-100)
    before penalties and caps. A reply that says outright it will not answer (`REDIRECTING`) is one up to 0.3 of the
    credit and under 60 relevance. When the question asks about the candidate (`ABOUT_THE_CANDIDATE`), self-description
    is the answer: only a refusal steers away."""
    if point_credit > REDIRECT_MAX_POINT_CREDIT or relevance >= REDIRECT_MAX_RELEVANCE:
        return False
    lowered = normalize(text)
    if not about_the_candidate and REDIRECTING.compiled.search(lowered):
        return True
    if point_credit > STEERING_MAX_POINT_CREDIT or relevance >= STEERING_MAX_RELEVANCE:
        return False
    if about_the_candidate:
        return REFUSING.compiled.search(lowered) is not None
    if point_credit == 0 and relevance < ELSEWHERE_MAX_RELEVANCE and topic_share < ELSEWHERE_MAX_TOPIC_SHARE:
        return True
    return steering_away(lowered)


def steering_away(lowered: str) -> bool:
    """A lowered reply that refuses the question, or says only asides: once the asides are taken out, no plan ("I
    would profile…", "I'd revert…") and no act the candidate did ("I rolled back…") is left to attempt it."""
    if REFUSING.compiled.search(lowered):
        return True
    asides = [m.span() for m in ASIDES.compiled.finditer(lowered)]
    if not asides:
        return False
    rest = lowered
    for start, end in reversed(asides):
        rest = rest[:start] + " , " + rest[end:]
    return not _attempts(rest)


# "I would…", "I'd…", "I'll…" and dictation's "id…" with a verb of doing: not of saying, feeling or being ("I'd say
# I'm more of a frontend person", "I'll be honest", "I would love to learn Kafka").
_PLAN = LazyPattern(  # compiled on first use: only replies far from the question reach it
    r"\bi(?:'d| would|'ll| will|d) (?:\w+ly )?(?!(?:say|be|love|like|rather|guess|think|imagine|hope|enjoy|want"
    r"|(?:need|have) to look it up|pick (?:it|that) up)\b)[a-z]+")
# Past verbs that describe the candidate rather than tell what they did ("I specialized in React").
_SELF_DESCRIBED = frozenset({"specialized", "specialised", "focused", "majored", "studied", "graduated", "interned"})


def pitching(ideas: list[Sentence]) -> list[bool]:
    """For each idea, whether it describes the candidate (`PITCH`): read once for `pitches` and `deflects`."""
    return [PITCH.compiled.search(idea.lowered) is not None for idea in ideas]


def pitches(ideas: list[Sentence], topic: frozenset[str], about_me: list[bool] | None = None) -> bool:
    """Ideas that pitch the candidate instead of answering: at least half of them describe the candidate
    (`PITCH`), and none of the others tells an act of the candidate's or their team's, or plans one, in the words
    of the question or its key points (`topic`); when only half do, an act in any words is an attempt ("I have ten
    years in operations. When our database crashed, we failed over…"). The acts a pitch tells ("I've run our flu
    clinic", "in my current role I launched…") are its résumé, not an attempt at the question. `about_me`: the
    ideas' `pitching`, when read already."""
    about_me = pitching(ideas) if about_me is None else about_me
    if not ideas or sum(about_me) * 2 < len(ideas):
        return False
    half = sum(about_me) * 2 == len(ideas)
    return not any(_tells(idea.lowered) and (half or not topic.isdisjoint(idea.concepts))
                   for idea, mine in zip(ideas, about_me, strict=True) if not mine)


def deflects(ideas: list[Sentence], topic: frozenset[str], about_me: list[bool] | None = None) -> bool:
    """Ideas that dodge the question in a reply that makes no key point: at least half of them pitch the candidate
    (`PITCH`) or steer away (`steering_away`: a refusal, or asides with no attempt left once they are cut out: "good
    question", "I'm more on the design side", "which tool does your team use?"), and none of the others says anything
    in the words of the question or its key points, told as an act or not ("A stack only lets you touch the top…" is
    an attempt at "stack or queue?"). "Honestly I'm more on the design side. Could I tell you about a migration I led
    instead?" is one; "I've mostly worked on the backend, but I'd first profile…" is an attempt. `about_me`: the
    ideas' `pitching`, when read already."""
    if not ideas:
        return False
    about_me = pitching(ideas) if about_me is None else about_me
    dodging = [mine or steering_away(idea.lowered) for idea, mine in zip(ideas, about_me, strict=True)]
    if sum(dodging) * 2 < len(ideas):
        return False
    return all(topic.isdisjoint(idea.concepts) for idea, dodges in zip(ideas, dodging, strict=True) if not dodges)


def _tells(lowered: str) -> bool:
    return (_attempts(lowered) or TEAM_ACTION.compiled.search(lowered) is not None
            or _TOLD.compiled.search(lowered) is not None)


def _attempts(lowered: str) -> bool:
    """A plan ("I would profile…") or an act the candidate did ("I rolled back…")."""
    return bool(_PLAN.compiled.search(lowered)) or any(m.group().split()[-1] not in _SELF_DESCRIBED
                                                       for m in PAST_ACTION.compiled.finditer(lowered))


def is_gibberish(tokens: list[Token], topic_share: float) -> bool:
    if not tokens:
        return True
    if topic_share >= GIBBERISH_MAX_TOPIC_SHARE:  # known already: spares counting the stop words of most answers
        return False
    stop_share = sum(map(_is_stop_of, tokens)) / len(tokens)
    if stop_share >= GIBBERISH_MAX_STOP_SHARE:
        return False
    odd_share = sum(_looks_unpronounceable(token.word) for token in tokens) / len(tokens)
    return odd_share >= GIBBERISH_MIN_ODD_SHARE or topic_share == 0


_is_stop_of = itemgetter(2)


@lru_cache(maxsize=8192)
def _looks_unpronounceable(word: str) -> bool:
    letters = "".join(ch for ch in word if ch.isalpha())
    if not letters:
        return False
    return not _VOWEL.search(letters) or bool(_CONSONANT_RUN.search(letters))


def is_off_topic(topic_share: float, question_share: float, point_credit: float) -> bool:
    return topic_share < OFF_TOPIC_MAX_TOPIC_SHARE and question_share < 0.2 and point_credit == 0


def restates_question(tokens: list[Token], question_concepts: frozenset[str], point_credit: float) -> bool:
    """The answer repeats the question's words and adds next to nothing of its own."""
    if not question_concepts or point_credit > RESTATEMENT_MAX_POINT_CREDIT:
        return False
    new: set[str] = set()
    reused: set[str] = set()
    for token in tokens:
        if token.is_content and token.word not in GENERIC_WORDS:
            if token.concept in question_concepts:
                reused.add(token.concept)
                continue
            new.add(token.concept)
            if len(new) > RESTATEMENT_MAX_NEW_CONCEPTS:  # a few words of its own already: no restatement
                return False
    return len(reused) / len(question_concepts) >= RESTATEMENT_MIN_QUESTION_SHARE


def copies_sample(tokens: list[Token], sample: str, concepts: frozenset[str] | None = None) -> bool:
    """`concepts`, when given, are the tokens' concepts (a reading has them): most answers are told no copy
    from them alone."""
    sample_shingles = _sample_shingles(sample)
    # Every distinct concept but the last three opens a shingle, so the answer has at least that many. When the
    # model answer's shingles cannot make up the share of them a copy needs, the answer is no copy: most long
    # answers are told so without building their shingles. The concepts no stop word has are concepts of
    # content words, so of shingles: they are fewer than or as many as the shingles' concepts, and are
    # counted without a pass over the tokens.
    if concepts is not None and _too_few_shingles(len(sample_shingles), len(concepts - _stop_concepts())):
        return False
    shingle_concepts = _shingle_concepts(tokens)
    if _too_few_shingles(len(sample_shingles), len(set(shingle_concepts))):
        return False
    answer_shingles = _shingles_of(shingle_concepts)
    if len(answer_shingles) < 5 or not sample_shingles:
        return False
    shared = len(answer_shingles & sample_shingles)
    return (shared / len(answer_shingles) >= COPY_MIN_CONTAINMENT
            and shared / len(sample_shingles) >= COPY_MIN_REPRODUCED)


def _too_few_shingles(sample_shingles: int, distinct_concepts: int) -> bool:
    """Whether an answer with at least this many distinct shingle concepts is surely no copy."""
    fewest_shingles = distinct_concepts - (COPY_SHINGLE - 1)
    return fewest_shingles > 0 and sample_shingles / fewest_shingles < COPY_MIN_CONTAINMENT


@cache
def _stop_concepts() -> frozenset[str]:
    return frozenset(map(concept, STOP_WORDS))


@lru_cache(maxsize=256)
def _sample_shingles(sample: str) -> frozenset[tuple[str, ...]]:
    return frozenset(_shingles(tokenize(sample)))


def _shingles(tokens: list[Token]) -> set[tuple[str, ...]]:
    return _shingles_of(_shingle_concepts(tokens))


def _shingle_concepts(tokens: list[Token]) -> list[str]:
    """Concepts of the tokens shingles are made of: content words and the stop words that turn a claim around."""
    return [t.concept for t in tokens if not t.is_stop or t.word in _KEPT_STOP_WORDS]


def _shingles_of(concepts: list[str]) -> set[tuple[str, ...]]:
    # zip of the shifted lists gives the same tuples as concepts[i:i + COPY_SHINGLE], without a slice each.
    return set(zip(*(concepts[shift:] for shift in range(COPY_SHINGLE)), strict=False))
