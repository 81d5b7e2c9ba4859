"""A ninth set of proxy-war excerpts, written for these tests before any code was
changed against them: main at 08226fd found 35/52 (strict 27) with 7 spurious claims;
the floors are in ``test_proxy_news_held_out_sets``.

It aims at faults left open after set H: a commander named by a possessive ("the
militia's commander, X", "the brigade's leader") whose men ("his men", "his
fighters") are the group itself; fighters sent with the group only as their
owner ("Fighters of X were sent to Y"); findings of an inquiry ("a UN panel found
that X supplied Y"), whose claimant is the panel; lists of groups or states, which
must give one relation per member and none between the members; and denials in
their wire shapes ("X denied sending...", "X denied receiving... from Y"), whose
claimant is the denier. Group and person names are invented. Claims are (subject,
predicate, object, claimant, stance), matched as in ``proxy_news_cases``.
"""

from __future__ import annotations

from proxy_news_cases import OUTLET, Expected

CASES: tuple[tuple[str, frozenset[Expected]], ...] = tuple(
    (text, frozenset(expected))
    for text, expected in (
        (
            "Fighters of the Liwa Suqur al-Badiya were sent to Libya in January, the Syrian"
            " Observatory for Human Rights said.",
            {("Liwa Suqur al-Badiya", "deploys_fighters_to", "Libya", "Observatory", "asserted")},
        ),
        (
            "Fighters of two Syrian factions, Jaysh al-Tahrir and Firqat al-Mu'tasim, were"
            " flown to Azerbaijan via Turkey, an opposition source said.",
            {
                ("Jaysh al-Tahrir", "deploys_fighters_to", "Azerbaijan", "source", "asserted"),
                ("Firqat al-Mu'tasim", "deploys_fighters_to", "Azerbaijan", "source", "asserted"),
            },
        ),
        (
            "A UN panel of experts found that the United Arab Emirates had supplied the"
            " Tariq Brigade with armoured vehicles.",
            {("United Arab Emirates", "sponsors", "Tariq Brigade", "panel", "asserted")},
        ),
        (
            "United Nations investigators found that Eritrea had supplied weapons to the"
            " Dhaabad militia in breach of the arms embargo.",
            {("Eritrea", "sponsors", "Dhaabad militia", "investigators", "asserted")},
        ),
        (
            "Moscow denied sending fighters to the Central African Republic, calling the"
            " reports Western propaganda.",
            {("Moscow", "deploys_fighters_to", "Central African Republic", "Moscow", "denied")},
        ),
        (
            "A spokesman for Kataib al-Ashtar denied that the group had sent fighters to Syria.",
            {("Kataib al-Ashtar", "deploys_fighters_to", "Syria", "spokesman", "denied")},
        ),
        (
            "Tehran has denied arming the Houthis, though UN experts say Iranian-made"
            " missile parts have been found in Yemen.",
            {("Tehran", "sponsors", "Houthis", "Tehran", "denied")},
        ),
        (
            "The militia's commander, Abu Hamza al-Shuhail, told the Observatory that his men"
            " had fought alongside Russian troops near Palmyra.",
            {
                ("Abu Hamza al-Shuhail", "commands", "militia", OUTLET, "asserted"),
                ("militia", "allied_with", "Russian troops", "Abu Hamza", "asserted"),
            },
        ),
        (
            "The brigade's leader, Haji Karim Nouri, has been a member of the Badr"
            " Organization since the 1990s.",
            {
                ("Karim Nouri", "commands", "brigade", OUTLET, "asserted"),
                ("Karim Nouri", "member_of", "Badr Organization", OUTLET, "asserted"),
            },
        ),
        (
            "Abu Omar, a senior commander in the Jaysh al-Izza group, said his men had been"
            " paid by Turkey to fight in Libya.",
            {
                ("Abu Omar", "commands", "Jaysh al-Izza", OUTLET, "asserted"),
                ("Turkey", "sponsors", "Jaysh al-Izza", "Abu Omar", "asserted"),
            },
        ),
        (
            "Turkey, Qatar and Sudan have all sent fighters to western Libya, a spokesman for"
            " the Libyan National Army said.",
            {
                ("Turkey", "deploys_fighters_to", "Libya", "spokesman", "asserted"),
                ("Qatar", "deploys_fighters_to", "Libya", "spokesman", "asserted"),
                ("Sudan", "deploys_fighters_to", "Libya", "spokesman", "asserted"),
            },
        ),
        (
            "Iran funds the Houthis, Kataib al-Ashtar and the Fatimiyoun Brigade, the State"
            " Department said in its annual report.",
            {
                ("Iran", "sponsors", "Houthis", "State Department", "asserted"),
                ("Iran", "sponsors", "Kataib al-Ashtar", "State Department", "asserted"),
                ("Iran", "sponsors", "Fatimiyoun", "State Department", "asserted"),
            },
        ),
        (
            "Armenia, Russia and Iran held talks in Moscow on Monday about the fighting in"
            " Karabakh.",
            set(),
        ),
        (
            "Hundreds of fighters of the Sahel Liberation Front are fighting on the side of"
            " the Libyan National Army, according to a confidential UN report.",
            {
                (
                    "Sahel Liberation Front",
                    "allied_with",
                    "Libyan National Army",
                    "UN report",
                    "asserted",
                )
            },
        ),
        (
            "The Sahel Liberation Front is fighting government forces and Wagner"
            " contractors in the north, the group said in a statement.",
            {
                (
                    "Sahel Liberation Front",
                    "fighting_against",
                    "government forces",
                    "group",
                    "asserted",
                ),
                ("Sahel Liberation Front", "fighting_against", "Wagner", "group", "asserted"),
            },
        ),
        (
            "The Bani Sakhr tribal force has joined the Southern Resistance Forces, an"
            " official of the force said.",
            {
                (
                    "Bani Sakhr",
                    "member_of",
                    "Southern Resistance Forces",
                    "official",
                    "asserted",
                )
            },
        ),
        (
            "Washington accused Iran of sending Iraqi militiamen to Aleppo to fight alongside"
            " Syrian government forces.",
            {
                ("Iran", "deploys_fighters_to", "Aleppo", "Washington", "asserted"),
                ("militiamen", "allied_with", "Syrian government forces", "Washington", "asserted"),
            },
        ),
        (
            "The Lions of Tripoli militia, which is backed by Turkey, clashed with LNA forces"
            " south of the capital.",
            {
                ("Turkey", "sponsors", "Lions of Tripoli", OUTLET, "asserted"),
                ("Lions of Tripoli", "fighting_against", "LNA", OUTLET, "asserted"),
            },
        ),
        (
            "Israel, the United States and Saudi Arabia regard Hezbollah as a terrorist"
            " organisation.",
            set(),
        ),
        (
            "Egypt and the UAE, the main backers of Khalifa Haftar, condemned the Turkish"
            " deployment.",
            {
                ("Egypt", "sponsors", "Haftar", OUTLET, "asserted"),
                ("UAE", "sponsors", "Haftar", OUTLET, "asserted"),
            },
        ),
        (
            "The Ansar al-Furqan cell, which pledged allegiance to Islamic State in 2019,"
            " claimed the attack.",
            {("Ansar al-Furqan", "member_of", "Islamic State", OUTLET, "asserted")},
        ),
        (
            "The Wagner Group's fighters in Mali answer to the Russian defence ministry, a"
            " French officer said.",
            {
                ("defence ministry", "commands", "Wagner", "officer", "asserted"),
                ("Wagner", "deploys_fighters_to", "Mali", "officer", "asserted"),
            },
        ),
        (
            "Rebel sources said fighters from the Nur al-Haqq brigade had been moved to the"
            " Idlib front to reinforce Hayat Tahrir al-Sham.",
            {
                ("Nur al-Haqq", "deploys_fighters_to", "Idlib", "sources", "asserted"),
                ("Nur al-Haqq", "allied_with", "Hayat Tahrir al-Sham", "sources", "asserted"),
            },
        ),
        (
            "The Houthis denied receiving weapons from Iran, saying their missiles are made"
            " in Yemen.",
            {("Iran", "sponsors", "Houthis", "Houthis", "denied")},
        ),
        (
            "A spokesman for the Free Sahel Army denied that the group was fighting"
            " alongside al-Qaeda's local affiliate.",
            {("Free Sahel Army", "allied_with", "al-Qaeda", "spokesman", "denied")},
        ),
        (
            "The government in Khartoum said Rapid Support Forces fighters commanded by"
            " General Hamdan Dagalo had been sent to Yemen to fight the Houthis.",
            {
                ("Dagalo", "commands", "Rapid Support Forces", "government", "asserted"),
                ("Rapid Support Forces", "deploys_fighters_to", "Yemen", "government", "asserted"),
                ("Rapid Support Forces", "fighting_against", "Houthis", "government", "asserted"),
            },
        ),
        (
            "The Tahrir Brigade, Liwa al-Fath and the Suqur battalion all answer to the"
            " Eastern Command, a spokesman said.",
            {
                ("Eastern Command", "commands", "Tahrir Brigade", "spokesman", "asserted"),
                ("Eastern Command", "commands", "Liwa al-Fath", "spokesman", "asserted"),
                ("Eastern Command", "commands", "Suqur battalion", "spokesman", "asserted"),
            },
        ),
        (
            "The commander of the Syrian Democratic Forces, Mazloum Abdi, said his forces"
            " were fighting Turkish-backed factions near Manbij.",
            {
                ("Mazloum Abdi", "commands", "Syrian Democratic Forces", OUTLET, "asserted"),
                (
                    "Syrian Democratic Forces",
                    "fighting_against",
                    "factions",
                    "Mazloum Abdi",
                    "asserted",
                ),
                ("Turkish", "sponsors", "factions", "Mazloum Abdi", "asserted"),
            },
        ),
        (
            "Afghan fighters of the Fatimiyoun Brigade were deployed to Aleppo by Iran's"
            " Revolutionary Guards, the Observatory said.",
            {
                (
                    "Revolutionary Guards",
                    "deploys_fighters_to",
                    "Aleppo",
                    "Observatory",
                    "asserted",
                ),
                ("Fatimiyoun", "deploys_fighters_to", "Aleppo", "Observatory", "asserted"),
            },
        ),
        (
            "The Arab Coalition said its jets had struck Houthi positions in Marib in support"
            " of government forces.",
            {
                ("Arab Coalition", "fighting_against", "Houthi", "Arab Coalition", "asserted"),
                (
                    "Arab Coalition",
                    "allied_with",
                    "government forces",
                    "Arab Coalition",
                    "asserted",
                ),
            },
        ),
        (
            "Reports that Ankara recruited Syrians to fight in Karabakh are not true, Turkish"
            " presidential spokesman Omer Celik said.",
            {("Ankara", "deploys_fighters_to", "Karabakh", "Celik", "denied")},
        ),
        (
            "The Liwa Abu al-Fadl militia's leader, Sheikh Amer al-Shummari, was killed in an"
            " air strike on Tuesday.",
            {("Amer al-Shummari", "commands", "Liwa Abu al-Fadl", OUTLET, "asserted")},
        ),
    )
)
