"""The ``warledger_claims`` spaCy component: writes ``doc._.claims`` with
``claims.ClaimAssembler`` and names in every claim the versions of the components
that made it (``Claim.producer``), so a stored claim says which models read it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.claims import ClaimAssembler

FACTORY = "warledger_claims_v3"


class ClaimsComponent:
    """Writes ``doc._.claims``, each naming the pipeline that made it.

    The versions are read from ``nlp`` once per set of pipe names (reading
    spaCy's pipe metadata costs more than assembling a document's claims).
    """

    def __init__(self, nlp: Language, versions: Callable[[Language], dict[str, str]]) -> None:
        self.nlp = nlp
        self.read_versions = versions
        self.pipe_names: tuple[str, ...] = ()
        self.versions: dict[str, str] = {}

    def producer(self) -> dict[str, str]:
        names = tuple(self.nlp.pipe_names)
        if names != self.pipe_names:
            self.versions = self.read_versions(self.nlp)
            self.pipe_names = names
        return self.versions

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = ClaimAssembler(doc, self.producer()).claims()
        return doc


@Language.factory(
    FACTORY,
    requires=[
        "doc._.actors",
        "doc._.attributions",
        "doc._.dates",
        "doc._.events",
        "doc._.relations",
        "doc._.published",
        "doc._.document_id",
    ],
    assigns=["doc._.claims"],
)
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    # Imported here: factories imports this module to register it.
    from warledger.extract.factories import component_versions

    return ClaimsComponent(nlp, component_versions)
