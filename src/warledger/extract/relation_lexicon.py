"""The words that trigger relation patterns, by lemma.

Kept apart from the patterns (``relations``, ``relation_transfers``) so that a
reader can see at once which words make which relation, and so that the
patterns read as syntax. Every set is of lemmas (lower case).
"""

from __future__ import annotations

from types import MappingProxyType

from warledger.model import ActorKind, RelationPredicate

P = RelationPredicate

SPONSOR_VERBS = frozenset({"back", "sponsor", "fund", "finance", "bankroll", "arm", "equip"})

COMMAND_VERBS = frozenset({"command", "lead", "head"})

# Verbs of moving fighters somewhere: "X sent fighters to Y".
DEPLOY_VERBS = frozenset(
    {"send", "deploy", "transfer", "dispatch", "ship", "move", "relocate", "redeploy", "airlift"}
) | {"recruit"}

# Nouns of the same acts: "X's transfer of fighters to Y".
DEPLOY_NOUNS = frozenset(
    {"transfer", "deployment", "dispatch", "sending", "relocation", "redeployment", "airlift"}
) | {"recruitment", "shipment"}

# Verbs whose "in" phrase names where the fighters were put ("deployed in Libya").
STATIONING_VERBS = frozenset({"deploy", "redeploy", "station", "base"})

# Recruiting is for a side or a war: "recruited fighters for Azerbaijan".
RECRUIT_LEMMAS = frozenset({"recruit", "recruitment"})

# Motion verbs whose place is the destination of fighters who were sent
# ("fighters deployed by X arrived in Y").
ARRIVAL_VERBS = frozenset({"arrive", "land"})

DESTINATION_PREPS = frozenset({"to", "into", "towards", "toward"})

FIGHT_VERBS = frozenset(
    {"fight", "battle", "clash", "combat", "war", "attack", "defeat", "engage"}
) | {"counter", "confront", "destroy", "eliminate", "degrade", "target"}

# Nouns of a side's undertaking whose infinitive names the act ("the
# Coalition's efforts to defeat ISIL"): the undertaking's owner is the agent.
EFFORT_NOUNS = frozenset(
    {"effort", "strategy", "campaign", "fight", "operation", "mission", "commitment"}
) | {"determination", "bid", "plan", "resolve"}

# Nouns of hostile action whose "against" phrase names the enemy ("strikes against ISIL").
HOSTILE_NOUNS = frozenset(
    {"fight", "campaign", "strike", "airstrike", "attack", "war", "offensive", "operation"}
) | {"raid", "assault", "shelling", "bombing", "mission", "defense", "defence", "position"}

# Verbs of taking something from an enemy: "X liberated the town from Y" means X fought Y.
CAPTURE_VERBS = frozenset(
    {"liberate", "free", "retake", "recapture", "seize", "capture", "wrest", "clear"}
)

# Verbs whose subject performs the hostile action named by their object
# ("X conducted strikes against Y"); "X condemned the attacks against Y" is not one.
WAGING_VERBS = frozenset(
    {"conduct", "carry", "launch", "lead", "wage", "continue", "mount", "join", "intensify"}
) | {"fly", "maintain", "use", "employ"}

# Verbs whose "against" phrase names an enemy of their subject ("Iraqis unite
# against ISIL", "X used chemical weapons against Y"); "X voted against Y" is not one.
AGAINST_VERBS = frozenset({"unite", "rally", "mobilize", "mobilise", "defend", "use", "employ"})

ALLY_VERBS = frozenset({"ally", "side", "align"})

JOIN_VERBS = frozenset({"join"})

LEADER_NOUNS = frozenset({"leader", "commander", "head", "chief", "chairman", "founder"})

MEMBER_NOUNS = frozenset(
    {"member", "fighter", "militant", "operative", "affiliate", "soldier", "wing"}
)

ARMED_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.PROXY, ActorKind.STATE_FORCE})

ALLY_NOUNS = frozenset({"ally", "partner"})

# "X, a proxy of Y": Y backs X, so the role holder is the object.
PROXY_NOUNS = frozenset({"proxy", "client"})

# Participles that, fused to a name ("the Iran-backed militia", "the
# Hezbollah-affiliated group"), state a relation from the name to the head noun.
MODIFIER_PREDICATES: MappingProxyType[str, RelationPredicate] = MappingProxyType(
    {
        **dict.fromkeys(
            ("back", "sponsor", "fund", "finance", "arm", "equip", "support", "train"), P.SPONSORS
        ),
        **dict.fromkeys(("lead", "command", "run", "control"), P.COMMANDS),
        **dict.fromkeys(("ally", "align"), P.ALLIED_WITH),
    }
)
# The same fused participles where the head noun belongs to the name:
# "the Hezbollah-affiliated Kataib militia" is a member of Hezbollah.
MEMBER_MODIFIERS = frozenset({"affiliate", "link", "connect", "tie"})

# Verbs that put their object in the accused role: "X accused Y of sending...".
ACCUSE_VERBS = frozenset({"accuse", "charge", "suspect", "blame"})
