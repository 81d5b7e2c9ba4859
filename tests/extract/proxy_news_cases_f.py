"""A sixth set of proxy-war excerpts, written for these tests before any code was
changed against them: main at aab43b1 found 26/57 (strict 22) with 6 spurious claims;
the floors are in ``test_proxy_news_held_out_sets``.

It aims at the kinds of faults sets A to E left open, in the voices of both sides of
the 2020 Karabakh war and of a few other proxy wars: lists of factions after a colon
("three factions: A, B and C"), "its men" and "their fighters" naming the body of an
earlier sentence, nationality and role phrases as actors ("Turkish officers",
"Syrian mercenaries", "Turkish generals"), a purpose or a task after "sent ... to"
that is no destination, membership ("the SNA-affiliated X", "enlisted in", "one of
the factions of", "X's 3rd Army Corps"), reciprocal combat ("clashes between X and
Y", both ways), denials by ministries and spokesmen, allegations by intelligence
services, and commanders. Claims are (subject, predicate, object, claimant,
stance), matched as in ``proxy_news_cases``.
"""

from __future__ import annotations

from proxy_news_cases import OUTLET, Expected

CASES: tuple[tuple[str, frozenset[Expected]], ...] = tuple(
    (text, frozenset(expected))
    for text, expected in (
        (
            "Armenian intelligence said on Friday that a new group of mercenaries had arrived"
            " in Azerbaijan from three Turkish-backed factions: the Hamza Division, the Sultan"
            " Murad Division and Jaysh al-Islam.",
            {
                ("Hamza Division", "deploys_fighters_to", "Azerbaijan", "intelligence", "asserted"),
                ("Sultan Murad", "deploys_fighters_to", "Azerbaijan", "intelligence", "asserted"),
                ("Jaysh al-Islam", "deploys_fighters_to", "Azerbaijan", "intelligence", "asserted"),
                ("Turkish", "sponsors", "Hamza Division", "intelligence", "asserted"),
                ("Turkish", "sponsors", "Sultan Murad", "intelligence", "asserted"),
                ("Turkish", "sponsors", "Jaysh al-Islam", "intelligence", "asserted"),
            },
        ),
        (
            "The Sultan Murad Division has been recruiting young men in Afrin for weeks."
            " According to a local activist, the faction flew 150 of its men to Baku on"
            " October 3 and promised each of them $2,000 a month.",
            {("Sultan Murad", "deploys_fighters_to", "Baku", "activist", "asserted")},
        ),
        (
            "Two fighters from the Sham Legion told a Western news agency that their unit had"
            " been sent to Azerbaijan by Turkish officers. Ankara has repeatedly denied"
            " sending any Syrians to Azerbaijan.",
            {
                ("Turkish officers", "deploys_fighters_to", "Azerbaijan", "fighters", "asserted"),
                ("Ankara", "deploys_fighters_to", "Azerbaijan", "Ankara", "denied"),
            },
        ),
        (
            "The Armenian Defence Ministry said Turkish officers were commanding Azerbaijani"
            " units near Hadrut. Ankara dismissed the claim as propaganda.",
            {
                ("Turkish officers", "commands", "Azerbaijani units", "Ministry", "asserted"),
                ("Turkish officers", "commands", "Azerbaijani units", "Ankara", "denied"),
            },
        ),
        (
            "Syrian mercenaries are fighting alongside Azerbaijani special forces in the"
            " Jabrayil district, the Artsakh ombudsman said on Sunday.",
            {
                (
                    "Syrian mercenaries",
                    "allied_with",
                    "Azerbaijani special forces",
                    "ombudsman",
                    "asserted",
                )
            },
        ),
        (
            "Heavy clashes between Azerbaijani troops and Armenian forces continued overnight"
            " around Fuzuli, the Azerbaijani Defence Ministry said.",
            {
                (
                    "Azerbaijani troops",
                    "fighting_against",
                    "Armenian forces",
                    "Ministry",
                    "asserted",
                ),
                (
                    "Armenian forces",
                    "fighting_against",
                    "Azerbaijani troops",
                    "Ministry",
                    "asserted",
                ),
            },
        ),
        (
            "Ankara sent the fighters to Azerbaijan to guard oil installations and border"
            " posts, one of the recruits said in a voice message shared by his family.",
            {("Ankara", "deploys_fighters_to", "Azerbaijan", "recruits", "asserted")},
        ),
        (
            "The SNA-affiliated Hamza Division denied on Tuesday that it had sent any fighters"
            " to Azerbaijan, calling the reports Armenian propaganda.",
            {
                ("Hamza Division", "member_of", "SNA", OUTLET, "asserted"),
                ("Hamza Division", "deploys_fighters_to", "Azerbaijan", "Hamza Division", "denied"),
            },
        ),
        (
            "French intelligence has established that about 300 fighters from jihadist groups"
            " in Aleppo passed through Gaziantep on their way to Azerbaijan, President"
            " Emmanuel Macron said.",
            {("jihadist groups", "deploys_fighters_to", "Azerbaijan", "Macron", "asserted")},
        ),
        (
            "Iran's foreign ministry rejected as baseless reports that Tehran was supplying"
            " weapons to Armenia through the Nordooz border crossing.",
            {("Tehran", "sponsors", "Armenia", "ministry", "denied")},
        ),
        (
            "Hundreds of fighters from the Mutasim Brigade, a faction backed by Ankara, were"
            " flown from Gaziantep to Baku last week, the Syrian Observatory said.",
            {
                ("Ankara", "sponsors", "Mutasim Brigade", "Observatory", "asserted"),
                ("Mutasim Brigade", "deploys_fighters_to", "Baku", "Observatory", "asserted"),
            },
        ),
        (
            "Major General Ali Osmanov, who commands the Azerbaijani army's 3rd Army Corps,"
            " said his troops had pushed Armenian forces out of three villages.",
            {
                ("Osmanov", "commands", "3rd Army Corps", OUTLET, "asserted"),
                ("3rd Army Corps", "member_of", "Azerbaijani army", OUTLET, "asserted"),
                ("Army Corps", "fighting_against", "Armenian forces", "Osmanov", "asserted"),
            },
        ),
        (
            "Russia is bound by a mutual defence treaty to protect Armenia, but Moscow has said"
            " the pact does not extend to Karabakh.",
            {("Russia", "allied_with", "Armenia", OUTLET, "asserted")},
        ),
        (
            "Reports that Syrian fighters are serving in the Azerbaijani army are not true,"
            " Hikmet Hajiyev, an aide to President Aliyev, told the BBC.",
            {("Syrian fighters", "member_of", "Azerbaijani army", "Hajiyev", "denied")},
        ),
        (
            "Kurdish fighters from Iraq are fighting on the side of the Armenians against"
            " Azerbaijan, the Azerbaijani president's office claimed.",
            {
                ("Kurdish fighters", "allied_with", "Armenians", "office", "asserted"),
                ("Kurdish fighters", "fighting_against", "Azerbaijan", "office", "asserted"),
            },
        ),
        (
            "Dozens of the mercenaries were recruited by the Sultan Suleiman Shah Brigade and"
            " transported to Azerbaijan on Turkish military aircraft, according to Armenian"
            " investigators.",
            {
                (
                    "Sultan Suleiman Shah Brigade",
                    "deploys_fighters_to",
                    "Azerbaijan",
                    "investigators",
                    "asserted",
                )
            },
        ),
        (
            "Ethnic Armenians from Lebanon and Syria have enlisted in the Karabakh army since"
            " the fighting began, the separatist government said.",
            {("Ethnic Armenians", "member_of", "Karabakh army", "government", "asserted")},
        ),
        (
            "The Azerbaijani units that took Hadrut were under the command of Turkish"
            " generals, an Armenian military spokesman, Artsrun Hovhannisyan, claimed.",
            {("Turkish generals", "commands", "Azerbaijani units", "Hovhannisyan", "asserted")},
        ),
        (
            "The fighters are paid by a Turkish private security company, SADAT, a Syrian"
            " opposition source told an Armenian news agency.",
            {("SADAT", "sponsors", "fighters", "source", "asserted")},
        ),
        (
            "The Azerbaijani Defence Ministry said Armenia had transferred YPG and PKK"
            " militants to the occupied territories to fight against the Azerbaijani army."
            " Yerevan denied it.",
            {
                ("Armenia", "deploys_fighters_to", "occupied territories", "Ministry", "asserted"),
                ("Armenia", "deploys_fighters_to", "occupied territories", "Yerevan", "denied"),
                ("YPG", "fighting_against", "Azerbaijani army", "Ministry", "asserted"),
                ("PKK", "fighting_against", "Azerbaijani army", "Ministry", "asserted"),
            },
        ),
        (
            "Pakistan, which has openly sided with Baku, denied a report in the Indian press"
            " that its troops were fighting in Karabakh.",
            {
                ("Pakistan", "allied_with", "Baku", OUTLET, "asserted"),
                ("Pakistan", "deploys_fighters_to", "Karabakh", "Pakistan", "denied"),
            },
        ),
        (
            "Turkish Defence Minister Hulusi Akar said Turkey would stand by Azerbaijan until"
            " the end and accused Armenia of bringing PKK terrorists into Karabakh.",
            {
                ("Turkey", "allied_with", "Azerbaijan", "Akar", "asserted"),
                ("Armenia", "deploys_fighters_to", "Karabakh", "Akar", "asserted"),
            },
        ),
        (
            "Shelling hit the centre of Stepanakert on Sunday morning, damaging a maternity"
            " hospital, local authorities said.",
            set(),
        ),
        (
            "The co-chairs of the OSCE Minsk Group met the foreign ministers of Armenia and"
            " Azerbaijan in Geneva on Friday.",
            set(),
        ),
        (
            "Abu Hatem Shaqra, the leader of Ahrar al-Sharqiya, has sent about 200 of the"
            " faction's fighters to Azerbaijan, a former member said. Ahrar al-Sharqiya is one"
            " of the factions of the Syrian National Army.",
            {
                ("Shaqra", "commands", "Ahrar al-Sharqiya", "member", "asserted"),
                ("Shaqra", "deploys_fighters_to", "Azerbaijan", "member", "asserted"),
                ("Ahrar al-Sharqiya", "member_of", "Syrian National Army", OUTLET, "asserted"),
            },
        ),
        (
            "Kremlin spokesman Dmitry Peskov said Russia was not supplying weapons to Armenia"
            " during the fighting.",
            {("Russia", "sponsors", "Armenia", "Peskov", "denied")},
        ),
        (
            "Chechen volunteers loyal to Ramzan Kadyrov are fighting alongside Russian troops"
            " near Mariupol, Ukrainian officials said.",
            {
                ("Chechen volunteers", "allied_with", "Russian troops", "officials", "asserted"),
                ("Chechen volunteers", "allied_with", "Kadyrov", "officials", "asserted"),
            },
        ),
        (
            "The Libyan National Army, which is backed by the United Arab Emirates and Egypt,"
            " has been fighting the Tripoli government since 2019.",
            {
                ("United Arab Emirates", "sponsors", "Libyan National Army", OUTLET, "asserted"),
                ("Egypt", "sponsors", "Libyan National Army", OUTLET, "asserted"),
                (
                    "Libyan National Army",
                    "fighting_against",
                    "Tripoli government",
                    OUTLET,
                    "asserted",
                ),
            },
        ),
        (
            "Baku's recruitment of Syrian mercenaries has been documented by a UN working group,"
            " but Azerbaijan continues to deny it.",
            {
                ("Baku", "sponsors", "Syrian mercenaries", "working group", "asserted"),
                ("Baku", "sponsors", "Syrian mercenaries", "Azerbaijan", "denied"),
            },
        ),
        (
            "Fighters of the Hezbollah-affiliated Imam Ali Brigade are taking part in the"
            " fighting on the Armenian side, an Azerbaijani lawmaker claimed without offering"
            " evidence.",
            {
                ("Imam Ali Brigade", "member_of", "Hezbollah", "lawmaker", "asserted"),
                ("Imam Ali Brigade", "allied_with", "Armenian", "lawmaker", "asserted"),
            },
        ),
        (
            "Armenian forces and Azerbaijani troops fought each other for control of the road"
            " to Lachin throughout the night, both sides said.",
            {
                ("Armenian forces", "fighting_against", "Azerbaijani troops", OUTLET, "asserted"),
                ("Azerbaijani troops", "fighting_against", "Armenian forces", OUTLET, "asserted"),
            },
        ),
        (
            "The Azerbaijani Foreign Ministry said it was a lie that Baku was paying foreign"
            " fighters, and accused Yerevan of recruiting ethnic Armenians from Syria and"
            " Lebanon.",
            {
                ("Baku", "sponsors", "foreign fighters", "Ministry", "denied"),
                ("Yerevan", "sponsors", "Armenians", "Ministry", "asserted"),
            },
        ),
    )
)
