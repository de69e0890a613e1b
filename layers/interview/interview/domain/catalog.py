"""The vocabulary of the service: roles, session types, difficulties, categories and limits."""

from enum import StrEnum


class SessionType(StrEnum):
    TECHNICAL = "technical"
    BEHAVIORAL = "behavioral"
    MIXED = "mixed"
    JOB_SPECIFIC = "job-specific"


class Difficulty(StrEnum):
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"


class QuestionType(StrEnum):
    TECHNICAL = "technical"
    BEHAVIORAL = "behavioral"
    SITUATIONAL = "situational"


class SessionStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ABANDONED = "abandoned"


JOB_ROLES: tuple[str, ...] = (
    "Software Engineer",
    "Frontend Developer",
    "Backend Developer",
    "Full Stack Developer",
    "Data Scientist",
    "Data Analyst",
    "Product Manager",
    "DevOps Engineer",
    "Mobile Developer",
    "UI/UX Designer",
)

# Common ways people name the roles; a custom role that matches none still works (any-role questions).
ROLE_ALIASES: dict[str, str] = {
    "software developer": "Software Engineer",
    "swe": "Software Engineer",
    "programmer": "Software Engineer",
    "frontend engineer": "Frontend Developer",
    "front-end developer": "Frontend Developer",
    "front end developer": "Frontend Developer",
    "backend engineer": "Backend Developer",
    "back-end developer": "Backend Developer",
    "back end developer": "Backend Developer",
    "full stack engineer": "Full Stack Developer",
    "fullstack developer": "Full Stack Developer",
    "full-stack developer": "Full Stack Developer",
    "ml engineer": "Data Scientist",
    "machine learning engineer": "Data Scientist",
    "business analyst": "Data Analyst",
    "bi analyst": "Data Analyst",
    "product owner": "Product Manager",
    "site reliability engineer": "DevOps Engineer",
    "sre": "DevOps Engineer",
    "platform engineer": "DevOps Engineer",
    "ios developer": "Mobile Developer",
    "android developer": "Mobile Developer",
    "mobile engineer": "Mobile Developer",
    "ux designer": "UI/UX Designer",
    "ui designer": "UI/UX Designer",
    "product designer": "UI/UX Designer",
}

CATEGORIES: dict[str, str] = {
    "programming_fundamentals": "Programming fundamentals",
    "web_development": "Web development",
    "database": "Databases",
    "system_design": "System design",
    "tools_workflows": "Tools & workflows",
    "behavioral": "Behavioral",
    "situational": "Situational",
    "data_science": "Data science",
    "analytics": "Analytics",
    "product": "Product",
    "infrastructure": "Infrastructure",
    "mobile": "Mobile",
    "design": "Design",
}

MIN_QUESTIONS, MAX_QUESTIONS, DEFAULT_QUESTIONS = 1, 20, 5
MIN_ANSWER_CHARS, MAX_ANSWER_CHARS = 10, 10_000
MAX_JOB_DESCRIPTION_CHARS = 20_000
TECHNICAL_SHARE_OF_MIXED = 0.6


def canonical_role(job_role: str) -> str | None:
    """The bank's name for a role the user typed, or None for a custom role."""
    wanted = " ".join(job_role.split()).lower()
    for role in JOB_ROLES:
        if role.lower() == wanted:
            return role
    return ROLE_ALIASES.get(wanted)
