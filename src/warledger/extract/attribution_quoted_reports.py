"""Reports inside a quotation belong to the quoted speaker, not to the article.

Why: in '"He says he is rich, but he is not," she said' the quoted speaker
reports what somebody else says; the article attributes only the quotation to
her. The tagger and the reporting-verb rules find "says" inside the quote as
a cue of its own, and PolNeAR's annotators mark such a nested report rarely
(on its dev split 13 of the 55 cues found inside another attribution's
quotation are gold cues). A claim read off the inner report would credit
"he" with words the article only quotes her as saying, so an attribution
whose cue stands inside a quotation that another attribution reports is
dropped. A cue between the two halves of a split quotation ('"A," he said,
"B."') stands outside both quotations and is kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from warledger.extract.attribution_quotes import open_quote_before
from warledger.model import Attribution


def without_quoted_reports(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """``found`` less the attributions whose cue lies inside another one's quotation."""
    return [a for a in found if not _inside_quotation(text, a, found)]


def _inside_quotation(text: str, attribution: Attribution, found: Sequence[Attribution]) -> bool:
    cue = attribution.cue
    if cue is None:
        return False
    opening = open_quote_before(text, cue.start)
    if opening is None:
        return False
    return any(
        other is not attribution
        and other.content is not None
        and other.content.start <= opening
        and cue.end <= other.content.end
        and (other.cue is None or not (cue.start < other.cue.end and other.cue.start < cue.end))
        for other in found
    )
