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
  him out…", "so the team never had to work weekends", "I could've blamed him", "I could just have patched
  it"), not among the acts a contrast rules out ("rather than stop talking to them or complain…"), not quoted
  (the old lead's "not my problem" is his), not a stance someone else held ("my peers felt…"), and not taken
  back, conceded or judged right after it ("…blamed nobody", "it wasn't my job, but…", "…, I'd still take it
  seriously", "…rarely ends well", "the alerts that were pure noise");
- not made good or disclosed: a safeguard skipped and then made good in the same story ("…but I filed a ticket
  and fixed the threshold on Monday") is forgiven, and so are a skipped safeguard and a kept secret when the
  candidate told the people concerned at once ("I told my manager right away");
- not owned: a story in which the candidate says what they learned ("I learned", "in hindsight", "I'd do it
  differently") is what "tell me about a mistake" asks for, and its flags are forgiven.

One idea counts once, whatever number of phrases in it sound alarming.
"""

import re
from dataclasses import dataclass

from interview.analysis.text import LazyPattern, Sentence, TextIndex, word_set

# Kind -> (pattern over a lower-cased segment, what the flag says as feedback names it, how it is checked):
# "own" flags must be the candidate's own act; a "plan" names its own subject ("the team", "engineering") and
# must not be negated inside ("so the team never had to work weekends"); a "stance" needs no subject of its own
# (only that nobody else is named as holding it).
RED_FLAGS: dict[str, tuple[LazyPattern, str, str]] = {
    "blame": (LazyPattern(
        r"\b(?:blam(?:e|ed|es|ing)(?!-free|less| (?:myself|ourselves)\b"
        r"| (?:the process|our process|the system|the tooling),? (?:not|rather than|instead of|at first)\b)"
        r"|(?:his|her|their|your) fault|finger[- ]pointing)\b"),
        "puts the blame on someone else", "own"),
    # Whoever says these is the one pushing the responsibility away: no subject to check.
    "deflection": (LazyPattern(
        r"\b(?:(?:wasn'?t|not|isn'?t) (?:really |exactly )?(?:my|our) (?:fault|problem|responsibility|job)"
        r"(?! to (?:make|keep) [^.,;]{0,30}\b(?:comfortable|happy|look good)\b| to please\b)"
        r"|(?:that'?s|it'?s|is|was) (?:really |just )?their (?:own )?problem"
        # A team's area said as the end of the matter ("…that's their area."), not as respect for it ("it's their
        # job to decide"). Three alternatives, not one with a choice of nouns: the index's prefilter then looks
        # for "their area", not for the common "their ".
        r"|(?:that'?s|it'?s) (?:really |just )?their area(?=\s*(?:$|[.;!]|,? not (?:mine|ours|me|us)\b))"
        r"|(?:that'?s|it'?s) (?:really |just )?their department(?=\s*(?:$|[.;!]|,? not (?:mine|ours|me|us)\b))"
        r"|(?:that'?s|it'?s) (?:really |just )?their job(?=\s*(?:$|[.;!]|,? not (?:mine|ours|me|us)\b))"
        r"|(?:it|that) (?:was|is) (?:really |all |totally "
        r"|entirely )?their fault|(?:that'?s|it'?s|that is|it is) not on (?:me|us)"
        r"|(?:fault|liability|problem|responsibility),? not (?:ours|mine)"
        r"|(?:is|was) (?:qa|ops|security|design|product|engineering|legal|support|devops|it|hr|management)'s "
        r"(?:job|responsibility|problem)"
        r"|(?:was|is) (?:more|really|mostly|entirely|all|100%|completely) (?:(?!my |our )[\w']+ ){1,3}fault"
        r"|whoever (?:wrote|broke|caused) (?:it|them|this|that|those) should"
        r"|(?:tell|told|let|leave|left) (?:them|him|her|(?:the|my|our|their) \w+(?: \w+)?) (?:to )?deal with it"
        r"|(?:was|is|that'?s) on (?:them|him|her|design|product|the \w+ team|\w+), not (?:me|us|mine)"
        r"|(?:that'?s|(?:that|it|this) (?:was|is)) on (?:the company|management|them|him|her|the \w+ team) for"
        r"|(?:they|he|she|(?:the )?(?:customers?|users?|clients?|designers?|design team|pm|manager|developers?"
        r"|reviewers?|intern|ops team|qa team)) (?:should(?:'ve| have) (?:\w+ ){0,2}"
        r"(?:read|known|checked|told|finali[sz]ed|tested|caught)|should (?:\w+ )?read\b))\b"),
        "pushes the responsibility onto others", "stance"),
    "secrecy": (LazyPattern(
        r"\b(?:without (?:telling|informing|asking|consulting|involving|notifying|warning|mentioning it to"
        r"|looping in)(?: \w+)? (?:anyone|anybody|my|the|them|him|her|team|their|his|our)|(?:didn'?t|did not|won'?t"
        r"|wouldn'?t|never) (?:tell|told|inform|mention|escalate|report|flag)(?: it| this)?(?: to)? "
        r"(?:anyone|anybody|my|the|them|him|her|security|it|this|stakeholders|leadership|management)"
        r"|(?:didn'?t|did not|never) loop(?:ed)? (?:in (?:\w+ ){1,3}|(?:\w+ ){1,3}(?:back )?in\b)"
        r"|keep (?:it|this|that) (?:quiet|to myself|between us)|(?:kept|keeping) (?!my )(?:\w+ ){1,3}to myself"
        r"|cover(?:ed)? (?:it|this) up|behind (?:his|her|their) back|didn'?t say anything"
        r"|quietly (?:fix|change|patch|delete|remove|merge|revert|update)(?:e?d)?\b|(?:fixed|changed|patched) "
        r"(?:\w+ ){0,4}quietly|(?:so|hoping) (?:nobody|no one) (?:would )?notice|didn'?t want to look bad"
        r"|(?:nobody|no one) needs to know(?= about (?:it|this|that)| there (?:was|were)| (?:that |what )?(?:i|we|it) "
        r"|\s*(?:[.,;!]|$))|no need to (?:tell|involve|inform|loop in) (?:anyone|anybody)"
        r"|(?:without|and not) mentioning (?:it|this|that|anything)|and not mention (?:it|this|that)"
        r"|kept (?:it|this|that) quiet|(?:didn'?t|did not) bring up that)\b"),
        "keeps a problem from the people who need to know", "own"),
    "bypass": (LazyPattern(
        r"\b(?:skip(?:ped|ping|s)? (?:the )?(?:security |design |peer )?(?:qa|tests?|testing|reviews?|code reviews?"
        r"|limitations|load testing)"
        r"|skip(?:ped|ping|s)? (?:the )?(?:[\w']+ ){0,2}(?:backups?|threat model|sign-?off|approval"
        r"|regression (?:suite|tests?)|accessibility (?:pass|checks?|audit)|user interviews)"
        r"|(?:straight|directly) (?:in)?to (?:prod|production)"
        r"|without (?:a |the )?(?:second |usual |proper )?(?:testing"
        r"|tests|review|reviewer|code review|approval)"
        r"|(?:i|we) stopped running (?:the |our )?(?:\w+ )?(?:tests|suite|checks|scans)"
        r"|(?:didn'?t|never) check(?:ed)? in at all"
        r"|force[- ]push(?:ed)?|(?:ignore|ignored|ignoring) (?:the|their|his|her) "
        r"(?:request|feedback|concerns?|complaints?|warnings?|alerts?|process)|mut(?:e|ed|ing) (?:the )?alerts?"
        r"|merg(?:e|ed) (?:it )?anyway|went (?:around (?:him|her|them)|over (?:his|her|(?:my|our) \w+'s) head\b)"
        # Not a deck or a presentation left out: that is keeping it light ("didn't bother with a big slide deck").
        r"|didn'?t bother (?:with|to|\w+ing)(?! (?:a |the |any )?(?:big |long |fancy |formal )?(?:slides?|slide decks?"
        r"|decks?|presentations?|powerpoints?)\b)"
        r"|(?:hadn'?t|didn'?t|did not|without) (?:ask(?:ed|ing)?|check(?:ed|ing)? with) (?:anyone |anybody |them |him "
        r"|her |(?:the|my) \w+ (?:team )?)?first|without check(?:ing)? with (?:anyone|anybody|my \w+|the \w+)"
        r"|(?:i|we)(?: just)? comment(?:ed)? out (?:the |all |some )?(?:failing |flaky |broken )?(?:tests?|checks?"
        r"|assertions?)|disabl(?:e|ed|ing) (?:the |all |our )?(?:security scans?|required reviews?|code reviews?)"
        r"|remov(?:e|ed|ing) the required (?:approvals?|reviews?|checks?)"
        r"|turn(?:ed)? off (?:slack|my phone|notifications|the alerts|alerting))\b"),
        "skips a safeguard", "own"),
    "overwork": (LazyPattern(
        r"\b(?:(?:the team|they|engineers|engineering|everyone|developers|people|them)\b[^.]{0,25}\b(?:can|could|will"
        r"|would|'ll|have to|had to|has to|need to|needs to|must|should|to) work "
        r"(?:a lot of |many |several |extra )?(?:evenings|nights|weekends|overtime|late|the weekend)"
        r"|told (?:engineering|the team|them|the engineers) to (?:just )?find a way"
        r"|(?:weekends?|saturdays?|sundays?|overtime) (?:were|are|was|is|would be) mandatory"
        r"(?![^.]{0,100}\b(?:abolish\w*|ended|end that|end it|scrap\w*|got rid of|refused to|before i joined"
        r"|previous (?:company|job|team)))"
        r"|(?:made|make|making|told|tell|had|have|got|need(?:ed)?|want(?:ed)?|expect(?:ed)?|require[ds]?) "
        r"(?:the (?:whole )?team|everyone|them) (?:to )?come in (?:on )?(?:the )?"
        r"(?:weekends?|saturdays?|sundays?))\b"),
        "solves it with the team's overtime", "plan"),
    "disrespect": (LazyPattern(
        r"\b(?:(?:call(?:ed|ing)?|brought|bring|point(?:ed)?|criticiz\w*|discuss(?:ed)?|rais(?:e|ed))\b[^.,;]{0,40}"
        r"\bin front of (?:the (?:whole )?team|everyone|everybody|the others|the group|colleagues)"
        r"|call(?:ed|ing)? (?:him|her|them) out|(?:i|we) threaten(?:ed)? (?:to|him|her|them|the \w+)"
        r"|report(?:ed)? (?:him|her|them) to"
        r"|(?:weren'?t|wasn'?t|isn'?t|aren'?t) (?:really )?(?:important|relevant) for (?:them|him|her)"
        r"|(?:leave|left|drop|dropped) (?:them|him|her) out|hung up on (?:him|her|them|the \w+)"
        r"|(?:i|we) took (?:the )?credit for|made an example of (?:him|her|them)\b"
        r"(?![^.]{0,60}\b(?:praised?|good|great|careful|excellent|saved|thank\w*)))\b"),
        "treats people with disrespect", "own"),
    "bent_data": (LazyPattern(
        r"\b(?:(?:adjust|tweak)(?:ed)? the (?:chart|axis|y-axis|numbers|figures|data) (?:so|to make|until)"
        # Not git's cherry-pick of a fix ("cherry-pick the bug fix onto the release branch").
        r"|(?:massag(?:e|ed)|fudg(?:e|ed)|cherry[- ]pick(?:ed)?|inflat(?:e|ed)|hid(?:e|ing)?) (?:the )?(?:chart|numbers"
        r"|data|figures|results|axis|metrics|bug|problem|issue|mistake)(?! fix| commit| patch| onto| into)"
        # Slicing until something looks significant.
        r"|cherry[- ]pick(?:ed)? (?:the )?(?:\w+ ){0,2}(?:best|strongest|favou?rable) (?:\w+ )?(?:weeks?|days?|months?"
        r"|quarters?|numbers|results|data|metrics|quotes|samples|runs|figures)\b"
        r"|(?:drop\w*|remov\w*|exclud\w*|trim\w*|cut\w*|delet\w*) (?:the |more |some )?outliers until"
        r"|backdat(?:e|ed|ing) (?:the |a |our )?(?:sign-off|signoff|signature|sheet|form|records?|approvals?|documents?"
        r"|submission|timesheets?)"
        r"|picked (?:the |only the )?(?:quotes|data|results|numbers|studies|comments) that support(?:ed)?"
        r"|until (?:it|the test) (?:\w+ ){1,2}(?:statistical |statistically )?"
        r"significan(?:ce|t)\b(?![^.]{0,60}\bpre-?registered)"
        r"|until (?:it|the \w+(?: \w+)?) looked (?:healthy|good|better)(?! only when| to (?:them|him|her|the \w+))"
        r"|(?:tweak(?:ed)?|redefin(?:e|ed)) (?:the definition of|how we counted) [^.]{0,40}\b(?:so|until)\b"
        r"(?! (?:it|they) matched)"
        r"|until (?:i|we) (?:found|got|saw|find|get) (?:a |some |the )?(?:segments?|significance|something significant"
        r"|(?:a )?significant (?:result|segment|effect|difference|lift|p-value)s?))\b"),
        "bends the facts", "own"),
    "spin": (LazyPattern(
        r"\b(?:but at least (?:i|we)|i still think (?:i|it) was (?:right|worth)"
        r"|(?:call|count)(?:ed)? (?:it|that|this) (?:as )?a "
        r"(?:success|win)|proved (?:my point|me right\b(?! that| about))|(?:it )?was for the best"
        r"|(?:so )?clearly i was right)\b"),
        "spins a bad outcome as a win", "stance"),
    # Harm to people the story itself reports (they complained, quit or got upset), then waved off as worth it
    # or as their problem: "one left after six weeks, but … so I think it worked well overall", "he quit a month
    # later. Honestly, it solved the velocity problem", "the developers complained a lot, but I think that's the price
    # of quality". Counted only after such harm and a turn from it (_shrugged).
    "shrugs_off": (LazyPattern(
        r"\b(?:worth it|for the best|worked (?:out )?(?:well|fine)(?! for)|(?:was|as) a success|in a way it"
        r"|speak for themselves|(?:that'?s|is|was) the price of|a bit much|no matter what|(?:weed|weeded) out"
        r"|(?:solved|fixed) the \w+ problem)\b"),
        "shrugs off the harm the story reports", "stance"),
    "dismissal": (LazyPattern(
        r"\b(?:i (?:didn'?t|don'?t|do not) see the point (?:of|in)|(?:don'?t|do not) (?:really )?believe in "
        r"(?:automated |unit |code )?(?:handovers?|hand-offs?|postmortems?|post-mortems?"
        r"|documentation|docs|tests|testing|code reviews?|retros?|estimates?|planning)|no point (?:in )?"
        r"(?:spending|analy[sz]ing|investigating|asking|documenting|testing|looking)"
        r"|(?:is|are) (?:mostly |just |really |usually |basically |more )?a formality"
        r"|(?:is|are) (?:mostly|just|really|usually|basically|more|pure|all) theat(?:re|er)"
        r"|i (?:trust|trusted) my (?:eye|gut)(?! only|,? but| as a hypothesis)|i know what i like)\b"),
        "waves away a practice the work relies on", "stance"),
    "misleads": (LazyPattern(
        r"\b(?:if (?:anyone|anybody|someone|somebody|people|they) (?:asks?|asked|notices?|noticed)\b[^.]{0,40}?"
        r"\b(?:we|i)"
        r"(?: can| could|'d| would| will|'ll| was going to) (?:just )?say "
        r"(?!(?:that )?(?:it was |it's )?(?:my|our) |exactly|the truth)(?:that )?(?:it was|it's)?"
        r"|(?:promis\w*|commit(?:ted)?|guarantee\w*)\b[^.]{0,80}\beven though (?:i|we|that|it) "
        r"(?:didn'?t|did not|don'?t|do not|wasn'?t|weren'?t|hadn'?t|had not|'m not|am not|isn'?t|is not) "
        r"(?:actually |really |yet |even )?(?:know|sure|my call|checked|tested|true|ready|done|finished|approved"
        r"|verified)"
        r"|told (?:them|him|her|(?:the|my|our) \w+) (?:that )?(?:it|the \w+) (?:was|is|were|are) (?:done|fixed|ready"
        r"|tested|safe|live|on track)\b[^.]{0,40}\beven though"
        r"|(?:because|since|as|so|,) (?:it|that|this)(?: would| will|'d| could| was)? (?:just )?mak(?:e|es|ing) "
        r"(?:me|us) look bad"
        r"|what they don'?t (?:see|know) (?:won'?t|can'?t|doesn'?t) hurt"
        r"|(?:i|i'd|id|we|we'd) (?:would |will |just )?(?:keep|kept) reporting green"
        # Said yes first and left the how for later, unless engineering had sized it ("…once it was sized").
        r"|(?:yes|absolutely|commit\w*|promis\w*)\b(?:(?!\b(?:after|once|sized|confirmed|signed off)\b)[^.]){0,80}"
        r"\b(?:figured?|work(?:ed)?|sort(?:ed)?) "
        r"(?:it |things |the details )?out (?:the (?:details|rest) )?(?:with engineering |with the team )?"
        r"(?:later|afterwards|after the (?:contract|deal)))"),
        "misleads people or puts appearances first", "stance"),
    "brushes_off": (LazyPattern(
        r"\b(?:(?:they|he|she|(?:their|the) (?:\w+ )?team|(?:the )?(?:users|customers|client)) "
        r"(?:were|was|are|is) just "
        r"(?:being )?"
        r"(?:resistant to change|nitpicky|picky|lazy|dramatic)"
        r"|users don'?t know what they want|(?:people|users|customers) always hate change"
        r"|(?:are|is) always overly (?:cautious|paranoid|dramatic|negative)"
        r"|(?:they|he|she) (?:are|is) always (?:paranoid|dramatic|negative)"
        r"|refuse to work with (?:them|him|her)|(?:good|valuable|useful) lesson for (?:him|her|them)\b"
        r"|walk all over (?:you|me|us)|(?:patients|customers|clients|users|students|kids|people|they) (?:just|always) "
        r"make excuses)\b"),
        "brushes off the people it concerns", "stance"),
    # The candidate's reason for a call is how it looks or what it spares them, given as the reason: "since that might
    # make me look bad", "because it would make us look disorganized", "so the sprint would look good", "so we didn't
    # need to bring legal in and run up fees". A motive, not an act: a negation is part of it ("because I didn't want
    # to look bad"); a concession undoes it ("even though it made us look bad, I told…", "…and I reported it anyway"),
    # and so does someone else proposing it ("my manager suggested re-baselining so the report would look better").
    # Avoiding panic or drama, or what a bad alternative would cost, is what good answers reason with too: not read.
    "appearances": (LazyPattern(
        r"\b(?:(?:because|since|as|so|and) (?:(?:that|it|this) )?(?:(?:would|will|might|could) )?"
        r"(?:just |only |also )?(?:make|makes|made) (?:me|us|myself|ourselves|my team|our team) look "
        r"(?:bad|worse|disorganized|weak|incompetent)|didn'?t want to look bad"
        r"|so (?:the|my|our) (?:sprint|numbers|report|dashboard|metrics|stats) would look (?:good|better)"
        r"|(?:need|have) to (?:\w+ ){1,4}and run up (?:the )?(?:fees|costs|bills?))\b"),
        "puts how it looks or what it costs before the job", "motive"),
    # Threats to someone's standing: "anyone who can't make it can explain that in their review".
    "coerces": (LazyPattern(
        # Whoever fails at something ("anyone who can't make it", "if they miss")…
        r"\b(?:(?:if|anyone who|whoever|people who)\b(?=[^.]{0,60}?\b(?:miss\w*|can'?t|cant|couldn'?t|couldnt|don'?t"
        r"|doesn'?t|didn'?t|didnt|won'?t|wouldn'?t|weren'?t|werent|not|refuse\w*|complain\w*)\b)"
        # …loses a promotion or a rating, unless a negation protects them first ("…would not have it counted")…
        r"(?:(?!\b(?:not|never|no|nobody)\b[^.]{0,25}\b(?:count|penali|affect|held|hurt|miss)"
        r"|n't\b[^.]{0,25}\b(?:count|penali|affect|held|hurt))[^.]){0,90}?\b(?:(?:get|getting) promoted|a good rating)"
        # …or has it ahead in their review ("…can explain that in their review", "…would see it in their review").
        r"|(?:if|anyone who|whoever|people who)\b(?=[^.]{0,60}?\b(?:miss\w*|can'?t|cant|couldn'?t|couldnt|don'?t"
        r"|doesn'?t|didn'?t|didnt|won'?t|wouldn'?t|weren'?t|werent|not|refuse\w*|complain\w*)\b)"
        r"(?:(?!\b(?:not|never|no|nobody)\b[^.]{0,25}\b(?:count|penali|affect|held|hurt|miss)"
        r"|n't\b[^.]{0,25}\b(?:count|penali|affect|held|hurt))[^.]){0,60}?"
        r"(?:\b(?:will|would|can|could|goes|go|see)\b|'ll\b|'d\b)"
        r"(?:(?!\b(?:not|never|no|nobody)\b[^.]{0,25}\b(?:count|penali|affect|held|hurt|miss)"
        r"|n't\b[^.]{0,25}\b(?:count|penali|affect|held|hurt))[^.]){0,40}?"
        r"\b(?:their|his|her) (?:performance reviews|performance review|performance ratings|performance rating"
        r"|reviews|review|ratings|rating)\b(?! prep| cycle| meeting| deadline)"
        r"|remind(?:ed)? (?:them|him|her) who writes (?:their|his|her) "
        r"|(?:would|will) be noted in (?:their|his|her) review"
        r"|(?:goes|go|going|will go|would go|'ll go|'d go) into (?:their|his|her) (?:performance )?(?:reviews|review)"
        r"|plenty of people would (?:love|kill for) (?:his|her|their|your) job)\b"),
        "pressures people with threats to their standing", "stance"),
}
# Harm to people, reported as what happened: what "shrugs_off" must follow (not "broke" or "outages": a change's
# reason or a fixed fault in good stories).
HARM = LazyPattern(
    r"\b(?:complained|(?:got|was|were|became) (?:pretty |really |very |quite )?(?:upset|frustrated|angry|furious)"
    r"|quit|resigned|churned|transferred out|walked out|turnover|one-star"
    r"|(?:one|two|three|a few|several|some|a couple)(?: of them| people| engineers| senior engineers)? (?:left|quit)"
    r"|left (?:the company|after))\b")
_TURNS_FROM = re.compile(r"\b(?:but|honestly|which|anyway)\b")
# Negations that make a flag what the candidate avoided, said right before it or inside it (and "could've": an
# option not taken).
AVOIDED = word_set("""without not never no nobody didn't don't doesn't wouldn't won't isn't wasn't aren't weren't
can't couldn't shouldn't avoid avoided avoiding refuse refused dont didnt wouldnt arent cant disable disabled block
could've would've might've tempted temptation tempting assume wasnt werent isnt doesnt wont couldnt shouldnt
blocked prevent prevented ban banned forbid forbade""")
AVOIDED_REACH = 6  # words before the flag that a negation governs it from ("would never make a change without…")
_PUNCTUATION = re.compile(r"[.,;:!?()]")
# "rather than calling him out…"; "even though it wasn't our responsibility, I fixed it" concedes, not deflects.
_AVOIDED_BEFORE = re.compile(
    r"\b(?:rather than|instead of|(?:even though|although|though)(?:\s+(?:it|that|this))?)\s+$")
# A motive conceded rather than followed: "even though it made us look bad, I told…".
_CONCEDED = re.compile(r"\b(?:even though|although|though|even if|whether or not|regardless of whether|not about"
                       r"|isn'?t about|wasn'?t about|worried less about|rather than)\b")
# Done all the same, said after the motive: "I knew it would make me look bad, and I reported it anyway".
_DONE_ANYWAY = re.compile(r"[^.;!?]*\b(?:anyway|regardless|all the same|nonetheless|even so)\b")
# Someone else proposing what the motive is for: "my manager suggested re-baselining so the report would look better".
_SUGGESTED = re.compile(r"\b(?!(?:i|we)\b)\w+ (?:suggested|proposed|asked|wanted|pushed|told me)\b")
_NOT_THE_AIM = re.compile(r"\b(?:not|never) to $")  # "…because that's the rule, not to get them in trouble"
# "so I could quietly merge it": what the candidate made possible, not an option they passed over.
_COULD_DONE = re.compile(
    r"\b(?:so(?: that)?|knew|realized|realised|figured|saw|found) (?:i|we) could\b(?!'ve| have)[^.]*$")
# "I could have just blamed him", "I could just quietly patch it": an option the candidate passed over.
_COULD_HAVE = re.compile(r"\bcould (?:have|just|easily)\b")
# What a contrast rules out runs to the next comma or subject ("rather than wait, it was faster to push it…").
_CONTRASTED = re.compile(
    r"\b(?:rather than|instead of)\b((?:(?!\b(?:it|was|were|is|had|has|the team|everyone|weekends?)\b|,).)*)$")
# A plan is ruled out by a contrast only when what is contrasted is pushing people ("rather than ask the team to work
# weekends"), not the date ("rather than move the deadline the team had to work weekends").
_PUSHING = word_set("ask asking make making tell telling force forcing push pushing")
# A stance someone else holds, said right before it ("my peers felt the support team was just being dramatic").
_SOMEONE_ELSES_VIEW = re.compile(
    r"\b(?!(?:i|we)\b)\w+(?<!ly)(?<!really) (?:felt|thought|believed|claimed|insisted)(?: that)? $")
# Said right after the flag: it is taken back, judged, or narrowed to what was right to do.
_TAKEN_BACK = LazyPattern(  # compiled on first use: most answers never reach it
    r"^\W*(?:(?:nobody|no one|none)\b|[^,;.]{0,30},?\s*but\b"
    # Telling someone a view, not keeping a secret ("I didn't tell him he was wrong"); not a reason ("…, as it was").
    r"|(?:(?!because\b|since\b|as\b)\w+\W+)?(?:he|she|they|it) (?:was|were|is|are|had)\b"
    r"|(?:that|which) (?:were|was|are|is) (?:\w+ )?(?:noise|noisy|false|flaky|broken|obsolete)"
    r"|(?:\w+\W+)?(?:rarely|seldom|backfires?|is a bad idea|is a mistake|never (?:works|helps|ends)"
    r"|(?:doesn'?t|won'?t) (?:work|help|end well|go well))\b|(?:\w+\W+)?(?:what|how) to\b"
    # Conceded: "…that wasn't our fault, I'd still take it seriously"; "I skipped review, which I normally wouldn't".
    r"|[^,;.]{0,40},\s*(?:i|we)(?:'d| would) still\b(?! (?:do|make|choose) (?:it|that|the same))"
    r"|[^,;.]{0,40},\s*which (?:i|we) (?:normally|usually) (?:wouldn'?t|don'?t|never))")
# Flags the candidate's own words negate from inside ("the team never had to work weekends").
_INNER_NEGATION = re.compile(r"\b(?:never|not|no longer|nobody|no one)\b|n't\b")
_CLAUSE_BREAK = re.compile(r"[,;:()]| but | so ")
_MINE = re.compile(r"\b(?:my|me|mine)\b")
_FIRST_PERSON = word_set("i i'd i'll i'm i've we we'd we'll we've we're")
_OTHERS = word_set("""he she they you he'd she'd they'd you'd he's she's they're they've someone somebody
everyone everybody""")
_OTHERS_UNPUNCTUATED = _OTHERS | word_set("that which who")
# "I decided that …": "that" after these opens what the candidate says, not another subject's clause.
_REPORTING = word_set("decided said thought knew felt realized figured told agreed ensured noticed believed so")
_ACCEPTED = re.compile(r"\b(?:took|take|takes|taking) the $")  # "I took the blame": owning it
# A candidate who owns the mistake or says what they learned. Bare "since then" or "next time" say nothing of a
# lesson.
REFLECTION = LazyPattern(
    r"\b(?:i (?:have |'ve )?learn(?:ed|t)|the lesson (?:i|for me)|in hindsight|looking back,? i"
    r"|i realized (?:that )?(?:i|my|it was my)\b|my (?:biggest |main |key |real )?(?:lesson|takeaway)"
    r"|i apologi[sz]ed|i took (?:full )?responsibility|i owned (?:it|up|that|the|my)|(?:do|done) (?:it |things )?"
    r"differently|taught me|next time,? i|i should(?:'ve| have)|my (?:part in|part of|own part in) the)\b")
# A safeguard skipped in an emergency and then made good: the story says so, and its skipped safeguards are forgiven
# ("…but I filed a ticket and fixed the threshold on Monday", "…and flagged it at the next review").
REMEDY = LazyPattern(
    r"\b(?:(?:i|we) (?:filed|opened|raised|created) a ticket(?=[^.]{0,60}\b(?:fixed|reviewed|re-?enabled"
    r"|turned (?:it|them) back on|set a reminder))|(?:i|we) (?:filed|opened|raised|created) (?:a|the retroactive) "
    r"change request|(?:i|we|and) (?:wrote|write) it up|(?:i|we|and) flagged it (?:at|in)"
    r"|(?:i|we|and) reviewed (?:it|them|the \w+) (?:properly )?(?:on monday|the next (?:morning|day)|first thing)"
    r"|(?:i|we|and) fixed the \w+ (?:on monday|the next (?:morning|day)|first thing))\b"
    r"(?![^.]{0,40}\b(?:so it looked|to cover|so the paperwork|so nobody|as a (?:success|win)))")
# Told the people concerned at once: a kept secret or a skipped safeguard is then not hidden from them. Not when
# what was told is itself the flag ("told my manager right away that it was QA's fault").
DISCLOSED = LazyPattern(
    r"\b(?:i|we)\b(?: [\w',]+){0,8}? told (?:my (?:manager|lead|boss)|him|her|them|the team) (?:first|right away"
    r"|immediately|straight away|within the hour|the same day)(?!,? (?:that )?(?:if|so|it|it's|the \w+|they|he|she"
    r"|anyone|everyone|weekends|nobody)\b)")
_DISCLOSURE_FORGIVES = frozenset({"secrecy", "bypass"})
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
    flags: list[RedFlag] = []  # the first of each kind in each segment
    for kind, (pattern, _, check) in RED_FLAGS.items():
        compiled = pattern.compiled
        for i in index.candidates(pattern):
            text = texts[i]
            for m in compiled.finditer(text):
                if kind == "secrecy" and _for_the_case(text, m):
                    continue
                if kind == "shrugs_off" and not _shrugged(f"{_ideas_before(texts, i)} {text[:m.start()]}"):
                    continue
                if _counts(text, m, check) and not (kind == "coerces" and _escalates(text, m)):
                    flags.append(RedFlag(i, kind, segments[i].start + m.start()))
                    break
    # What the story says elsewhere forgives some kinds; the rest stay, in whichever segment they are.
    kinds = {flag.kind for flag in flags}
    if not kinds.isdisjoint(_DISCLOSURE_FORGIVES) and _says(DISCLOSED, texts, index):
        flags = [flag for flag in flags if flag.kind not in _DISCLOSURE_FORGIVES]
    if "bypass" in kinds and _says(REMEDY, texts, index):
        flags = [flag for flag in flags if flag.kind != "bypass"]
    if not flags or _says(REFLECTION, texts, index):
        return ()
    found: dict[int, RedFlag] = {}  # one per segment: the one said first
    for flag in flags:
        if flag.segment not in found or flag.start < found[flag.segment].start:
            found[flag.segment] = flag
    return tuple(sorted(found.values(), key=lambda flag: flag.start)[:FLAG_LIMIT])


# A consequence for someone whose conduct does not change is the formal step a manager takes after warning them
# ("if nothing changed, it would go into their performance review"), not a threat that forces a bad call. The
# condition must be the consequence's own and about conduct in general: it ends its clause ("if they kept going
# home at five" is a demand), and the consequence follows within a few words.
_ESCALATES = LazyPattern(  # compiled on first use, like the flags it excuses
    r"\bif (?:nothing|it|things|the behaviou?r|that|this|he|she|they)(?: still)? (?:changed|changes|improved"
    r"|improves|continued|continues|kept (?:up|happening|going)|keeps (?:up|happening|going)"
    r"|(?:didn'?t|doesn'?t|did not|does not|don'?t|do not|won'?t|will not) (?:change|improve|stop))"
    r"|\bif there (?:was|is|were|'s) no (?:change|improvement)")
_CLAUSE_ENDS = LazyPattern(r"\s*(?:[,;.]|$|(?:by|after|within|over|it|this|that|then|i|we)\b)")
# A threat with its own condition on people ("anyone who refused the overtime…", "reminded him who writes his
# review") stays one whatever condition comes before it.
_ON_PEOPLE = LazyPattern(r"\b(?:anyone who|whoever|people who|those who|who writes)\b")
_GAP_WORDS = 5
# Why the candidate kept people out of it, in a refusal to tell or escalate (`secrecy`'s "didn't tell…", "wouldn't
# escalate…"): the reason opens the refusal's own clause (no new "and I…" before it) and says at least three words.
# It makes the refusal judgement, not a red flag, when it is a fact of the case that says the need is met or does not
# arise (`_CASE_FACTS`: "because the rollback had already cleared the errors", "since our policy lets preparers clear
# items under $500", "because no part had shipped") and holds nothing self-serving (`_SELF_SERVING_REASON`): the
# candidate's hassle or standing, others' obstruction ("…they always say no", "…it would go on my record") or sparing
# people worry or panic, which good answers give too ("…the call would have panicked her") but which words cannot
# tell from an excuse. Any other reason, or none, leaves the flag: a list of excuses would never be complete. "Already"
# is a fact only told in the past or perfect ("had already called both families", "already reconciled"): in the present
# it is a habit the practice may be there to check ("since the job already reports success").
# The same reading excuses any refusal of a key point's practice (`reason_of_the_case`, claims.py, rubric-1.13.11).
# Compiled on first use, as `_TAKEN_BACK`: only a `secrecy` match or a refusal with a reason reaches them.
_REFUSED_TELLING = LazyPattern(r"(?:didn'?t|did not|won'?t|wouldn'?t|never) (?:tell|told|inform|mention|escalate"
                               r"|report|flag|loop)")
_GIVEN_REASON = LazyPattern(
    r"(?:(?!\b(?:and|but|then|so|while|after|before) (?:i|we)\b)[^.;:!?]){0,80}?"
    r"\b(?:because(?! of\b)|since(?! then\b|\W*$)|as (?:it|that|this|there|he|she|they|we|i)\b"
    r"(?! (?:turned out|happens|happened|said|mentioned|was \w+ing|were \w+ing))|given (?:that|how|the fact))\b"
    r"(?=\W+\w+\W+\w+\W+\w+)")
_CASE_FACTS = LazyPattern(
    r"\b(?:(?:had|'d|has|have|was|were) (?:\w+ )?already|already (?:been |had )?\w+ed"
    r"|(?:had|has|have) (?:\w+ )?(?:cleared|recovered|fixed|resolved|caught|confirmed|verified)"
    r"|(?:was|were|is|are) (?:\w+ )?(?:back|healthy|stable|fine|resolved|contained|expected|flat|normal)"
    r"|no (?:\w+ ){0,2}(?:was|were|had|is|are)|none|nothing|never at risk|threshold|polic(?:y|ies)|contract"
    r"|agreement|runbook|procedure|our own|within (?:my|our)|requires?|confirmed|verified|showed|no sign"
    r"|no (?:\w+ )?(?:impact|harm|injur\w*|customers?|payments?|data|risk)|not (?:affected|at risk)"
    r"|only (?:used|read|affected|touched)|law|authority|(?:his|her|their) information|(?:wasn'?t|isn'?t) (?:mine"
    r"|my information))\b")
_SELF_SERVING_REASON = LazyPattern(
    r"\b(?:paperwork|slow\w* (?:\w+ ){0,2}down|look (?:bad|like|careless|sloppy|weak|incompetent|unprofessional|stupid)"
    r"|slow to (?:respond|reply|answer|approve|sign)|defensive|quibbl\w*|nitpick\w*|red tape|bureaucra\w*"
    r"|always (?:say|argue|redline|resist|hate|complain|overreact)\w*|take forever|on my record|bonus"
    r"|(?:my|our|(?:the|our|my) team'?s) (?:\w+ )?(?:numbers|figures|kpis?|stats)"
    r"|(?:nobody|no one|never|(?:had|did|would|wo)n'?t) "
    r"(?:\w+ )?notice\w*|find out|how everyone wanted|(?:only|just) (?:an? )?(?:estimates?|small|minor|tiny)"
    r"|knows? better|(?:wasn'?t|isn'?t|not) (?:my|our) (?:\w+'s )?(?:problem|job|area)"
    r"|panic\w*|worr(?:y|ied|ying)|annoy\w*|bother\w*|hates?|disturb\w*|hassle|fuss|drama|trouble|stretched"
    r"|too busy|no point|upset\w*|scare\w*|overreact\w*|bad news|under (?:\w+ ){0,2}pressure)\b")
# A second condition, a demand, after the escalation clause ("…, or if they didn't work the weekend, it would…").
_DEMAND = LazyPattern(r"\b(?:if|unless|or)\b[^.;]{0,60}?(?:\bnot\b|n'?t\b|\brefus\w*|\bcomplain\w*|\bmiss\w*)")
_WORD = re.compile(r"\w+")


def _shrugged(before: str) -> bool:
    """Whether the words before a "shrugs_off" phrase (its idea's and the two ideas before) report harm and then turn
    from it ("…one left after six weeks, but…", "…he quit a month later. Honestly, …", "…, which I thought…"): "two
    merchants complained, so I called both of them…" turns to repair, not from the harm."""
    harms = list(HARM.compiled.finditer(before))
    return bool(harms) and _TURNS_FROM.search(before, harms[-1].end()) is not None


def _for_the_case(text: str, match: re.Match[str]) -> bool:
    """Whether a refusal to tell someone gives a reason of the case and nothing self-serving: "I didn't escalate to the
    network team, because colleagues on the same gateway were fine and the fault was on her laptop, which I'd fixed" is
    judgement; "…, because it would only worry them", "…, because I was up for promotion" and "I didn't tell anyone."
    stay red flags."""
    return _REFUSED_TELLING.compiled.match(match.group()) is not None and reason_of_the_case(text, match.end())


def reason_of_the_case(text: str, refused: int) -> bool:
    """Whether a refusal that ends at `refused` in a lowered idea gives, in its own clause, a reason that is a fact of
    the case and nothing self-serving ("…, because dispatch had already confirmed the cause")."""
    reason = _GIVEN_REASON.compiled.match(text, refused)
    if reason is None:
        return False
    said = text[reason.end():]
    return (_CASE_FACTS.compiled.search(said) is not None
            and _SELF_SERVING_REASON.compiled.search(said) is None)


def _ideas_before(texts: list[str], i: int) -> str:
    """The ideas a shrug may follow harm in: the one before it, and the one before that when all three are pieces of
    one sentence cut at its commas ("…one left after six weeks, | but the ones who stayed…, | so it worked well")."""
    before = texts[max(0, i - 2):i]
    if len(before) == 2 and any(idea.rstrip().endswith((".", "!", "?")) for idea in before):
        before = before[1:]
    return " ".join(before)


def _escalates(text: str, match: re.Match[str]) -> bool:
    """Whether a `coerces` match is a consequence of conduct not changing, stated as the step it leads to."""
    if _ON_PEOPLE.compiled.search(match.group()):
        return False
    escalates = _ESCALATES.compiled
    condition = escalates.match(text, match.start())
    if condition is None:
        before = list(escalates.finditer(text, 0, match.start()))
        if not before or len(_WORD.findall(text, before[-1].end(), match.start())) > _GAP_WORDS:
            return False
        condition = before[-1]
    return (bool(_CLAUSE_ENDS.compiled.match(text, condition.end()))
            and not _DEMAND.compiled.search(text, condition.end()))


def _counts(text: str, match: re.Match[str], check: str) -> bool:
    """Whether a matched phrase is a red flag the candidate raised: see the module's docstring."""
    before, said, after = text[max(0, match.start() - 200):match.start()], match.group(), text[match.end():]
    if check == "motive":
        clause = _NEW_CLAUSE.split(before)[-1]
        return not (_CONCEDED.search(clause) or _NOT_THE_AIM.search(before) or _DONE_ANYWAY.match(after)
                    or _SUGGESTED.search(clause)
                    or _TAKEN_BACK.compiled.match(after) or _SOMEONE_ELSES_VIEW.search(before)
                    or _quoted_from_others(before))
    words = before.split()
    # A negation governs its own clause only, not one before "so" or "but" ("nobody noticed, so I'd count it as a
    # win" is still a flag), and "without" only what it governs at once ("without blaming anyone", not "without
    # hesitation I muted…").
    clause = _NEW_CLAUSE.split(before)[-1].split()
    near = [w for w in clause[-AVOIDED_REACH:] if w != "without"] + words[-1:]
    # One negation governs a list of acts ("I wouldn't sit on it or quietly patch it", "I refused to cut corners,
    # skip the tests, or ship it without review"), unless a subject starts a clause after the "or" ("nobody
    # answered my pages or messages I quietly patched it").
    listed = next((len(clause) - j for j, w in enumerate(reversed(clause)) if w == "or"), None)
    if listed is not None and _FIRST_PERSON.isdisjoint(clause[listed:]):
        near += clause
    if _COULD_HAVE.search(" ".join(near)) and not _COULD_DONE.search(before):
        return False
    if not AVOIDED.isdisjoint(near) or _AVOIDED_BEFORE.search(before) or _ACCEPTED.search(before):
        return False
    # "rather than stop talking to them or complain behind their back": every act the contrast rules out (to the
    # next comma or subject, _CONTRASTED) is one the candidate chose not to do.
    contrast = _CONTRASTED.search(" ".join(clause))
    if contrast and _FIRST_PERSON.isdisjoint(contrast.group(1).split()) and (
            check != "plan" or not _PUSHING.isdisjoint(contrast.group(1).split()[-1:])):
        return False
    if _TAKEN_BACK.compiled.match(after):
        return False
    if check == "stance" and _SOMEONE_ELSES_VIEW.search(before):
        return False
    if _quoted_from_others(before):
        return False  # what someone else said ("the old lead's 'not my problem'"), not what was done
    if check == "plan":
        # A plan is denied anywhere in its clause ("I wouldn't just say yes and ask engineers to work weekends").
        clause = _CLAUSE_BREAK.split(before)[-1].split()
        return _INNER_NEGATION.search(said) is None and AVOIDED.isdisjoint(clause)
    if check == "stance":
        return True
    if words[-1:] == ["one"]:
        return False  # "one threatened to churn": one of the people just named ("I called the biggest users")
    if said.split(maxsplit=1)[0] in _FIRST_PERSON:
        return True  # the act says its subject ("I took credit for…")
    if _SOMEONES_REACTION.search(before):
        return False  # "…and we lost, the AEs' instinct was to blame price": the AEs' act, not the candidate's
    # Without any punctuation before the act, where its clause began is unknown, and a relative pronoun is the
    # nearest sign of it: "…we need a scanner in ci that blocks licenses without approval" is the scanner's act;
    # "I decided that the fastest option was…" is the candidate's.
    others = _OTHERS if _PUNCTUATION.search(before) else _OTHERS_UNPUNCTUATED
    subject = next((w for j, w in enumerate(reversed(words))
                    if w in _FIRST_PERSON or (w in others and not (w == "that" and words[-j - 2:-j - 1] and
                                                                 words[-j - 2] in _REPORTING))), None)
    # No pronoun before it: the flag's own "my" says whose it is ("it wasn't my fault").
    return subject in _FIRST_PERSON or (subject is None and _MINE.search(said) is not None)


def _quoted_from_others(before: str) -> bool:
    """Whether the flag is inside quotation marks opened by someone else's words: "I said, 'it's not my fault'"
    is the candidate speaking."""
    straight, opened = before.count('"') % 2, before.count("\u201c") > before.count("\u201d")
    if not (straight or opened):
        return False
    mark = max(before.rfind('"'), before.rfind("\u201c"))
    speaker = [w.strip(",:;") for w in before[:mark].split()[-4:]]
    return _FIRST_PERSON.isdisjoint(speaker) or _SPEAKING.isdisjoint(speaker)


# Someone else's reaction right before the act: "the AEs' instinct was to …", "his first reaction was to …" (and
# dictated, "the aes instinct was to …"). Not "the easiest thing was to …" or "the only option was to …", which
# are the candidate's own choice, nor "my instinct was to …".
_SOMEONES_REACTION = re.compile(r"\b(?:the|his|her|their)(?: [\w'’-]+){0,2} (?:instinct|reaction|response"
                                r"|first thought|suggestion|idea) (?:was|is) to $")
_SPEAKING = word_set("said say told tell replied answered wrote write responded")
# Where a negation's reach ends: a new clause ("…, so I…", "…; but…"), not a comma of a list.
_NEW_CLAUSE = re.compile(r";|\bso\b|\bbut\b|\bthen\b")


def _says(pattern: LazyPattern, texts: list[str], index: TextIndex) -> bool:
    compiled = pattern.compiled
    return any(compiled.search(texts[i]) for i in index.candidates(pattern))
