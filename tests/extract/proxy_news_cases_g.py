"""A seventh set of proxy-war excerpts, written for these tests before any code was
changed against them: main at 076e308 found 25/41 (strict 22) with 5 spurious claims;
the floors are in ``test_proxy_news_held_out_sets``.

It aims at the kinds of faults sets A to F left open, in wars away from Karabakh
(the Sahel, the Great Lakes, the Horn, Yemen, Myanmar, Libya, the Levant): denials
in their many shapes ("rejected the allegation that it sent", "denied sending any",
"dismissed reports that", "X has no troops in Y"), state troops "operating in",
"stationed in" or "based in" a country, "fighters belonging to X", hedged reports
("reportedly", "according to sources", "is believed to"), recruiters, paymasters
and advisers, withdrawals, alliances that break up, brigades named after a sultan
or a saint, and conditionals and threats that assert nothing ("if the militants
have arrived, ..."), whose words must make no claim and whose places must never
speak. Group names are invented. Claims are (subject, predicate, object, claimant,
stance), matched as in ``proxy_news_cases``.
"""

from __future__ import annotations

from proxy_news_cases import OUTLET, Expected

CASES: tuple[tuple[str, frozenset[Expected]], ...] = tuple(
    (text, frozenset(expected))
    for text, expected in (
        (
            "Rwanda's foreign ministry on Tuesday rejected the allegation that Kigali had sent"
            " troops to North Kivu to fight alongside the M27 rebels.",
            {
                ("Kigali", "deploys_fighters_to", "North Kivu", "ministry", "denied"),
                ("Kigali", "allied_with", "M27", "ministry", "denied"),
            },
        ),
        (
            "The government in Asmara has denied sending any soldiers across the border,"
            " although refugees in Shire describe Eritrean units looting their villages.",
            set(),
        ),
        (
            "Fighters belonging to the Liwa Saif al-Haqq crossed into Darfur last week,"
            " according to local sources.",
            {("Liwa Saif al-Haqq", "deploys_fighters_to", "Darfur", "sources", "asserted")},
        ),
        (
            "Around 300 Chadian soldiers are stationed in northern Niger under a security"
            " pact signed in May, the army said.",
            {("Chadian soldiers", "deploys_fighters_to", "Niger", "army", "asserted")},
        ),
        (
            "Iranian advisers operating in Deir ez-Zor are training the Zaynab Guardians"
            " militia, the Syrian Observatory for Human Rights said.",
            {
                (
                    "Iranian advisers",
                    "deploys_fighters_to",
                    "Deir ez-Zor",
                    "Observatory",
                    "asserted",
                ),
                ("Iranian", "sponsors", "Zaynab Guardians", "Observatory", "asserted"),
            },
        ),
        (
            "If the militants have already reached Bangui, the whole country will burn, an"
            " opposition leader warned on Friday.",
            set(),
        ),
        (
            "The Sultan Yusuf Brigade, a faction of the Turkish-backed Syrian National Army,"
            " has flown about 400 of its men to Niger since January, a commander told"
            " reporters.",
            {
                (
                    "Sultan Yusuf Brigade",
                    "member_of",
                    "Syrian National Army",
                    "commander",
                    "asserted",
                ),
                ("Turkish", "sponsors", "Syrian National Army", "commander", "asserted"),
                ("Sultan Yusuf Brigade", "deploys_fighters_to", "Niger", "commander", "asserted"),
            },
        ),
        (
            "Abu Hatem al-Shammari, a recruiter for the Sultan Yusuf Brigade, said each man"
            " was promised $1,500 a month.",
            {("Abu Hatem al-Shammari", "member_of", "Sultan Yusuf Brigade", OUTLET, "asserted")},
        ),
        (
            "The Saada Defence Front reportedly received cash and attack drones from Tehran"
            " earlier this year.",
            {("Tehran", "sponsors", "Saada Defence Front", OUTLET, "asserted")},
        ),
        (
            "The fighters of the Kandari militia are paid by the United Arab Emirates,"
            " according to two people familiar with the payments.",
            {("United Arab Emirates", "sponsors", "Kandari militia", "people", "asserted")},
        ),
        (
            "Moscow has pulled most of its contractors out of the Jufra air base, satellite"
            " images suggest.",
            set(),
        ),
        (
            "The alliance between the Ahl al-Thughur Front and the Northern Shield Brigades"
            " collapsed in March after a dispute over checkpoint revenue.",
            {
                (
                    "Ahl al-Thughur Front",
                    "allied_with",
                    "Northern Shield Brigades",
                    OUTLET,
                    "asserted",
                )
            },
        ),
        (
            "Since then the Northern Shield Brigades have attacked positions of the Ahl"
            " al-Thughur Front near Tal Hamid three times.",
            {
                (
                    "Northern Shield Brigades",
                    "fighting_against",
                    "Ahl al-Thughur Front",
                    OUTLET,
                    "asserted",
                )
            },
        ),
        (
            "Mozambican officials said Rwandan soldiers were operating in Cabo Delgado"
            " alongside government forces.",
            {
                (
                    "Rwandan soldiers",
                    "deploys_fighters_to",
                    "Cabo Delgado",
                    "officials",
                    "asserted",
                ),
                ("Rwandan soldiers", "allied_with", "government forces", "officials", "asserted"),
            },
        ),
        (
            "A spokesman for the Azawad Unity Coalition denied that the group had received"
            " weapons from Algeria.",
            {("Algeria", "sponsors", "Azawad Unity Coalition", "spokesman", "denied")},
        ),
        (
            "The Azawad Unity Coalition has been fighting the Malian army and its Russian"
            " allies around Kidal since August.",
            {
                ("Azawad Unity Coalition", "fighting_against", "Malian army", OUTLET, "asserted"),
                ("Azawad Unity Coalition", "fighting_against", "Russian", OUTLET, "asserted"),
                ("Russian", "allied_with", "Malian army", OUTLET, "asserted"),
            },
        ),
        (
            "The Arakan Defence Army, which Beijing is widely believed to arm, seized two"
            " border posts on Sunday.",
            {("Beijing", "sponsors", "Arakan Defence Army", OUTLET, "asserted")},
        ),
        (
            "The Karenni People's Brigade announced on Monday that it had joined the Three"
            " Rivers Alliance.",
            {
                (
                    "Karenni People's Brigade",
                    "member_of",
                    "Three Rivers Alliance",
                    "Karenni People's Brigade",
                    "asserted",
                )
            },
        ),
        (
            "The Three Rivers Alliance, a coalition of ethnic armed groups, has been fighting"
            " the junta in Shan State since October.",
            {("Three Rivers Alliance", "fighting_against", "junta", OUTLET, "asserted")},
        ),
        (
            "Ukrainian military intelligence claimed that Belarusian instructors were training"
            " recruits of the Volkov Group at a camp near Brest.",
            {("Belarusian instructors", "sponsors", "Volkov Group", "intelligence", "asserted")},
        ),
        (
            "Minsk dismissed the reports as lies and said it had no military personnel abroad.",
            set(),
        ),
        (
            "Kenya has denied that its troops are fighting on the side of the Jubaland"
            " forces against the federal army.",
            {
                ("Kenya", "allied_with", "Jubaland forces", "Kenya", "denied"),
                ("Kenya", "fighting_against", "federal army", "Kenya", "denied"),
            },
        ),
        (
            "The Jubaland forces are commanded by General Abdi Warsame, a former police chief.",
            {("Abdi Warsame", "commands", "Jubaland forces", OUTLET, "asserted")},
        ),
        (
            "According to sources in Tripoli, the Turkish-trained Samoud Battalion has"
            " withdrawn from the front south of the capital.",
            {("Turkish", "sponsors", "Samoud Battalion", "sources", "asserted")},
        ),
        (
            "Egypt is believed to have supplied the Libyan National Army with armoured"
            " vehicles, a UN panel of experts said in its annual report.",
            {("Egypt", "sponsors", "Libyan National Army", "panel", "asserted")},
        ),
        (
            "The Burundian army, which has deployed some 1,000 soldiers to South Kivu, says"
            " its men are there at Kinshasa's invitation.",
            {
                ("Burundian army", "deploys_fighters_to", "South Kivu", OUTLET, "asserted"),
                ("Burundian army", "allied_with", "Kinshasa", "Burundian army", "asserted"),
            },
        ),
        (
            "M27 commanders accused the Burundian contingent of shelling their positions near"
            " Kamanyola.",
            {("Burundian contingent", "fighting_against", "M27", "M27 commanders", "asserted")},
        ),
        (
            "Hezbollah's Radwan unit is said to have sent instructors to train the Kata'ib"
            " al-Imam militia in Iraq.",
            {
                ("Hezbollah", "sponsors", "Kata'ib al-Imam", OUTLET, "asserted"),
            },
        ),
        (
            "Officials in Baghdad said the Kata'ib al-Imam militia is part of the Popular"
            " Mobilisation Forces and answers to the prime minister.",
            {
                (
                    "Kata'ib al-Imam",
                    "member_of",
                    "Popular Mobilisation Forces",
                    "officials",
                    "asserted",
                ),
            },
        ),
        (
            "Should Ethiopia send its troops back into Somalia, the Jubaland militias will"
            " resist them, a regional minister threatened.",
            {("Ethiopia", "deploys_fighters_to", "Somalia", "minister", "hypothetical")},
        ),
        (
            "The Ansar al-Wadi group, once an ally of the Northern Shield Brigades, now"
            " fights alongside the government in the Sahl plain.",
            {
                ("Ansar al-Wadi", "allied_with", "Northern Shield Brigades", OUTLET, "asserted"),
                ("Ansar al-Wadi", "allied_with", "government", OUTLET, "asserted"),
            },
        ),
        (
            "Nigerien officials denied reports that Wagner fighters had been deployed to"
            " Tillaberi.",
            {("Wagner", "deploys_fighters_to", "Tillaberi", "officials", "denied")},
        ),
        (
            "Sudan's army accused the Rapid Support Forces of recruiting fighters from Chad"
            " and the Central African Republic.",
            set(),
        ),
        (
            "The Qasimiyun Brigade, whose fighters are reportedly funded by a Gulf charity,"
            " has been battling Islamic State cells in the Badia desert.",
            {
                ("charity", "sponsors", "Qasimiyun Brigade", OUTLET, "asserted"),
                ("Qasimiyun Brigade", "fighting_against", "Islamic State", OUTLET, "asserted"),
            },
        ),
        (
            "There are no Ugandan troops in Ituri, the army spokesman insisted.",
            {("Ugandan troops", "deploys_fighters_to", "Ituri", "spokesman", "denied")},
        ),
    )
)
