"""A second set of news-style sentences written for these tests after the first
fixes that ``event_claim_cases`` drove, to estimate how event claims hold up on
phrasing no rule was made for. Same format and conventions as ``event_claim_cases``.

Its first measurement (main: P 0.520, R 0.765, strict F1 0.571; after the first
fixes: 0.591, 0.765, 0.615) was taken before anything was changed for it. Three
later fixes came from its errors ("call" with an event noun, a lifted measure,
"insisted" over a past clause), so it is no longer a clean hold-out: write a new one
before quoting it as one.
"""

from __future__ import annotations

from event_claim_cases import OUTLET, A, D, Expected, F, maybe

HOLDOUT: tuple[tuple[str, tuple[Expected, ...]], ...] = (
    (
        "Two rockets slammed into a residential block in the port city on Thursday night,"
        " the civil defence service said.",
        (Expected("slammed|rockets", "ASSAULT", "civil defence", A),),
    ),
    (
        "Separatists shot dead a village head and burned his house, relatives told reporters.",
        (
            Expected("shot|dead", "ASSAULT", "relatives", A),
            Expected("burned", "ASSAULT", "relatives", A),
        ),
    ),
    (
        "Border guards detained 30 migrants trying to cross into the country.",
        (Expected("detained", "COERCE", OUTLET, A),),
    ),
    (
        "The army pulled its last units out of the valley on Saturday.",
        (Expected("pulled", "RETREAT", OUTLET, A),),
    ),
    (
        "A suicide bomber blew himself up at a wedding party, killing at least 20 guests.",
        (Expected("blew|bomber|killing", "ASSAULT", OUTLET, A),),
    ),
    (
        "Farmers blocked the main road with tractors to protest against the new tax.",
        (Expected("blocked|protest", "PROTEST", OUTLET, A),),
    ),
    (
        "The envoy held talks with rebel leaders in the mountains last week.",
        (Expected("talks|held", "CONSULT", OUTLET, A),),
    ),
    (
        "The government lifted the state of emergency in three provinces.",
        (Expected("lifted", "CONCEDE", OUTLET, A),),
    ),
    (
        "The militia freed four foreign aid workers it had held since March.",
        (Expected("freed", "RETREAT", OUTLET, A),),
    ),
    (
        "Japan pledged 50 million dollars in humanitarian assistance for the refugees.",
        (Expected("pledged|assistance", "AID", OUTLET, A),),
    ),
    (
        "The police chief said officers had not fired a single shot during the protest.",
        (Expected("fired|shot", "ASSAULT", "police chief", D), maybe("protest", "PROTEST", A)),
    ),
    (
        "The rebels denied they had kidnapped the priest.",
        (Expected("kidnapped", "ASSAULT", "rebels", D), maybe("denied", "REJECT", A)),
    ),
    (
        "The army never attacked the hospital, the spokesman insisted.",
        (Expected("attacked", "ASSAULT", "spokesman", D),),
    ),
    (
        "Diplomats worry that the fighting could spread to neighbouring states.",
        (maybe("fighting", "ASSAULT", A),),
    ),
    (
        "Unless a deal is reached by Friday, the union will call a nationwide strike.",
        (maybe("deal|reached", "AGREE"), maybe("call|strike", "PROTEST", F)),
    ),
    (
        "A ground invasion would be a grave mistake, the senator said.",
        (maybe("invasion", "ASSAULT"),),
    ),
    (
        "Militias in the area tend to loot shops whenever they enter a town.",
        (maybe("loot", "ASSAULT"),),
    ),
    (
        "Peacekeepers may be sent to the region later this year.",
        (maybe("sent", "MOBILIZE|THREATEN"), maybe("sent", "AID")),
    ),
    (
        "Had the convoy left an hour earlier, it would have been hit by the blast.",
        (maybe("hit|blast", "ASSAULT"),),
    ),
    (
        "Was the hospital struck deliberately? Nobody has answered that question.",
        (maybe("struck", "ASSAULT"),),
    ),
    ("Violence never solves anything, the archbishop told the crowd.", ()),
    ("The so-called peace process has produced nothing but words.", ()),
    ("A storm of criticism hit the minister after his remarks.", ()),
    (
        "The region has known little but conflict since independence.",
        (maybe("conflict", "ASSAULT", A),),
    ),
    (
        "The museum marks the anniversary of the massacre every year.",
        (maybe("massacre", "ASSAULT", A),),
    ),
    ("Reporters reached the mayor by phone late on Monday.", ()),
    (
        "The rate of kidnappings in the province has fallen sharply.",
        (maybe("kidnappings", "ASSAULT"),),
    ),
    (
        "A group calling itself the Free Eagles said it carried out the bombing.",
        (Expected("bombing|carried", "ASSAULT", "Free Eagles", A),),
    ),
    (
        "Gunmen who stormed the hotel on Tuesday are still holding several guests, police said.",
        (
            Expected("stormed", "ASSAULT", "police", A),
            maybe("holding", "ASSAULT", A),
        ),
    ),
    (
        "The attack on the convoy was condemned by the United Nations.",
        (Expected("condemned", "ACCUSE", "United Nations", A), maybe("attack", "ASSAULT", A)),
    ),
)
