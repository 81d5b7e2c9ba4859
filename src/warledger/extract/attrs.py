"""The ``Doc._`` attributes through which warledger's components talk.

Each component reads what earlier ones wrote and adds its own list. The values
are warledger model objects (character spans into ``doc.text``), so the claim
assembler never needs to know which component found what.

| attribute     | written by              | holds                          |
|---------------|-------------------------|--------------------------------|
| published     | caller (``Extractor``)  | ``date | None`` reference date |
| document_id   | caller                  | ``str``                        |
| actors        | warledger_actors        | ``list[ActorMention]``         |
| instruments   | warledger_actors        | ``list[Instrument]``           |
| places        | warledger_places        | ``list[PlaceMention]``         |
| dates         | warledger_dates         | ``list[DateMention]``          |
| casualties    | warledger_casualties    | ``list[CasualtyFigure]``       |
| attribution_spans | warledger_attribution_tagger | ``list[TaggedSpan]``  |
| attributions  | warledger_attribution   | ``list[Attribution]``          |
| factuality    | warledger_factuality    | ``dict[int, float]`` by token  |
| events        | warledger_events        | ``list[Event]``                |
| roles         | warledger_roles         | ``list[RoleSpan]`` (and fills events' empty roles) |
| relations     | warledger_relations     | ``list[Relation]``             |
| claims        | warledger_claims        | ``list[Claim]``                |
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from warledger.model import Span as TextSpan

DOC_ATTRIBUTES: tuple[str, ...] = (
    "published",
    "document_id",
    "actors",
    "instruments",
    "places",
    "dates",
    "casualties",
    "attribution_spans",
    "attributions",
    "factuality",
    "events",
    "roles",
    "relations",
    "claims",
)


def model_span(span: Span) -> TextSpan:
    """The model's ``Span`` for a spaCy span, in its document (``span.text``, not
    ``doc.text``, which spaCy rebuilds from every token on each access)."""
    return TextSpan(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        document_id=span.doc._.document_id or None,
    )


TEXT_KEY = "warledger_text"
NOUN_CHUNKS_KEY = "warledger_noun_chunks"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens once per Doc and kept in its ``user_data``.

    Why: spaCy builds ``doc.text`` anew from every token on each access, and
    several components need the whole text. The tokens (and so the text) of a
    Doc never change once it is made.
    """
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


def noun_chunks(doc: Doc) -> list[Span]:
    """``doc.noun_chunks``, found once per Doc; their bounds are kept in its ``user_data``.

    Why: spaCy walks the whole parse on each access, and the events and relations
    components read the chunks of a Doc four times. The parse of a Doc never
    changes once the parser has run (a Doc with no parse raises, as spaCy does).
    """
    bounds = doc.user_data.get(NOUN_CHUNKS_KEY)
    if not isinstance(bounds, list):
        bounds = [(c.start, c.end, c.label) for c in doc.noun_chunks]
        doc.user_data[NOUN_CHUNKS_KEY] = bounds
    return [Span(doc, start, end, label=label) for start, end, label in bounds]


def register_extensions() -> None:
    """Declare the attributes on ``Doc`` (idempotent; spaCy keeps them globally).

    Defaults are ``None``: a component always assigns a fresh list, so no list
    is ever shared between documents.
    """
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
