"""Harder invented news paragraphs with the attributions a reader marks in them.

A second set, written by hand for warledger (no text from any corpus) on 7 Dec
2026 before the attribution changes of that day were made, in another style
than ``attribution_cases.py``: conflict reporting with officials' statements
that contradict each other, long indirect speech, quotations split around their
speaker, "according to" in the middle of a sentence, and reports nested inside
reports. Conventions are those of ``attribution_cases.py`` (PolNeAR's): a
quotation keeps its marks; a plain content stops before the full stop; a
source with an apposition keeps the comma that closes it and a cue keeps its
colon (as PolNeAR's annotators do: 995 against 116 and 442 against 24 times in
its train split); a
content split around its own attribution is scored as its envelope; a
participle report ("saying", "adding") has no source of its own. Each expected
span is given as its text and is unique in its case.
"""

from __future__ import annotations

from attribution_cases import Expected

CASES: list[tuple[str, list[Expected]]] = [
    (
        "The interior minister told parliament on Wednesday that security forces had "
        "detained more than 300 people in the southern provinces since the start of the "
        "month, most of them on suspicion of smuggling weapons across the river, and that "
        "a further 40 were being sought.",
        [
            Expected(
                "The interior minister",
                "told",
                "that security forces had detained more than 300 people in the southern "
                "provinces since the start of the month, most of them on suspicion of "
                "smuggling weapons across the river, and that a further 40 were being sought",
            )
        ],
    ),
    (
        "“The road to the capital is open again,” said Colonel Ivo Marsh, the army's chief "
        "spokesman, “but convoys will need escorts for some weeks.”",
        [
            Expected(
                "Colonel Ivo Marsh, the army's chief spokesman,",
                "said",
                "“The road to the capital is open again,” said Colonel Ivo Marsh, the army's "
                "chief spokesman, “but convoys will need escorts for some weeks.”",
            )
        ],
    ),
    (
        "The militants, according to two security officials who spoke on condition of "
        "anonymity, had crossed the frontier at night in stolen trucks.",
        [
            Expected(
                "two security officials who spoke on condition of anonymity",
                "according to",
                "The militants, according to two security officials who spoke on condition "
                "of anonymity, had crossed the frontier at night in stolen trucks",
            )
        ],
    ),
    (
        "The separatists said their forces had shot down a government helicopter near "
        "Kerevo. The defence ministry denied the claim, saying the aircraft had crashed "
        "because of a technical fault.",
        [
            Expected(
                "The separatists",
                "said",
                "their forces had shot down a government helicopter near Kerevo",
            ),
            Expected("The defence ministry", "denied", "the claim"),
            Expected(None, "saying", "the aircraft had crashed because of a technical fault"),
        ],
    ),
    (
        "A senior diplomat said the rebels had told mediators they would free the hostages "
        "only if the army withdrew from the valley.",
        [
            Expected(
                "A senior diplomat",
                "said",
                "the rebels had told mediators they would free the hostages only if the "
                "army withdrew from the valley",
            ),
            Expected(
                "the rebels",
                "had told",
                "they would free the hostages only if the army withdrew from the valley",
            ),
        ],
    ),
    (
        "“We buried eleven people this morning,” the village elder, Hamid Soran, said. "
        "“Four of them were children. Nobody from the government has come.”",
        [
            Expected(
                "the village elder, Hamid Soran,",
                "said",
                "“We buried eleven people this morning,” the village elder, Hamid Soran, "
                "said. “Four of them were children. Nobody from the government has come.”",
            )
        ],
    ),
    (
        "Local health authorities reported that 27 people had died, while the United "
        "Nations said at least 35 civilians had been killed, among them nine aid workers.",
        [
            Expected("Local health authorities", "reported", "that 27 people had died"),
            Expected(
                "the United Nations",
                "said",
                "at least 35 civilians had been killed, among them nine aid workers",
            ),
        ],
    ),
    (
        "A spokesman for the coalition, who asked not to be named because he was not "
        "authorised to speak publicly, said the strikes had targeted only military depots.",
        [
            Expected(
                "A spokesman for the coalition, who asked not to be named because he was not "
                "authorised to speak publicly,",
                "said",
                "the strikes had targeted only military depots",
            )
        ],
    ),
    (
        "According to figures released by the regional health office on Thursday, cholera "
        "cases in the camps have doubled in two weeks.",
        [
            Expected(
                "figures released by the regional health office on Thursday",
                "According to",
                "cholera cases in the camps have doubled in two weeks",
            )
        ],
    ),
    (
        "In a statement posted on its website, the ministry of defence insisted that its "
        "troops “acted in full accordance with the rules of engagement” and that no "
        "civilians were harmed.",
        [
            Expected(
                "the ministry of defence",
                "insisted",
                "that its troops “acted in full accordance with the rules of engagement” "
                "and that no civilians were harmed",
            )
        ],
    ),
    (
        "Government troops had pushed the insurgents out of three districts in the north "
        "and were now advancing on the provincial capital, where as many as 2,000 fighters "
        "remain dug in, military officials said.",
        [
            Expected(
                "military officials",
                "said",
                "Government troops had pushed the insurgents out of three districts in the "
                "north and were now advancing on the provincial capital, where as many as "
                "2,000 fighters remain dug in",
            )
        ],
    ),
    (
        "The rebel spokesman dismissed the reports of a massacre. His fighters, he said, "
        "had left the town two days before the killings.",
        [
            Expected("The rebel spokesman", "dismissed", "the reports of a massacre"),
            Expected(
                "he",
                "said",
                "His fighters, he said, had left the town two days before the killings",
            ),
        ],
    ),
    (
        "Aid agencies warned on Friday that the closure of the last border crossing could "
        "leave half a million people without food by the end of the month.",
        [
            Expected(
                "Aid agencies",
                "warned",
                "that the closure of the last border crossing could leave half a million "
                "people without food by the end of the month",
            )
        ],
    ),
    (
        "The mayor said that, according to police, the gunmen had escaped in a white van.",
        [
            Expected(
                "The mayor",
                "said",
                "that, according to police, the gunmen had escaped in a white van",
            ),
            Expected("police", "according to", "the gunmen had escaped in a white van"),
        ],
    ),
    (
        "Kovari officials accused the neighbouring state of shelling border villages. "
        "Officials in Darsk rejected the accusation. The shells, they said, had been fired "
        "by Kovari's own artillery.",
        [
            Expected(
                "Kovari officials",
                "accused",
                "the neighbouring state of shelling border villages",
            ),
            Expected("Officials in Darsk", "rejected", "the accusation"),
            Expected(
                "they",
                "said",
                "The shells, they said, had been fired by Kovari's own artillery",
            ),
        ],
    ),
    (
        "The minister said the government had no plans to reopen negotiations. Any talks, "
        "she added, would have to wait until the rebels laid down their arms.",
        [
            Expected(
                "The minister",
                "said",
                "the government had no plans to reopen negotiations",
            ),
            Expected(
                "she",
                "added",
                "Any talks, she added, would have to wait until the rebels laid down their arms",
            ),
        ],
    ),
    (
        "The strike killed at least twelve fighters, including a senior commander, "
        "according to a statement from the coalition issued late on Sunday.",
        [
            Expected(
                "a statement from the coalition issued late on Sunday",
                "according to",
                "The strike killed at least twelve fighters, including a senior commander",
            )
        ],
    ),
    (
        "Speaking at a news conference in the capital, the foreign minister said: “Our "
        "patience has limits. If the attacks continue, we will respond.”",
        [
            Expected(
                "the foreign minister",
                "said:",
                "“Our patience has limits. If the attacks continue, we will respond.”",
            )
        ],
    ),
    (
        "A senior official in the prime minister's office stressed that the withdrawal was "
        "“temporary and tactical” and not a sign of weakness.",
        [
            Expected(
                "A senior official in the prime minister's office",
                "stressed",
                "that the withdrawal was “temporary and tactical” and not a sign of weakness",
            )
        ],
    ),
    (
        "“Where are the doctors?” asked Mirela Dunsk, whose son was wounded in the blast. "
        "“We have been waiting here since morning.”",
        [
            Expected(
                "Mirela Dunsk, whose son was wounded in the blast",
                "asked",
                "“Where are the doctors?” asked Mirela Dunsk, whose son was wounded in the "
                "blast. “We have been waiting here since morning.”",
            )
        ],
    ),
    (
        "Witnesses told the agency that the soldiers had gone from house to house, dragging "
        "men into the street and beating those who resisted.",
        [
            Expected(
                "Witnesses",
                "told",
                "that the soldiers had gone from house to house, dragging men into the "
                "street and beating those who resisted",
            )
        ],
    ),
    (
        "Analysts believe the offensive is aimed at cutting the supply road before winter.",
        [
            Expected(
                "Analysts",
                "believe",
                "the offensive is aimed at cutting the supply road before winter",
            )
        ],
    ),
    (
        "The police said officers had been attacked with stones and petrol bombs. Protest "
        "organisers insisted the march had been peaceful until riot units charged the crowd.",
        [
            Expected(
                "The police",
                "said",
                "officers had been attacked with stones and petrol bombs",
            ),
            Expected(
                "Protest organisers",
                "insisted",
                "the march had been peaceful until riot units charged the crowd",
            ),
        ],
    ),
    (
        "The commander of the peacekeeping force, General Anja Velt, said her troops had "
        "recorded 48 violations of the truce in the past 24 hours, most of them involving "
        "heavy weapons that both sides had agreed to withdraw.",
        [
            Expected(
                "The commander of the peacekeeping force, General Anja Velt,",
                "said",
                "her troops had recorded 48 violations of the truce in the past 24 hours, "
                "most of them involving heavy weapons that both sides had agreed to withdraw",
            )
        ],
    ),
    (
        "The bridge had been mined weeks before the retreat, said a former officer who "
        "served in the unit.",
        [
            Expected(
                "a former officer who served in the unit",
                "said",
                "The bridge had been mined weeks before the retreat",
            )
        ],
    ),
    (
        "The governor visited the flooded districts on Monday. He promised that every "
        "family that had lost its home would receive compensation within three months.",
        [
            Expected(
                "He",
                "promised",
                "that every family that had lost its home would receive compensation "
                "within three months",
            )
        ],
    ),
    (
        "“They came at night,” one survivor recalled. Another said: “We heard the planes "
        "but there was nowhere to hide.”",
        [
            Expected("one survivor", "recalled", "“They came at night,”"),
            Expected(
                "Another",
                "said:",
                "“We heard the planes but there was nowhere to hide.”",
            ),
        ],
    ),
    (
        "The rebels have threatened to blow up the dam if government forces advance further.",
        [
            Expected(
                "The rebels",
                "have threatened",
                "to blow up the dam if government forces advance further",
            )
        ],
    ),
    (
        "The army insisted its artillery had hit only positions from which mortars were "
        "being fired. But residents of the district said that the shells had landed on a "
        "crowded market.",
        [
            Expected(
                "The army",
                "insisted",
                "its artillery had hit only positions from which mortars were being fired",
            ),
            Expected(
                "residents of the district",
                "said",
                "that the shells had landed on a crowded market",
            ),
        ],
    ),
]
