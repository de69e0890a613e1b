"""Study resources and tips, chosen for a session's weakest dimensions and categories."""

DIMENSION_RESOURCES: dict[str, list[str]] = {
    "relevance": [
        "Restate-then-answer drill: say the question back in one sentence, then answer only that",
    ],
    "completeness": [
        "Build a one-page checklist of the key points for each topic you study and rehearse against it",
    ],
    "clarity": [
        "The Pyramid Principle (Barbara Minto): lead with the answer, then support it",
    ],
    "technical_accuracy": [
        "Re-derive each concept you missed from its official documentation, then explain it aloud",
    ],
    "communication": [
        "Record yourself answering and count fillers and hedges; aim to halve them each week",
    ],
}

CATEGORY_RESOURCES: dict[str, list[str]] = {
    "programming_fundamentals": ["Grokking Algorithms (Aditya Bhargava) for data structures and complexity"],
    "web_development": ["MDN Web Docs: HTTP, caching and web security guides"],
    "database": ["Use The Index, Luke: a free guide to SQL indexing and query plans"],
    "system_design": ["Designing Data-Intensive Applications (Martin Kleppmann)"],
    "tools_workflows": ["Pro Git (Scott Chacon), chapters on branching and rebasing"],
    "behavioral": ["The STAR method: prepare six stories with a measurable result each"],
    "situational": ["Practise situational answers as: clarify, options, decision, follow-up"],
    "data_science": ["An Introduction to Statistical Learning (James, Witten, Hastie, Tibshirani)"],
    "analytics": ["Trustworthy Online Controlled Experiments (Kohavi, Tang, Xu)"],
    "product": ["Inspired (Marty Cagan) on product discovery and prioritisation"],
    "infrastructure": ["Site Reliability Engineering (Google), chapters on SLOs and incidents"],
    "mobile": ["Android and Apple platform guides on app lifecycle and offline data"],
    "design": ["Don't Make Me Think (Steve Krug) and the WCAG 2.2 quick reference"],
}

DIMENSION_TIPS: dict[str, str] = {
    "relevance": "Answer the question that was asked first, in one sentence, before adding context.",
    "completeness": "Before answering, list the three or four points a strong answer must touch, then cover each.",
    "clarity": "Structure answers as point, reason, example; keep sentences short.",
    "technical_accuracy": "Name the concept precisely and say when it applies and when it does not.",
    "communication": "Replace fillers with a short pause and state your conclusions without hedging.",
}

STORY_TIP = ("For behavioral questions use STAR: the situation, your task, the actions you took "
             "yourself, and a result you can measure.")

DIMENSION_STRENGTHS: dict[str, str] = {
    "relevance": "Answers stay focused on what was asked",
    "completeness": "Covers most of the key points interviewers listen for",
    "clarity": "Well-structured, easy-to-follow answers",
    "technical_accuracy": "Accurate use of the core concepts",
    "communication": "Confident, direct communication",
}

DIMENSION_AREAS: dict[str, str] = {
    "relevance": "Keep answers on the question asked",
    "completeness": "Cover more of the key points each question calls for",
    "clarity": "Give answers a clearer structure",
    "technical_accuracy": "Sharpen accuracy on the core concepts",
    "communication": "Speak with fewer fillers and hedges",
}
