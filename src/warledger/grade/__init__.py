"""Corroboration, grading and casualty ranges for resolved incidents.

``grade_incident`` (``incident``) turns an incident's member claims into a
``model.Incident``: counts of claims and independent sources, sides reporting, the
grade with its reasons (``rules``) and casualty ranges (``casualties``).
"""

from warledger.grade.casualties import Casualties
from warledger.grade.evidence import Evidence, EvidenceBuilder
from warledger.grade.incident import MAX_WINDOW_DAYS, grade_incident
from warledger.grade.rules import RULES

__all__ = [
    "MAX_WINDOW_DAYS",
    "RULES",
    "Casualties",
    "Evidence",
    "EvidenceBuilder",
    "grade_incident",
]
