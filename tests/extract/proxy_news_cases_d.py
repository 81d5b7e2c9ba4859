"""A fourth set of proxy-war sentences, written for these tests before any code was
changed against them: its first figures measure how the relation stage generalises
beyond sets A to C (``proxy_news_cases``, ``_b``, ``_c``), which the code has been
fixed on.

It leans on the shapes a monitor of foreign fighters meets most: fighters sent,
recruited, transferred or paid ("paid by X to fight Y": X pays, the fighters
fight), "X-backed Y" and "Y, which is supported by X" (a state supporting an armed
group sponsors it), fighting alongside, denials ("X denied sending...", "claims
that X recruited... are lies") with the denier as claimant, relations inside an
allegation (the alleger is the claimant), lists of groups, nominalisations ("X's
deployment of... to Y"), passives with a by-agent, pronouns that refer back,
adjectives of nationality ("Kurdish fighters") that are no group by themselves, and
sentences naming armed actors with no tie between them. Claims are (subject,
predicate, object, claimant, stance), matched as in ``proxy_news_cases``.
"""

from __future__ import annotations

from proxy_news_cases import OUTLET, Expected

CASES: tuple[tuple[str, frozenset[Expected]], ...] = tuple(
    (text, frozenset(expected))
    for text, expected in (
        (
            "Turkey has recruited hundreds of fighters in northern Syria and sent them to"
            " Azerbaijan, Emmanuel Macron said.",
            {("Turkey", "deploys_fighters_to", "Azerbaijan", "Macron", "asserted")},
        ),
        (
            "Ankara flatly denied sending mercenaries to the Caucasus, calling the allegations"
            " a smear campaign.",
            {("Ankara", "deploys_fighters_to", "Caucasus", "Ankara", "denied")},
        ),
        (
            "Claims that Turkey recruited Syrian militants for Azerbaijan are lies spread by"
            " Yerevan, Azerbaijan's defence ministry said.",
            {("Turkey", "deploys_fighters_to", "Azerbaijan", "defence ministry", "denied")},
        ),
        (
            "The Armenian foreign ministry alleged that the militants, who belong to the Hamza"
            " Division, were flown from Gaziantep to Baku.",
            {("militants", "member_of", "Hamza Division", "foreign ministry", "asserted")},
        ),
        (
            "Moscow's deployment of peacekeepers to Nagorno-Karabakh followed the ceasefire deal.",
            {("Moscow", "deploys_fighters_to", "Nagorno-Karabakh", OUTLET, "asserted")},
        ),
        (
            "Armenian-backed separatist forces shelled the city of Ganja, the Azerbaijani defence"
            " ministry said.",
            {("Armenian", "sponsors", "separatist forces", "defence ministry", "asserted")},
        ),
        (
            "The Karabakh Defence Army, which is supported by Yerevan, said it had repelled an"
            " Azerbaijani attack.",
            {
                ("Yerevan", "sponsors", "Karabakh Defence Army", OUTLET, "asserted"),
                (
                    "Azerbaijani",
                    "fighting_against",
                    "Karabakh Defence Army",
                    "Karabakh Defence Army",
                    "asserted",
                ),
            },
        ),
        (
            "Russian mercenaries are fighting alongside Haftar's forces in Libya, said Stephanie"
            " Williams, the acting UN envoy.",
            {("Russian mercenaries", "allied_with", "Haftar", "Williams", "asserted")},
        ),
        (
            "Hundreds of Syrian fighters were paid by Ankara to fight Haftar's forces around"
            " Tripoli, their relatives told reporters.",
            {
                ("Ankara", "sponsors", "Syrian fighters", "relatives", "asserted"),
                ("Syrian fighters", "fighting_against", "Haftar", "relatives", "asserted"),
            },
        ),
        (
            "The Houthis, who are supported by Iran, launched drones at Saudi oil facilities.",
            {("Iran", "sponsors", "Houthis", OUTLET, "asserted")},
        ),
        (
            "Hezbollah has denied that its fighters are in Yemen, dismissing Saudi accusations"
            " that it trains the Houthis.",
            {
                ("Hezbollah", "deploys_fighters_to", "Yemen", "Hezbollah", "denied"),
                ("Hezbollah", "sponsors", "Houthis", "Hezbollah", "denied"),
            },
        ),
        (
            "Wagner Group fighters, who answer to the Kremlin, have been deployed to Mali, Libya"
            " and the Central African Republic.",
            {
                ("Kremlin", "commands", "Wagner Group", OUTLET, "asserted"),
                ("Wagner Group", "deploys_fighters_to", "Mali", OUTLET, "asserted"),
                ("Wagner Group", "deploys_fighters_to", "Libya", OUTLET, "asserted"),
                (
                    "Wagner Group",
                    "deploys_fighters_to",
                    "Central African Republic",
                    OUTLET,
                    "asserted",
                ),
            },
        ),
        (
            "Fighters from the Turkish-backed Syrian National Army have arrived in Azerbaijan,"
            " Armenian intelligence claimed.",
            {
                ("Turkish", "sponsors", "Syrian National Army", "intelligence", "asserted"),
                (
                    "Syrian National Army",
                    "deploys_fighters_to",
                    "Azerbaijan",
                    "intelligence",
                    "asserted",
                ),
            },
        ),
        (
            "Egypt's support for the Libyan National Army has included airstrikes and weapons,"
            " diplomats say.",
            {("Egypt", "sponsors", "Libyan National Army", "diplomats", "asserted")},
        ),
        (
            "The transfer of Chadian and Sudanese mercenaries to Libya by the Wagner Group was"
            " documented by UN investigators.",
            {("Wagner Group", "deploys_fighters_to", "Libya", "UN investigators", "asserted")},
        ),
        (
            "Militias including Kataib Hezbollah and Harakat al-Nujaba have attacked US bases"
            " in Iraq and Syria.",
            {
                ("Kataib Hezbollah", "fighting_against", "US", OUTLET, "asserted"),
                ("Harakat al-Nujaba", "fighting_against", "US", OUTLET, "asserted"),
            },
        ),
        (
            "Colonel Ali Hamdan, who commands the Tariq Brigade, said his men had fought"
            " alongside the Yemeni army against the Houthis.",
            {
                ("Ali Hamdan", "commands", "Tariq Brigade", OUTLET, "asserted"),
                ("Tariq Brigade", "allied_with", "Yemeni army", "Ali Hamdan", "asserted"),
                ("Tariq Brigade", "fighting_against", "Houthis", "Ali Hamdan", "asserted"),
                ("Yemeni army", "fighting_against", "Houthis", "Ali Hamdan", "asserted"),
            },
        ),
        (
            "Ethiopia and Eritrea, whose troops fought together against Tigrayan forces, have"
            " since fallen out.",
            {
                ("Ethiopia", "allied_with", "Eritrea", OUTLET, "asserted"),
                ("Ethiopia", "fighting_against", "Tigrayan forces", OUTLET, "asserted"),
                ("Eritrea", "fighting_against", "Tigrayan forces", OUTLET, "asserted"),
            },
        ),
        (
            "Wagner's recruitment of Russian prisoners to fight in Ukraine was confirmed by its"
            " founder, Yevgeny Prigozhin.",
            {
                ("Wagner", "deploys_fighters_to", "Ukraine", "Prigozhin", "asserted"),
                ("Prigozhin", "commands", "Wagner", OUTLET, "asserted"),
            },
        ),
        (
            "Kadyrov said he had sent another 3,000 Chechen volunteers to Ukraine.",
            {("Kadyrov", "deploys_fighters_to", "Ukraine", "Kadyrov", "asserted")},
        ),
        (
            "Belgrade has denied claims by Kyiv that Serbian volunteers are fighting for Russia.",
            {
                ("Serbian volunteers", "allied_with", "Russia", "Kyiv", "asserted"),
                ("Serbian volunteers", "allied_with", "Russia", "Belgrade", "denied"),
            },
        ),
        (
            "The Sudanese army, backed by Egypt and Turkey, has regained ground from the Rapid"
            " Support Forces in Khartoum.",
            {
                ("Egypt", "sponsors", "Sudanese army", OUTLET, "asserted"),
                ("Turkey", "sponsors", "Sudanese army", OUTLET, "asserted"),
                ("Sudanese army", "fighting_against", "Rapid Support Forces", OUTLET, "asserted"),
            },
        ),
        (
            "Mohamed Hamdan Dagalo, the RSF commander, denied that his forces had received"
            " weapons from the UAE.",
            {
                ("Dagalo", "commands", "RSF", OUTLET, "asserted"),
                ("UAE", "sponsors", "RSF", "Dagalo", "denied"),
            },
        ),
        (
            "An investigation found that Emirati planes delivered arms to the RSF through an"
            " airstrip in eastern Chad.",
            {("Emirati", "sponsors", "RSF", "investigation", "asserted")},
        ),
        (
            "Iran's Revolutionary Guards trained and equipped the militia, which fought under the"
            " command of Syrian officers near Aleppo.",
            {
                ("Revolutionary Guards", "sponsors", "militia", OUTLET, "asserted"),
                ("Syrian officers", "commands", "militia", OUTLET, "asserted"),
            },
        ),
        (
            "Fighters of JNIM ambushed a convoy of Malian soldiers and Russian mercenaries near"
            " Timbuktu.",
            {
                ("JNIM", "fighting_against", "Malian soldiers", OUTLET, "asserted"),
                ("JNIM", "fighting_against", "Russian mercenaries", OUTLET, "asserted"),
            },
        ),
        (
            "The Africa Corps, which replaced Wagner in Mali, is controlled by Russia's defence"
            " ministry.",
            {("defence ministry", "commands", "Africa Corps", OUTLET, "asserted")},
        ),
        (
            "Abu Dhabi rejected as baseless the accusation that it had financed the recruitment"
            " of Colombian mercenaries for the RSF.",
            {("Abu Dhabi", "sponsors", "RSF", "Abu Dhabi", "denied")},
        ),
        (
            "Hezbollah sent military advisers to help the Houthis, according to a statement from"
            " the Saudi-led coalition.",
            {
                ("Hezbollah", "deploys_fighters_to", "Houthis", "coalition", "asserted"),
                ("Saudi", "commands", "coalition", OUTLET, "asserted"),
            },
        ),
        (
            "The YPG, which Ankara regards as a terrorist group, forms the core of the Syrian"
            " Democratic Forces.",
            {("YPG", "member_of", "Syrian Democratic Forces", OUTLET, "asserted")},
        ),
        (
            "The Kurdish-led SDF is fighting Islamic State cells with the support of American"
            " special forces.",
            {
                ("SDF", "fighting_against", "Islamic State", OUTLET, "asserted"),
                ("American", "sponsors", "SDF", OUTLET, "asserted"),
            },
        ),
        (
            "Kurdish fighters clashed with Turkish-backed factions near Tel Tamr on Sunday.",
            {
                ("Kurdish fighters", "fighting_against", "factions", OUTLET, "asserted"),
                ("Turkish", "sponsors", "factions", OUTLET, "asserted"),
            },
        ),
        (
            "Polish and Georgian volunteers serve in the International Legion, which is part of"
            " Ukraine's armed forces.",
            {
                ("volunteers", "member_of", "International Legion", OUTLET, "asserted"),
                ("International Legion", "member_of", "armed forces", OUTLET, "asserted"),
            },
        ),
        (
            "The Georgian Legion, a unit of foreign volunteers, has fought against Russian forces"
            " since 2014.",
            {("Georgian Legion", "fighting_against", "Russian forces", OUTLET, "asserted")},
        ),
        (
            "The Syrian government, with the help of Hezbollah and Iranian-backed militias,"
            " recaptured the town in 2016.",
            {
                ("Hezbollah", "allied_with", "Syrian government", OUTLET, "asserted"),
                ("militias", "allied_with", "Syrian government", OUTLET, "asserted"),
                ("Iranian", "sponsors", "militias", OUTLET, "asserted"),
            },
        ),
        (
            "Qatar's financial support to Hamas was approved by the Israeli government, the"
            " report said.",
            {("Qatar", "sponsors", "Hamas", "report", "asserted")},
        ),
        (
            "Tehran denies that it directs the Houthis, insisting the group makes its own"
            " decisions.",
            {("Tehran", "commands", "Houthis", "Tehran", "denied")},
        ),
        (
            "Saudi Arabia and the UAE, which lead the coalition fighting the Houthis, face"
            " criticism over civilian deaths.",
            {
                ("Saudi Arabia", "commands", "coalition", OUTLET, "asserted"),
                ("UAE", "commands", "coalition", OUTLET, "asserted"),
                ("coalition", "fighting_against", "Houthis", OUTLET, "asserted"),
            },
        ),
        (
            "Syrian mercenaries deployed by Turkey to Karabakh, says Russian intelligence",
            {("Turkey", "deploys_fighters_to", "Karabakh", "Russian intelligence", "asserted")},
        ),
        (
            "Turkey has also sent Syrian mercenaries to Libya, where they fought for the"
            " Tripoli government against Haftar.",
            {
                ("Turkey", "deploys_fighters_to", "Libya", OUTLET, "asserted"),
                ("mercenaries", "allied_with", "Tripoli government", OUTLET, "asserted"),
                ("mercenaries", "fighting_against", "Haftar", OUTLET, "asserted"),
            },
        ),
        (
            "Reports that Russian paratroopers had been sent to Armenia were dismissed by the"
            " Kremlin as fake.",
            {("Russian paratroopers", "deploys_fighters_to", "Armenia", "Kremlin", "denied")},
        ),
        (
            "Abu Amsha's Suleiman Shah Brigade, whose men were sent to both Libya and Azerbaijan,"
            " is under US sanctions.",
            {
                ("Abu Amsha", "commands", "Suleiman Shah Brigade", OUTLET, "asserted"),
                ("Suleiman Shah Brigade", "deploys_fighters_to", "Libya", OUTLET, "asserted"),
                ("Suleiman Shah Brigade", "deploys_fighters_to", "Azerbaijan", OUTLET, "asserted"),
            },
        ),
        (
            "The Pentagon said the Houthis had received missile parts from Iran, which Tehran"
            " denied.",
            {
                ("Iran", "sponsors", "Houthis", "Pentagon", "asserted"),
                ("Iran", "sponsors", "Houthis", "Tehran", "denied"),
            },
        ),
        ("Turkey's foreign minister called for a ceasefire in Nagorno-Karabakh on Tuesday.", set()),
        (
            "Armenian and Azerbaijani negotiators met in Moscow for talks brokered by Russia.",
            set(),
        ),
        ("Refugees fleeing the fighting in Darfur have crossed into Chad.", set()),
        ("The Wagner chief was killed when his plane crashed north of Moscow.", set()),
    )
)
