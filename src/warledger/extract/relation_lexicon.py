"""The words that trigger relation patterns, by lemma.

Kept apart from the patterns (``relations``, ``relation_transfers``) so that a
reader can see at once which words make which relation, and so that the
patterns read as syntax. The words themselves, each set with a comment on what
it is for, are in ``kb/data/en/relations.yaml``; every set is of lemmas.
"""

from __future__ import annotations

from types import MappingProxyType

from warledger.kb.lexicon import load_lexicon, word_set, word_tuple
from warledger.model import ActorKind, RelationPredicate

_DATA = load_lexicon("relations")

SPONSOR_VERBS = word_set(_DATA["sponsor_verbs"])
SPONSOR_NOUNS = word_set(_DATA["sponsor_nouns"])
COMMAND_VERBS = word_set(_DATA["command_verbs"])
COMMAND_BODY_VERBS = word_set(_DATA["command_body_verbs"])
ANSWERING_VERBS = word_set(_DATA["answering_verbs"])
BELONGING_VERBS = word_set(_DATA["belonging_verbs"])
DEPLOY_VERBS = word_set(_DATA["deploy_verbs"])
DEPLOY_NOUNS = word_set(_DATA["deploy_nouns"])
PERSONNEL_NOUNS = word_set(_DATA["personnel_nouns"])
STATIONING_VERBS = word_set(_DATA["stationing_verbs"])
RECRUIT_LEMMAS = word_set(_DATA["recruit_lemmas"])
ARRIVAL_VERBS = word_set(_DATA["arrival_verbs"])
DESTINATION_PREPS = word_set(_DATA["destination_preps"])
REGION_NOUNS = word_set(_DATA["region_nouns"])
PRESENCE_VERBS = word_set(_DATA["presence_verbs"])
FIGHT_VERBS = word_set(_DATA["fight_verbs"])
EFFORT_NOUNS = word_set(_DATA["effort_nouns"])
HOSTILE_NOUNS = word_set(_DATA["hostile_nouns"])
UNDERTAKING_NOUNS = word_set(_DATA["undertaking_nouns"])
HELPING_WORDS = word_set(_DATA["helping_words"])
ALLEGIANCE_ADJECTIVES = word_set(_DATA["allegiance_adjectives"])
ALLEGIANCE_NOUNS = word_set(_DATA["allegiance_nouns"])
ORDER_NOUNS = word_set(_DATA["order_nouns"])
BACKING_PURPOSES = word_set(_DATA["backing_purposes"])
EMPLOYING_VERBS = word_set(_DATA["employing_verbs"])
HIRING_VERBS = word_set(_DATA["hiring_verbs"])
MATERIAL_SUPPORT_WORDS = word_set(_DATA["material_support_words"])
RECEIVING_SUPPORT_VERBS = word_set(_DATA["receiving_support_verbs"])
IMPACT_VERBS = word_set(_DATA["impact_verbs"])
CLASH_NOUNS = word_set(_DATA["clash_nouns"])
RECIPROCAL_VERBS = word_set(_DATA["reciprocal_verbs"])
FACILITY_HEADS = word_set(_DATA["facility_heads"])
SERIES_NOUNS = word_set(_DATA["series_nouns"])
PARTY_NOUNS = word_set(_DATA["party_nouns"])
CAPTURE_VERBS = word_set(_DATA["capture_verbs"])
WAGING_VERBS = word_set(_DATA["waging_verbs"])
AGAINST_VERBS = word_set(_DATA["against_verbs"])
ALLY_VERBS = word_set(_DATA["ally_verbs"])
JOIN_VERBS = word_set(_DATA["join_verbs"])
ASSIGNMENT_VERBS = word_set(_DATA["assignment_verbs"])
UNIT_NOUNS = word_set(_DATA["unit_nouns"])
LEADER_NOUNS = word_set(_DATA["leader_nouns"])
MEMBER_NOUNS = word_set(_DATA["member_nouns"])
ALLY_NOUNS = word_set(_DATA["ally_nouns"])
PROXY_NOUNS = word_set(_DATA["proxy_nouns"])
BACKER_NOUNS = word_set(_DATA["backer_nouns"])
MEMBER_MODIFIERS = word_set(_DATA["member_modifiers"])
ACCUSE_VERBS = word_set(_DATA["accuse_verbs"])
ANAPHORIC_HEADS = word_set(_DATA["anaphoric_heads"])
ANAPHORIC_ARMED_HEADS = word_set(_DATA["anaphoric_armed_heads"])
RELATIONAL_NOUNS = word_set(_DATA["relational_nouns"])
LOCATIVE_PREPOSITIONS = word_set(_DATA["locative_prepositions"])
HOLDING_VERBS = word_set(_DATA["holding_verbs"])
SEIZING_VERBS = word_set(_DATA["seizing_verbs"])
SEIZING_NOUNS = word_set(_DATA["seizing_nouns"])
USING_VERBS = word_set(_DATA["using_verbs"])
HAVING_CONTROL_VERBS = word_set(_DATA["having_control_verbs"])
FALLING_WORDS = word_set(_DATA["falling_words"])
FIRE_NOUNS = word_set(_DATA["fire_nouns"])
RECEIVING_VERBS = word_set(_DATA["receiving_verbs"])
FIRING_VERBS = word_set(_DATA["firing_verbs"])
OPENING_VERBS = word_set(_DATA["opening_verbs"])
SUPPLY_VERBS = word_set(_DATA["supply_verbs"])
SUPPLY_NOUNS = word_set(_DATA["supply_nouns"])
MATERIEL_NOUNS = word_set(_DATA["materiel_nouns"])
FIGHTER_NOUNS = word_set(_DATA["fighter_nouns"])
"""Nouns naming people or units that fight: the moved object of a deployment."""
GROUP_HEADS = FIGHTER_NOUNS | word_set(_DATA["group_heads"])
"""Heads of a noun phrase that name an armed body through a modifier ("Houthi rebels")."""

CIVILIAN_NOUNS = word_set(load_lexicon("casualties")["civilians"]) | {"people", "person"}
"""Victims who are no side: killing them is an attack, not a fight between sides."""

ARMED_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.PROXY, ActorKind.STATE_FORCE})

MODIFIER_PREDICATES: MappingProxyType[str, RelationPredicate] = MappingProxyType(
    {
        word: RelationPredicate(predicate)
        for predicate, words in _DATA["modifier_predicates"].items()
        for word in word_tuple(words)
    }
)
"""Participles that, fused to a name ("the Iran-backed militia"), state a relation from
the name to the head noun."""

del _DATA  # only the immutable names above outlive the import
