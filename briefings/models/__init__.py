"""An imported article (a briefing), split into sections and statements.

Statements keep character offsets into the briefing's normalised text, so every statement can be
found again in the document it came from, whatever later happens to the claims made of it.
"""

from .briefing import Briefing, BriefingQuerySet, PublicQuerySet
from .revision import Revision, RevisionQuerySet, Section
from .statement import Statement, StatementEdit, StatementQuerySet, without_documents

__all__ = [
    "Briefing",
    "BriefingQuerySet",
    "PublicQuerySet",
    "Revision",
    "RevisionQuerySet",
    "Section",
    "Statement",
    "StatementEdit",
    "StatementQuerySet",
    "without_documents",
]
