"""A third invented attribution set, aimed at the faults PolNeAR dev shows most.

Written by hand for warledger (no text from any corpus) on 7 Dec 2026, before
any of that afternoon's attribution changes, as the honest estimate of how the
shipped tagger and rules carry to text they were not tuned on. It leans on what
the first two sets have little of: reporting and belief words beyond "said"
(acknowledged, insisted, estimated, warned, conceded, fear, believe, vowed),
"said in a statement", "according to" at either end, nominal cues with a
possessive source ("the general's claim that"), reports nested inside reports,
denials, quotations that run over two sentences, pronoun sources, anonymous
sources with long appositions, contents that stop before a narrator's "but" or
"while" clause and contents that run through a comma, and sentences with no
attribution at all (so spurious ones cost precision). Conventions are those of
``attribution_cases_conflict.py`` (PolNeAR's): a quotation keeps its marks, a
plain content stops before the full stop, a cue keeps its auxiliaries and its
colon, the hearer after "told" is no part of the cue, a possessive source keeps
its "'s", a content split around its own attribution is scored as its envelope,
and a participle report ("adding", "calling") has no source of its own.
"""

from __future__ import annotations

from attribution_cases import Expected

CASES: list[tuple[str, list[Expected]]] = [
    (
        "Rebel commanders acknowledged on Sunday that dozens of their fighters had been "
        "captured near the dam.",
        [
            Expected(
                "Rebel commanders",
                "acknowledged",
                "that dozens of their fighters had been captured near the dam",
            )
        ],
    ),
    (
        "The general insisted that no villages had been bombed during the offensive, but "
        "aid workers in the area counted at least four destroyed houses.",
        [
            Expected(
                "The general",
                "insisted",
                "that no villages had been bombed during the offensive",
            )
        ],
    ),
    (
        "Officials estimated that about 12,000 people had fled the district, while the "
        "roads to the south remained blocked by snow.",
        [
            Expected(
                "Officials",
                "estimated",
                "that about 12,000 people had fled the district",
            )
        ],
    ),
    (
        "The opposition conceded that its candidate had lost the northern provinces.",
        [
            Expected(
                "The opposition",
                "conceded",
                "that its candidate had lost the northern provinces",
            )
        ],
    ),
    (
        "Border guards warned that the crossing would close at dusk for the rest of the week.",
        [
            Expected(
                "Border guards",
                "warned",
                "that the crossing would close at dusk for the rest of the week",
            )
        ],
    ),
    (
        "In a statement, the Ministry of Foreign Affairs said the ambassador had been "
        "recalled for consultations.",
        [
            Expected(
                "the Ministry of Foreign Affairs",
                "said",
                "the ambassador had been recalled for consultations",
            )
        ],
    ),
    (
        "The army said in a statement that two of its soldiers had been wounded by a "
        "roadside bomb.",
        [
            Expected(
                "The army",
                "said in a statement",
                "that two of its soldiers had been wounded by a roadside bomb",
            )
        ],
    ),
    (
        "A police officer, speaking on condition of anonymity because he was not allowed "
        "to talk to the press, said three suspects had been arrested.",
        [
            Expected(
                "A police officer, speaking on condition of anonymity because he was not "
                "allowed to talk to the press,",
                "said",
                "three suspects had been arrested",
            )
        ],
    ),
    (
        "Five soldiers were killed in the ambush, according to a statement from the "
        "provincial governor's office.",
        [
            Expected(
                "a statement from the provincial governor's office",
                "according to",
                "Five soldiers were killed in the ambush",
            )
        ],
    ),
    (
        "According to local residents, the militia set fire to the market before withdrawing.",
        [
            Expected(
                "local residents",
                "According to",
                "the militia set fire to the market before withdrawing",
            )
        ],
    ),
    (
        "The mayor said a police commander had told him that the attackers wore army uniforms.",
        [
            Expected(
                "The mayor",
                "said",
                "a police commander had told him that the attackers wore army uniforms",
            ),
            Expected(
                "a police commander",
                "had told",
                "that the attackers wore army uniforms",
            ),
        ],
    ),
    (
        "Witnesses told reporters that soldiers had said they were searching for weapons.",
        [
            Expected(
                "Witnesses",
                "told",
                "that soldiers had said they were searching for weapons",
            ),
            Expected("soldiers", "had said", "they were searching for weapons"),
        ],
    ),
    (
        "The embassy denied that any of its staff had been involved in the smuggling ring.",
        [
            Expected(
                "The embassy",
                "denied",
                "that any of its staff had been involved in the smuggling ring",
            )
        ],
    ),
    (
        "The separatist leadership rejected the allegations, calling them a provocation.",
        [
            Expected("The separatist leadership", "rejected", "the allegations"),
            Expected(None, "calling", "them a provocation"),
        ],
    ),
    (
        "“Our men held the bridge for six hours,” the commander told the agency. “When the "
        "ammunition ran out, we pulled back.”",
        [
            Expected(
                "the commander",
                "told",
                "“Our men held the bridge for six hours,” the commander told the agency. "
                "“When the ammunition ran out, we pulled back.”",
            )
        ],
    ),
    (
        "The president said: “We will rebuild every house that was destroyed.”",
        [
            Expected(
                "The president",
                "said:",
                "“We will rebuild every house that was destroyed.”",
            )
        ],
    ),
    (
        "Lena Varga, a nurse at the district hospital, has worked through three sieges. "
        "“There is no ceasefire,” she said.",
        [Expected("she", "said", "“There is no ceasefire,”")],
    ),
    (
        "The general's claim that the city had been cleared of fighters was contradicted "
        "by fresh fighting on Monday.",
        [
            Expected(
                "The general's",
                "claim",
                "that the city had been cleared of fighters",
            )
        ],
    ),
    (
        "Human rights groups have accused the police of torturing detainees.",
        [
            Expected(
                "Human rights groups",
                "have accused",
                "the police of torturing detainees",
            )
        ],
    ),
    (
        "Two people familiar with the talks said the rebels had asked for an amnesty.",
        [
            Expected(
                "Two people familiar with the talks",
                "said",
                "the rebels had asked for an amnesty",
            )
        ],
    ),
    (
        "A senior Western diplomat, who declined to be identified, said the sanctions were "
        "unlikely to be lifted this year.",
        [
            Expected(
                "A senior Western diplomat, who declined to be identified,",
                "said",
                "the sanctions were unlikely to be lifted this year",
            )
        ],
    ),
    (
        "Police said the protest had been peaceful, but video footage shared online showed "
        "officers beating demonstrators.",
        [Expected("Police", "said", "the protest had been peaceful")],
    ),
    (
        "Residents fear that the militia will return once the peacekeepers leave.",
        [
            Expected(
                "Residents",
                "fear",
                "that the militia will return once the peacekeepers leave",
            )
        ],
    ),
    (
        "Analysts believe the group has fewer than 500 fighters left.",
        [Expected("Analysts", "believe", "the group has fewer than 500 fighters left")],
    ),
    (
        "Journalists asked the minister whether the troops would stay.",
        [Expected("Journalists", "asked", "whether the troops would stay")],
    ),
    (
        "The ministry said the strike had hit an arms depot and that no civilians had been hurt.",
        [
            Expected(
                "The ministry",
                "said",
                "the strike had hit an arms depot and that no civilians had been hurt",
            )
        ],
    ),
    (
        "The spokesman said that, despite the heavy rain, the convoy had reached the town "
        "before dark.",
        [
            Expected(
                "The spokesman",
                "said",
                "that, despite the heavy rain, the convoy had reached the town before dark",
            )
        ],
    ),
    (
        "A surgeon at the clinic said supplies of blood were running out. The doctors, he "
        "added, had worked without electricity for two days.",
        [
            Expected(
                "A surgeon at the clinic",
                "said",
                "supplies of blood were running out",
            ),
            Expected(
                "he",
                "added",
                "The doctors, he added, had worked without electricity for two days",
            ),
        ],
    ),
    (
        "Kirov's government has repeatedly denied sending troops across the border.",
        [
            Expected(
                "Kirov's government",
                "has repeatedly denied",
                "sending troops across the border",
            )
        ],
    ),
    (
        "The report, published by a coalition of local monitors, found that at least 60 "
        "schools had been damaged.",
        [
            Expected(
                "The report, published by a coalition of local monitors,",
                "found",
                "that at least 60 schools had been damaged",
            )
        ],
    ),
    (
        "Satellite images show that the camp has doubled in size since March.",
        [
            Expected(
                "Satellite images",
                "show",
                "that the camp has doubled in size since March",
            )
        ],
    ),
    (
        "Officials say the dam is at risk of collapse.",
        [Expected("Officials", "say", "the dam is at risk of collapse")],
    ),
    (
        "The foreign minister tweeted that the talks had been useful.",
        [Expected("The foreign minister", "tweeted", "that the talks had been useful")],
    ),
    (
        "Hospital staff reported receiving 40 wounded by noon.",
        [Expected("Hospital staff", "reported", "receiving 40 wounded by noon")],
    ),
    (
        "A statement from the army said the road had been reopened to traffic.",
        [
            Expected(
                "A statement from the army",
                "said",
                "the road had been reopened to traffic",
            )
        ],
    ),
    (
        "The rebels claimed responsibility for the attack on the fuel depot.",
        [
            Expected(
                "The rebels",
                "claimed",
                "responsibility for the attack on the fuel depot",
            )
        ],
    ),
    (
        "Colonel Dario Venn leads the negotiating team. He said the prisoners would be "
        "exchanged on Friday, adding that the list of names was not yet final.",
        [
            Expected("He", "said", "the prisoners would be exchanged on Friday"),
            Expected(None, "adding", "that the list of names was not yet final"),
        ],
    ),
    (
        "According to the ministry, the pilot told investigators that the engine had failed.",
        [
            Expected(
                "the ministry",
                "According to",
                "the pilot told investigators that the engine had failed",
            ),
            Expected("the pilot", "told", "that the engine had failed"),
        ],
    ),
    (
        "The group's leader vowed to continue fighting until the last foreign soldier left.",
        [
            Expected(
                "The group's leader",
                "vowed",
                "to continue fighting until the last foreign soldier left",
            )
        ],
    ),
    (
        "Speaking to reporters in the capital, the prime minister said the country would "
        "not give up any territory.",
        [
            Expected(
                "the prime minister",
                "said",
                "the country would not give up any territory",
            )
        ],
    ),
    (
        "The bridge over the river was destroyed in the fighting last spring and has not "
        "been rebuilt.",
        [],
    ),
    (
        "It was not immediately clear who was behind the attack.",
        [],
    ),
]
