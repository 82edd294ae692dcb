"""What the feedback log asks, always about behaviour and tasks, never about character.

Feedback improves performance on average but made it worse in over a third of cases, more
so when it pointed at the self rather than the task (Kluger & DeNisi, *Psychological
Bulletin*, 1996, 607 effect sizes). So every question names something done, in a
situation, and asks what to do next; none asks what kind of person someone is.
"""

from __future__ import annotations

from altitude.i18n import QT_TRANSLATE_NOOP

CONTEXT = "FeedbackPrompts"  # marked here; the GUI shows translate_marked(CONTEXT, ...)

WEEKLY_ASK = QT_TRANSLATE_NOOP(
    "CheckinPrompts",
    "Whom did you ask for feedback this week?",
)

# Goldsmith's feedforward: two ideas for the future, then thank them.
FEEDFORWARD_ASK = QT_TRANSLATE_NOOP(
    "FeedbackPrompts", "What are two things I could do differently over the next month?"
)

# What to ask someone, each about a behaviour or a task.
ASKS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "FeedbackPrompts",
        "In our last meeting, what did I do that helped, and what got in the way?",
    ),
    QT_TRANSLATE_NOOP(
        "FeedbackPrompts",
        "When I handed that work over, what could I have done to make it easier to pick up?",
    ),
    QT_TRANSLATE_NOOP(
        "FeedbackPrompts", "What should I keep doing in our one-to-ones, and what should I change?"
    ),
    QT_TRANSLATE_NOOP(
        "FeedbackPrompts",
        "Which of my requests last week were unclear, and what would have made them clear?",
    ),
    QT_TRANSLATE_NOOP(
        "FeedbackPrompts",
        "In the last decision I made, what information did I miss or not ask you for?",
    ),
    QT_TRANSLATE_NOOP(
        "FeedbackPrompts",
        "What is one thing I could stop doing that would give you more time for your work?",
    ),
)

# Guides for writing down what was said (SBI, Center for Creative Leadership).
SITUATION_HINT = QT_TRANSLATE_NOOP(
    "FeedbackPrompts", "When and where: the meeting, the task, the moment."
)
BEHAVIOUR_HINT = QT_TRANSLATE_NOOP(
    "FeedbackPrompts", "What was done or said, as someone watching would describe it."
)
IMPACT_HINT = QT_TRANSLATE_NOOP(
    "FeedbackPrompts", "What it led to for them, for the work or for the team."
)
RESPONSE_HINT = QT_TRANSLATE_NOOP(
    "FeedbackPrompts", "What you will do about it, and when: one step you can check."
)
