"""Invented news sentences with the attributions a reader marks in them.

Written by hand for warledger (no text from any corpus) before any change to the
attribution component was measured against them, as an honest check of how the
tagger and the rules generalise. Conventions follow PolNeAR's: a content that is
a quotation keeps its quote marks (and the comma inside them); a plain content
stops before the sentence's full stop; the source is the speaker's noun phrase
with its apposition; the cue is the reporting word or words ("according to",
"told reporters"). Each expected span is given as its text, found in the case's
text by ``str.find`` (each is unique in its text).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Expected:
    """One attribution: source (may be None), cue and content, as their texts."""

    source: str | None
    cue: str
    content: str


CASES: list[tuple[str, list[Expected]]] = [
    (
        "The governor of Valmira province said that two bridges had been destroyed overnight.",
        [
            Expected(
                "The governor of Valmira province",
                "said",
                "that two bridges had been destroyed overnight",
            )
        ],
    ),
    (
        "The convoy never reached the camp, a spokeswoman for the relief agency said.",
        [
            Expected(
                "a spokeswoman for the relief agency", "said", "The convoy never reached the camp"
            )
        ],
    ),
    (
        "According to the coastguard, eleven fishermen are still missing after the storm.",
        [
            Expected(
                "the coastguard",
                "According to",
                "eleven fishermen are still missing after the storm",
            )
        ],
    ),
    (
        "“We will not leave our homes,” said Tomas Berka, a farmer from the valley. "
        "“The soldiers can shoot us first.”",
        [
            Expected(
                "Tomas Berka, a farmer from the valley",
                "said",
                "“We will not leave our homes,” said Tomas Berka, a farmer from the valley. "
                "“The soldiers can shoot us first.”",
            )
        ],
    ),
    (
        "The defence ministry denied that its aircraft had struck the market.",
        [Expected("The defence ministry", "denied", "that its aircraft had struck the market")],
    ),
    (
        "In a statement on Sunday, the rebel command claimed that its fighters had "
        "captured three villages near the border.",
        [
            Expected(
                "the rebel command",
                "claimed",
                "that its fighters had captured three villages near the border",
            )
        ],
    ),
    (
        "Prime Minister Adela Rosk told reporters on Tuesday that the talks would resume "
        "next month.",
        [
            Expected(
                "Prime Minister Adela Rosk",
                "told",
                "that the talks would resume next month",
            )
        ],
    ),
    (
        "The opposition leader accused the government of rigging the vote in the north.",
        [
            Expected(
                "The opposition leader",
                "accused",
                "the government of rigging the vote in the north",
            )
        ],
    ),
    (
        "“If the dam breaks,” the engineer warned, “the whole district will be under water.”",
        [
            Expected(
                "the engineer",
                "warned",
                "“If the dam breaks,” the engineer warned, “the whole district will be "
                "under water.”",
            )
        ],
    ),
    (
        "The police chief insisted his officers had fired only rubber bullets.",
        [Expected("The police chief", "insisted", "his officers had fired only rubber bullets")],
    ),
    (
        "Human rights groups have called for an independent inquiry into the killings.",
        [
            Expected(
                "Human rights groups",
                "have called for",
                "an independent inquiry into the killings",
            )
        ],
    ),
    (
        "At least forty people were killed in the raid, according to a report by the "
        "United Nations.",
        [
            Expected(
                "a report by the United Nations",
                "according to",
                "At least forty people were killed in the raid",
            )
        ],
    ),
    (
        "The mayor wrote on Twitter that the water supply had been restored in most "
        "neighbourhoods.",
        [
            Expected(
                "The mayor",
                "wrote",
                "that the water supply had been restored in most neighbourhoods",
            )
        ],
    ),
    (
        "Aid workers estimate that more than 200,000 people have fled the fighting.",
        [
            Expected(
                "Aid workers",
                "estimate",
                "that more than 200,000 people have fled the fighting",
            )
        ],
    ),
    (
        "A police spokesman confirmed that two suspects had been arrested.",
        [Expected("A police spokesman", "confirmed", "that two suspects had been arrested")],
    ),
    (
        "The general, who commands the eastern front, said the offensive had stalled.",
        [
            Expected(
                "The general, who commands the eastern front",
                "said",
                "the offensive had stalled",
            )
        ],
    ),
    (
        "The foreign minister announced that the embassy would close on Friday.",
        [
            Expected(
                "The foreign minister",
                "announced",
                "that the embassy would close on Friday",
            )
        ],
    ),
    (
        "The senator warned that the sanctions would hurt ordinary families, adding that "
        "the bill had been written in haste.",
        [
            Expected(
                "The senator",
                "warned",
                "that the sanctions would hurt ordinary families",
            ),
            Expected(None, "adding", "that the bill had been written in haste"),
        ],
    ),
    (
        "Residents said the shelling began shortly after midnight and lasted until dawn.",
        [
            Expected(
                "Residents",
                "said",
                "the shelling began shortly after midnight and lasted until dawn",
            )
        ],
    ),
    (
        "“This is a crime against civilians,” the archbishop told the crowd.",
        [Expected("the archbishop", "told", "“This is a crime against civilians,”")],
    ),
    (
        "The union has repeatedly criticized the plan to cut rural clinics.",
        [
            Expected(
                "The union",
                "has repeatedly criticized",
                "the plan to cut rural clinics",
            )
        ],
    ),
    (
        "The army's statement read: “All units have returned to their bases.”",
        [
            Expected(
                "The army's statement",
                "read",
                "“All units have returned to their bases.”",
            )
        ],
    ),
    (
        "Officials urged residents to stay indoors until the gas cloud had cleared.",
        [
            Expected(
                "Officials",
                "urged",
                "residents to stay indoors until the gas cloud had cleared",
            )
        ],
    ),
    (
        "The ceasefire is holding, the envoy believes, though both sides remain wary.",
        [
            Expected(
                "the envoy",
                "believes",
                "The ceasefire is holding",
            )
        ],
    ),
    (
        "Doctors at the city hospital reported that fourteen of the wounded were children.",
        [
            Expected(
                "Doctors at the city hospital",
                "reported",
                "that fourteen of the wounded were children",
            )
        ],
    ),
    (
        "The militia's leader vowed to retake the airport within a week.",
        [
            Expected(
                "The militia's leader",
                "vowed",
                "to retake the airport within a week",
            )
        ],
    ),
    (
        "The company said in a statement that none of its staff had been hurt.",
        [
            Expected(
                "The company",
                "said in a statement",
                "that none of its staff had been hurt",
            )
        ],
    ),
    (
        "Witnesses described seeing armed men in uniform enter the school.",
        [
            Expected(
                "Witnesses",
                "described",
                "seeing armed men in uniform enter the school",
            )
        ],
    ),
    (
        "The president's office rejected the accusation as baseless.",
        [
            Expected(
                "The president's office",
                "rejected",
                "the accusation",
            )
        ],
    ),
    (
        "The border guards, a local official said, had opened fire on the crowd without warning.",
        [
            Expected(
                "a local official",
                "said",
                "The border guards, a local official said, had opened fire on the crowd "
                "without warning",
            )
        ],
    ),
    (
        "She argued that the new law gives the police too much power. Her critics disagree.",
        [
            Expected(
                "She",
                "argued",
                "that the new law gives the police too much power",
            )
        ],
    ),
    (
        "Two soldiers died in the ambush, the regional command said on Monday, and five "
        "more were wounded.",
        [
            Expected(
                "the regional command",
                "said",
                "Two soldiers died in the ambush, the regional command said on Monday, and "
                "five more were wounded",
            )
        ],
    ),
    (
        "A new poll shows the incumbent leading by six points among likely voters.",
        [
            Expected(
                "A new poll", "shows", "the incumbent leading by six points among likely voters"
            )
        ],
    ),
    (
        "Many farmers remain skeptical of the trade deal.",
        [Expected("Many farmers", "remain skeptical of", "the trade deal")],
    ),
    (
        "Voters in the district overwhelmingly support the new highway.",
        [Expected("Voters in the district", "support", "the new highway")],
    ),
    (
        "The candidate has vowed to repeal the tax within his first year.",
        [Expected("The candidate", "has vowed", "to repeal the tax within his first year")],
    ),
    (
        "In an interview with a local radio station, the senator defended her vote on the budget.",
        [Expected("the senator", "defended", "her vote on the budget")],
    ),
    (
        "The governor wants the legislature to pass the bill before the summer recess.",
        [
            Expected(
                "The governor",
                "wants",
                "the legislature to pass the bill before the summer recess",
            )
        ],
    ),
    (
        "Critics say the program wastes money, but supporters argue it saves lives.",
        [
            Expected("Critics", "say", "the program wastes money"),
            Expected("supporters", "argue", "it saves lives"),
        ],
    ),
    (
        "“We are not going anywhere,” she said. “This is our land.” Her neighbours nodded.",
        [
            Expected(
                "she",
                "said",
                "“We are not going anywhere,” she said. “This is our land.”",
            )
        ],
    ),
    (
        "The report found that most of the funds had never reached the schools.",
        [Expected("The report", "found", "that most of the funds had never reached the schools")],
    ),
    (
        "Party officials expressed concern about the low turnout.",
        [Expected("Party officials", "expressed concern about", "the low turnout")],
    ),
    (
        "The minister blamed the opposition for the unrest.",
        [Expected("The minister", "blamed", "the opposition for the unrest")],
    ),
]
