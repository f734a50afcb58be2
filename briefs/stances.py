"""The stance vocabulary: what a speaker does with a statement. Defined once here.

The Claim model's choices (briefs/models.py), the order of a key point's positions matrix
(briefs/assembly/inputs.py) and the suggestion rules (briefs/suggestions/rules.py) derive from it, and a
test checks that they agree. Pure Python: the assembly and suggestion cores import it without Django.
A new stance is added here, with a migration for the model's choices.
"""

from __future__ import annotations

ASSERTS = "asserts"
DENIES = "denies"
CONDEMNS = "condemns"
WARNS = "warns"
PLEDGES = "pledges"
CONFIRMS = "confirms"
QUESTIONS = "questions"

# The order editors choose from.
STANCES = (ASSERTS, DENIES, CONDEMNS, WARNS, PLEDGES, CONFIRMS, QUESTIONS)
# The order of a key point's positions matrix: support first, denial last.
POSITION_ORDER = (ASSERTS, CONFIRMS, WARNS, CONDEMNS, PLEDGES, QUESTIONS, DENIES)
