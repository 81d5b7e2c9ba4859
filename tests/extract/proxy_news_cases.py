"""Sentences in the styles of both sides' outlets on proxy wars (Karabakh, Syria,
Libya, Ukraine, Yemen, the Sahel), written for these tests, with the relation
claims a monitor expects from each: (subject, predicate, object, claimant, stance).

Words are matched loosely (one text inside the other, case aside), so "Turkey" is
found in "Turkey's"; ``OUTLET`` is the outlet's own voice. Sentences with no
expected relation are there for precision: whatever is found in them is wrong.
"""

from __future__ import annotations

Expected = tuple[str, str, str, str, str]
OUTLET = "OUTLET"

CASES: tuple[tuple[str, frozenset[Expected]], ...] = tuple(
    (text, frozenset(expected))
    for text, expected in (
        (
            "Turkey has sent some 4,000 Syrian fighters to Azerbaijan, the Syrian Observatory"
            " for Human Rights said on Monday.",
            {("Turkey", "deploys_fighters_to", "Azerbaijan", "Syrian Observatory", "asserted")},
        ),
        (
            "The mercenaries, recruited by the Sultan Murad division, were flown to Baku via"
            " Gaziantep last week.",
            {("Sultan Murad division", "deploys_fighters_to", "Baku", OUTLET, "asserted")},
        ),
        (
            "Ankara denies that it has sent fighters to Azerbaijan.",
            {("Ankara", "deploys_fighters_to", "Azerbaijan", "Ankara", "denied")},
        ),
        (
            "Armenian Prime Minister Nikol Pashinyan accused Turkey of deploying Syrian"
            " mercenaries to Azerbaijan.",
            {("Turkey", "deploys_fighters_to", "Azerbaijan", "Pashinyan", "asserted")},
        ),
        (
            "Hundreds of fighters from the Hamza Division, a faction of the Turkish-backed"
            " Syrian National Army, have been transferred to Azerbaijan, a war monitor said.",
            {
                ("Hamza Division", "member_of", "Syrian National Army", "war monitor", "asserted"),
                ("Turkish", "sponsors", "Syrian National Army", "war monitor", "asserted"),
                ("Hamza Division", "deploys_fighters_to", "Azerbaijan", "war monitor", "asserted"),
            },
        ),
        (
            "Russian contractors of the Wagner Group were deployed to Libya at the request of"
            " Khalifa Haftar's Libyan National Army, a UN report said.",
            {("Wagner Group", "deploys_fighters_to", "Libya", "UN report", "asserted")},
        ),
        (
            "Baku's ally Ankara has supplied it with Bayraktar drones.",
            {("Ankara", "allied_with", "Baku", OUTLET, "asserted")},
        ),
        (
            "Russia and Armenia are allies under the CSTO treaty.",
            {("Russia", "allied_with", "Armenia", OUTLET, "asserted")},
        ),
        (
            "Militants fighting on Azerbaijan's side are paid $1,500 a month, the Observatory"
            " said.",
            {("Militants", "allied_with", "Azerbaijan", "Observatory", "asserted")},
        ),
        (
            "Fighters of the Turkish-backed SNA were seen boarding planes in Gaziantep.",
            {("Turkish", "sponsors", "SNA", OUTLET, "asserted")},
        ),
        (
            "Hamza Division fighters, members of the Syrian National Army, said they had been"
            " promised $2,000 a month.",
            {("Hamza Division", "member_of", "Syrian National Army", OUTLET, "asserted")},
        ),
        (
            "Iran-backed Houthi rebels fired missiles at Saudi Arabia on Sunday.",
            {
                ("Iran", "sponsors", "Houthi", OUTLET, "asserted"),
                ("Houthi", "fighting_against", "Saudi Arabia", OUTLET, "asserted"),
            },
        ),
        (
            "The Kremlin has denied that the Wagner Group is fighting alongside Haftar's forces.",
            {("Wagner Group", "allied_with", "Haftar", "Kremlin", "denied")},
        ),
        (
            "Moscow dismissed as absurd the claims that it was sending mercenaries to Libya.",
            {("Moscow", "deploys_fighters_to", "Libya", "Moscow", "denied")},
        ),
        (
            "Armenian officials said Syrian mercenaries were fighting alongside Azerbaijani"
            " troops near Jabrayil.",
            {
                (
                    "Syrian mercenaries",
                    "allied_with",
                    "Azerbaijani troops",
                    "Armenian officials",
                    "asserted",
                )
            },
        ),
        (
            "Azerbaijan accused Armenia of bringing in PKK militants to fight against"
            " Azerbaijani forces.",
            {("PKK", "fighting_against", "Azerbaijani forces", "Azerbaijan", "asserted")},
        ),
        (
            "Turkey is recruiting Syrian fighters to fight for Azerbaijan, according to three"
            " sources.",
            {
                ("Syrian fighters", "allied_with", "Azerbaijan", "sources", "asserted"),
                ("Turkey", "deploys_fighters_to", "Azerbaijan", "sources", "asserted"),
            },
        ),
        (
            "The Sultan Murad Division, which is funded by Ankara, sent two groups of fighters"
            " to Azerbaijan last week.",
            {
                ("Ankara", "sponsors", "Sultan Murad Division", OUTLET, "asserted"),
                ("Sultan Murad Division", "deploys_fighters_to", "Azerbaijan", OUTLET, "asserted"),
            },
        ),
        (
            "Turkey-backed Syrian factions have sent hundreds of fighters to Azerbaijan.",
            {
                ("Turkey", "sponsors", "Syrian factions", OUTLET, "asserted"),
                ("Syrian factions", "deploys_fighters_to", "Azerbaijan", OUTLET, "asserted"),
            },
        ),
        (
            "Russia, which has a military base in Armenia, is bound to defend its ally under a"
            " mutual defence pact.",
            {("Russia", "allied_with", "Armenia", OUTLET, "asserted")},
        ),
        (
            "Ethnic Armenian forces backed by Yerevan control most of Nagorno-Karabakh.",
            {("Yerevan", "sponsors", "Armenian forces", OUTLET, "asserted")},
        ),
        (
            "The separatists, who are supported by Armenia, said they had shot down three drones.",
            {("Armenia", "sponsors", "separatists", OUTLET, "asserted")},
        ),
        (
            "Pro-Turkish Syrian rebels are fighting for Azerbaijan against Armenian forces, the"
            " Observatory said.",
            {
                ("Syrian rebels", "allied_with", "Azerbaijan", "Observatory", "asserted"),
                ("Syrian rebels", "fighting_against", "Armenian forces", "Observatory", "asserted"),
            },
        ),
        (
            "In Libya, Turkey has backed the Tripoli-based Government of National Accord.",
            {("Turkey", "sponsors", "Government of National Accord", OUTLET, "asserted")},
        ),
        (
            "Around 2,000 Syrian fighters were sent to Libya by Turkey, the observatory reported.",
            {("Turkey", "deploys_fighters_to", "Libya", "observatory", "asserted")},
        ),
        (
            "Ukraine accuses Russia of sending troops to the separatist rebels, a charge Moscow"
            " denies.",
            {
                ("Russia", "deploys_fighters_to", "separatist rebels", "Ukraine", "asserted"),
            },
        ),
        (
            "In Mali, Russian mercenaries are fighting alongside the army against jihadists.",
            {
                ("Russian mercenaries", "allied_with", "army", OUTLET, "asserted"),
                ("Russian mercenaries", "fighting_against", "jihadists", OUTLET, "asserted"),
                ("army", "fighting_against", "jihadists", OUTLET, "asserted"),
            },
        ),
        (
            "The Syrian National Army denied sending its members to Azerbaijan.",
            {
                (
                    "Syrian National Army",
                    "deploys_fighters_to",
                    "Azerbaijan",
                    "Syrian National Army",
                    "denied",
                )
            },
        ),
        (
            "Greece and Cyprus, allies of Armenia, condemned the statement.",
            {
                ("Greece", "allied_with", "Armenia", OUTLET, "asserted"),
                ("Cyprus", "allied_with", "Armenia", OUTLET, "asserted"),
            },
        ),
        (
            "The UAE, a key backer of Haftar, has flown in fighters from Sudan.",
            {("UAE", "sponsors", "Haftar", OUTLET, "asserted")},
        ),
        (
            "Hezbollah, Iran's main proxy in Lebanon, has sent fighters to Syria to fight"
            " alongside government forces.",
            {
                ("Iran", "sponsors", "Hezbollah", OUTLET, "asserted"),
                ("Hezbollah", "deploys_fighters_to", "Syria", OUTLET, "asserted"),
                ("Hezbollah", "allied_with", "government forces", OUTLET, "asserted"),
            },
        ),
        (
            "The Houthis, who are aligned with Iran, have been at war with the Saudi-led"
            " coalition since 2015.",
            {
                ("Houthis", "allied_with", "Iran", OUTLET, "asserted"),
                ("Houthis", "fighting_against", "coalition", OUTLET, "asserted"),
                ("Saudi", "commands", "coalition", OUTLET, "asserted"),
            },
        ),
        (
            "Pakistan denied reports that its troops were fighting alongside Azerbaijani forces.",
            {("Pakistan", "allied_with", "Azerbaijani forces", "Pakistan", "denied")},
        ),
        (
            "Azerbaijani forces are fighting ethnic Armenian troops in the mountainous enclave.",
            {("Azerbaijani forces", "fighting_against", "Armenian troops", OUTLET, "asserted")},
        ),
        (
            "Kremlin spokesman Dmitry Peskov said Russia would honour its obligations to its"
            " ally Armenia.",
            {("Russia", "allied_with", "Armenia", "Peskov", "asserted")},
        ),
        (
            "The SNA's Sultan Murad Division is one of the factions that supplied fighters to"
            " Azerbaijan.",
            {
                ("Sultan Murad Division", "member_of", "SNA", OUTLET, "asserted"),
                ("Sultan Murad Division", "deploys_fighters_to", "Azerbaijan", OUTLET, "asserted"),
            },
        ),
        (
            "Russian-backed separatists shelled Ukrainian positions near Donetsk overnight, the"
            " Ukrainian army said.",
            {("Russian", "sponsors", "separatists", "Ukrainian army", "asserted")},
        ),
        (
            "Turkey's defence ministry said it had not sent any Syrian fighters to Karabakh.",
            {("Turkey", "deploys_fighters_to", "Karabakh", "defence ministry", "denied")},
        ),
        (
            "Syrian fighters hired by Turkish security companies were taken to Azerbaijan by"
            " Turkish military planes.",
            {
                (
                    "Turkish security companies",
                    "deploys_fighters_to",
                    "Azerbaijan",
                    OUTLET,
                    "asserted",
                )
            },
        ),
        (
            "Reports that Turkey has transferred militants from Syria to Azerbaijan are"
            " baseless, Azerbaijan's presidential aide Hikmet Hajiyev said.",
            {("Turkey", "deploys_fighters_to", "Azerbaijan", "Hajiyev", "denied")},
        ),
        (
            "Armenia has used the services of PKK fighters in the occupied territories, Baku"
            " alleged.",
            set(),
        ),
        (
            "Turkey is providing Azerbaijan with military support, including drones and advisers.",
            {("Turkey", "sponsors", "Azerbaijan", OUTLET, "asserted")},
        ),
        (
            "Turkish President Recep Tayyip Erdogan has vowed to stand by Azerbaijan.",
            {("Erdogan", "allied_with", "Azerbaijan", OUTLET, "asserted")},
        ),
        (
            "Azerbaijan's ally Turkey has denied any involvement in the fighting.",
            {("Turkey", "allied_with", "Azerbaijan", OUTLET, "asserted")},
        ),
        (
            "Wagner fighters, who are backed by the Kremlin, were sent to the Central African"
            " Republic in 2018.",
            {
                ("Kremlin", "sponsors", "Wagner", OUTLET, "asserted"),
                ("Wagner", "deploys_fighters_to", "Central African Republic", OUTLET, "asserted"),
            },
        ),
        (
            "The Libyan National Army, supported by Russia and the UAE, launched an offensive"
            " on Tripoli.",
            {
                ("Russia", "sponsors", "Libyan National Army", OUTLET, "asserted"),
                ("UAE", "sponsors", "Libyan National Army", OUTLET, "asserted"),
            },
        ),
        # no relation is stated in these
        ("MarineTraffic data shows the ship sailed from Mersin, the website said.", set()),
        ("Coordinated airstrikes hit rebel positions near Idlib on Tuesday.", set()),
        ("The fighting has displaced 10,000 civilians, the rebels said.", set()),
        ("Islamabad has blamed militants for the attack on the checkpoint.", set()),
        ("Iran, which borders both countries, has called for restraint.", set()),
        ("Armenia deployed more troops along the line of contact, the ministry said.", set()),
        (
            "Azerbaijan denied that its forces had shelled Stepanakert, and accused Armenia of"
            " lying.",
            set(),
        ),
        ("The Minsk Group co-chairs called on both sides to respect the truce.", set()),
    )
)
