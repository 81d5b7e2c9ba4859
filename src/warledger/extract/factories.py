"""Registers every warledger spaCy component and fixes their order.

Importing a component module runs its ``@Language.factory`` decorator; this
module imports them all so that ``build_pipeline`` (and ``spacy.load`` of a
saved pipeline) can find them by their versioned factory names. A component's
factory name changes whenever its output changes meaning, so every stored
claim says exactly which code produced it.
"""

from __future__ import annotations

from spacy.language import Language

from warledger.extract import (
    actors,
    attribution,
    attribution_tagger,
    casualties,
    claim_component,
    dates,
    events,
    factuality,
    places,
    relations,
    roles,
)
from warledger.kb import KB_VERSION

# (pipe name, versioned factory name), in the order they run.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("warledger_actors", actors.FACTORY),
    ("warledger_places", places.FACTORY),
    ("warledger_dates", dates.FACTORY),
    ("warledger_casualties", casualties.FACTORY),
    ("warledger_attribution_tagger", attribution_tagger.FACTORY),
    ("warledger_attribution", attribution.FACTORY),
    ("warledger_factuality", factuality.FACTORY),
    ("warledger_events", events.FACTORY),
    ("warledger_roles", roles.FACTORY),
    ("warledger_relations", relations.FACTORY),
    ("warledger_claims", claim_component.FACTORY),
)


def component_versions(nlp: Language) -> dict[str, str]:
    """What produced a claim: each warledger pipe's factory (with the version of its
    trained weights for trained pipes), the spaCy model, the KB, and the analyst's own
    gazetteer when the places pipe was given one."""
    versions: dict[str, str] = {}
    for name in nlp.pipe_names:
        if name.startswith("warledger_"):
            trained = getattr(nlp.get_pipe(name), "model_version", None)
            factory = nlp.get_pipe_meta(name).factory
            versions[name] = f"{factory}@{trained}" if trained else factory
    versions["spacy_model"] = f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    versions["kb"] = KB_VERSION
    if "warledger_actors" in nlp.pipe_names:
        entity_model = getattr(nlp.get_pipe("warledger_actors"), "entity_model", None)
        if entity_model is not None:
            versions["entity_model"] = entity_model.version
    if "warledger_places" in nlp.pipe_names:
        user_file = getattr(nlp.get_pipe("warledger_places"), "places_file_version", None)
        if user_file:
            versions["places_file"] = user_file
    return versions
