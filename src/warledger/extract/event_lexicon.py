"""Trigger and cue lexicons for the events component, read from ``kb/data/en/events.yaml``.

Why a lexicon and not a model: PLOVER types are few and their triggers are a
closed, well-documented vocabulary (the CAMEO/PLOVER verb dictionaries), the
component must run on a 2-core CPU, and every decision has to be explainable
("ASSAULT/shelling because of the word 'shelled'").

The words live in YAML so that a reader can extend a list without reading code;
each word set is documented there. This module turns them into immutable
tuples and frozensets once, at import, and names them for the components.
"""

from __future__ import annotations

from warledger.kb.lexicon import load_lexicon, phrase_tuple, word_set, word_tuple
from warledger.model import SPEECH_TYPES, PloverType

_DATA = load_lexicon("events")
_WORDS: dict[str, frozenset[str]] = {name: word_set(text) for name, text in _DATA["words"].items()}

TRIGGERS: tuple[tuple[PloverType, str | None, tuple[str, ...]], ...] = tuple(
    (PloverType[entry["type"]], entry["mode"], phrase_tuple(entry["phrases"]))
    for entry in _DATA["triggers"]
)
"""(type, mode, phrases); mode None is generic and refined by ``MODE_CUES``."""

ACT_TRIGGER_WORDS: frozenset[str] = frozenset(
    phrase.split(":")[0]
    for plover, _, phrases in TRIGGERS
    if plover not in SPEECH_TYPES
    for phrase in phrases
    if " " not in phrase
)
"""One-word trigger lemmas of PLOVER's material types: words that name an act done
("attacked", "released"), not a way of saying something. The triggers of its verbal
types ("endorsed", "opposed", "talked about") name what somebody said."""

ACT_TRIGGER_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    tuple(word.split(":")[0] for word in phrase.split())
    for plover, _, phrases in TRIGGERS
    if plover not in SPEECH_TYPES
    for phrase in phrases
    if " " in phrase
)
"""Trigger phrases of PLOVER's material types, as lemma sequences: "open fire",
"take control", "blow up" name an act done, whatever their first verb says alone."""

MODE_CUES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (entry["mode"], phrase_tuple(entry["phrases"])) for entry in _DATA["mode_cues"]
)
"""Modes for generic ASSAULT triggers, most specific first."""

ACCIDENT_CUES: tuple[str, ...] = phrase_tuple(_DATA["accident_cues"])
NATURAL_HAZARD_CUES: tuple[str, ...] = phrase_tuple(_DATA["natural_hazard_cues"])
WEAPON_NOUNS = _WORDS["weapon_nouns"]
TALLY_LEMMAS = _WORDS["tally_lemmas"]
PERSON_NOUNS = _WORDS["person_nouns"]
ARMED_NOUNS = _WORDS["armed_nouns"]
ORG_NOUNS = _WORDS["org_nouns"]
STATE_FORCE_NOUNS = _WORDS["state_force_nouns"]
LIGHT_VERBS = _WORDS["light_verbs"]
PROCESS_NOUNS = _WORDS["process_nouns"]
LABOUR_WORDS = _WORDS["labour_words"]
MILITARY_STRIKE_WORDS = _WORDS["military_strike_words"]
REPORTING_VERBS = _WORDS["reporting_verbs"]
PRESS_NOUNS = _WORDS["press_nouns"]
NON_PARTICIPANTS = _WORDS["non_participants"]
VICTIM_NOUNS = _WORDS["victim_nouns"]
RESIDENT_NOUNS = _WORDS["resident_nouns"]
NAME_GENERICS = _WORDS["name_generics"]
HARM_LEMMAS = _WORDS["harm_lemmas"]
TOLL_LEMMAS = _WORDS["toll_lemmas"]
LETHAL_LEMMAS = _WORDS["lethal_lemmas"]
LEADER_NOUNS = _WORDS["leader_nouns"]
AIMING_VERBS = _WORDS["aiming_verbs"]
BLAST_VERBS = _WORDS["blast_verbs"]
BLAST_SITE_PREPS = _WORDS["blast_site_preps"]
DIPLOMAT_WORDS: tuple[str, ...] = word_tuple(_DATA["words"]["diplomat_words"])
UNACCUSATIVE_VERBS = _WORDS["unaccusative_verbs"]
SEIZED_WEAPONS = WEAPON_NOUNS | _WORDS["seized_weapons"]
QUANTITY_HEADS = _WORDS["quantity_heads"]
COUNT_WORDS = _WORDS["count_words"]
INTENT_VERBS = _WORDS["intent_verbs"]
PLACE_PREPS = _WORDS["place_preps"]
TRANSFER_VERBS = _WORDS["transfer_verbs"]
FIGHTER_NOUNS = _WORDS["fighter_nouns"]
TERRITORY_NOUNS = _WORDS["territory_nouns"]
THROWING_VERBS = _WORDS["throwing_verbs"]
VIOLENT_MANNER = _WORDS["violent_manner"]
FORMATION_VERBS = _WORDS["formation_verbs"]
DROPPING_VERBS = _WORDS["dropping_verbs"]
BUILDUP_VERBS = _WORDS["buildup_verbs"]
UNIT_NOUNS = _WORDS["unit_nouns"]
THROWN_GRENADES = _WORDS["thrown_grenades"]
THROWN_RIOT_OBJECTS = _WORDS["thrown_riot_objects"]
UNILATERAL_DOCUMENTS = _WORDS["unilateral_documents"]
END_BOUND_PREPS = _WORDS["end_bound_preps"]
PROCEDURE_VERBS = _WORDS["procedure_verbs"]
RELEASED_INFORMATION = _WORDS["released_information"]
ANSWERING_VERBS = _WORDS["answering_verbs"]
QUERY_NOUNS = _WORDS["query_nouns"]
DISCONTINUE_VERBS = _WORDS["discontinue_verbs"]
DEPLOYED_NOUNS = _WORDS["deployed_nouns"]
BASE_VERBS = _WORDS["base_verbs"]
BASE_WORDS = _WORDS["base_words"]
BASE_POST_MODIFIERS = _WORDS["base_post_modifiers"]
ABSTRACT_STRIKERS = _WORDS["abstract_strikers"]
NON_FORCE_MEASURES = _WORDS["non_force_measures"]
POLICY_NOUNS = _WORDS["policy_nouns"]
AGGREGATE_HEADS = _WORDS["aggregate_heads"]
DETENTION_STATES = _WORDS["detention_states"]
RELIEF_GOODS = _WORDS["relief_goods"]
POLICE_NOUNS = _WORDS["police_nouns"]
GATHERING_VERBS = _WORDS["gathering_verbs"]
GOING_VERBS = _WORDS["going_verbs"]
GOING_PREPS = _WORDS["going_preps"]
MASSED_FORCES = DEPLOYED_NOUNS | _WORDS["war_vehicles"]
ABANDONING_VERBS = _WORDS["abandoning_verbs"]
GROWING_QUANTITIES = _WORDS["growing_quantities"]
OCCURRENCE_NOUNS = PROCESS_NOUNS | _WORDS["occurrence_nouns"]
UNIFORMED_NOUNS = _WORDS["uniformed_nouns"]
EMPLOYMENT_NOUNS = _WORDS["employment_nouns"]
ENTRY_PREPS = _WORDS["entry_preps"]
FICTION_NOUNS = _WORDS["fiction_nouns"]
DEPICTING_VERBS = _WORDS["depicting_verbs"]
SPORTS_WORDS = _WORDS["sports_words"]
GAME_METAPHORS = _WORDS["game_metaphors"]
CRITICISM_ADJECTIVES = _WORDS["criticism_adjectives"]
EXPLOSIVE_DEVICES = _WORDS["explosive_devices"]
PROJECTILES = _WORDS["projectiles"]
LANDING_VERBS = _WORDS["landing_verbs"]
DIRECTING_VERBS = _WORDS["directing_verbs"]
MANNED_AIRCRAFT = _WORDS["manned_aircraft"]

# Heads before which an event noun names a kind of doer or instrument ("protest leaders",
# "attack helicopters", "riot police"), not an act.
AGENT_OR_INSTRUMENT_NOUNS = (
    WEAPON_NOUNS
    | PERSON_NOUNS
    | ARMED_NOUNS
    | ORG_NOUNS
    | STATE_FORCE_NOUNS
    | LEADER_NOUNS
    | UNIT_NOUNS
    | FIGHTER_NOUNS
    | _WORDS["vehicle_nouns"]
)
del _DATA, _WORDS  # only the immutable names above outlive the import
