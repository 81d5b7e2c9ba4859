"""A third set of proxy-war sentences, written for these tests before any code was
changed against them: its first figures measure how the relation stage generalises
beyond ``proxy_news_cases`` and ``proxy_news_cases_b`` (both of which the code has
been fixed on).

It leans on what the earlier sets had little of: capitals standing for their
governments ("Kigali denies...", "Moscow sent..."), state-to-state military
support (sponsors, not allied_with), lists of backers or members, nominalisations
("X's delivery of missiles to Y"), passives with a by-agent, appositions and
compounds ("the Iranian-backed Houthis", "the Hezbollah-allied Amal movement"),
reported speech and denials, headlines, and sentences that name armed actors
without stating a tie between them ("groups operating in central Mali" is no
deployment). Claims are (subject, predicate, object, claimant, stance), matched as
in ``proxy_news_cases``.
"""

from __future__ import annotations

from proxy_news_cases import OUTLET, Expected

CASES: tuple[tuple[str, frozenset[Expected]], ...] = tuple(
    (text, frozenset(expected))
    for text, expected in (
        (
            "The UAE, Egypt and Russia back Khalifa Haftar in eastern Libya, according to a"
            " confidential UN report.",
            {
                ("UAE", "sponsors", "Haftar", "report", "asserted"),
                ("Egypt", "sponsors", "Haftar", "report", "asserted"),
                ("Russia", "sponsors", "Haftar", "report", "asserted"),
            },
        ),
        (
            "Kigali denies arming the M23 rebels, who have seized swathes of North Kivu.",
            {("Kigali", "sponsors", "M23", "Kigali", "denied")},
        ),
        (
            "Rwandan troops are fighting alongside M23 inside Congolese territory, UN experts say.",
            {("Rwandan troops", "allied_with", "M23", "UN experts", "asserted")},
        ),
        (
            "Moscow sent military instructors and attack helicopters to Bamako after the French"
            " withdrawal.",
            {
                ("Moscow", "deploys_fighters_to", "Bamako", OUTLET, "asserted"),
                ("Moscow", "sponsors", "Bamako", OUTLET, "asserted"),
            },
        ),
        (
            "Tehran has supplied Moscow with hundreds of attack drones for use in Ukraine,"
            " Western intelligence officials said.",
            {("Tehran", "sponsors", "Moscow", "intelligence officials", "asserted")},
        ),
        (
            "The Iranian-backed Houthis fired two ballistic missiles at a tanker in the Red Sea,"
            " US Central Command said.",
            {("Iranian", "sponsors", "Houthis", "Central Command", "asserted")},
        ),
        (
            "Washington's delivery of long-range missiles to Kyiv drew an angry response from"
            " the Kremlin.",
            {("Washington", "sponsors", "Kyiv", OUTLET, "asserted")},
        ),
        (
            "Soldiers of the Sudanese army clashed with the Rapid Support Forces in Omdurman on"
            " Sunday, residents said.",
            {
                (
                    "Sudanese army",
                    "fighting_against",
                    "Rapid Support Forces",
                    "residents",
                    "asserted",
                )
            },
        ),
        (
            "Armenian officials claimed that Turkey had transferred some 1,500 Syrian fighters to"
            " fight alongside Azerbaijani forces.",
            {
                (
                    "Turkey",
                    "deploys_fighters_to",
                    "Azerbaijani forces",
                    "Armenian officials",
                    "asserted",
                ),
                (
                    "Syrian fighters",
                    "allied_with",
                    "Azerbaijani forces",
                    "Armenian officials",
                    "asserted",
                ),
            },
        ),
        (
            "Ankara rejected the claims as baseless, saying there were no Turkish-backed fighters"
            " in Karabakh.",
            {("Ankara", "deploys_fighters_to", "Karabakh", "Ankara", "denied")},
        ),
        (
            "Jihadist groups operating in central Mali have attacked several army outposts this"
            " month.",
            {("Jihadist groups", "fighting_against", "army", OUTLET, "asserted")},
        ),
        (
            "The Wagner Group, which deployed around 1,000 men to Mali in 2021, has been accused"
            " of abuses by rights groups.",
            {("Wagner Group", "deploys_fighters_to", "Mali", OUTLET, "asserted")},
        ),
        (
            "The militia is backed by Iran and takes orders from the Revolutionary Guards, a"
            " Western diplomat said.",
            {
                ("Iran", "sponsors", "militia", "diplomat", "asserted"),
                ("Revolutionary Guards", "commands", "militia", "diplomat", "asserted"),
            },
        ),
        (
            "Kremlin spokesman Dmitry Peskov denied that Russia was supplying weapons to the Rapid"
            " Support Forces.",
            {("Russia", "sponsors", "Rapid Support Forces", "Peskov", "denied")},
        ),
        (
            "Sudan's army accuses the UAE of funnelling arms to the RSF through Chad, a charge"
            " Abu Dhabi denies.",
            {
                ("UAE", "sponsors", "RSF", "army", "asserted"),
                ("UAE", "sponsors", "RSF", "Abu Dhabi", "denied"),
            },
        ),
        (
            "Pyongyang has dispatched thousands of soldiers to Russia's Kursk region, South"
            " Korea's spy agency said.",
            {("Pyongyang", "deploys_fighters_to", "Kursk", "spy agency", "asserted")},
        ),
        (
            "North Korean troops are fighting alongside Russian forces against Ukraine, according"
            " to Seoul.",
            {
                ("North Korean troops", "allied_with", "Russian forces", "Seoul", "asserted"),
                ("North Korean troops", "fighting_against", "Ukraine", "Seoul", "asserted"),
                ("Russian forces", "fighting_against", "Ukraine", "Seoul", "asserted"),
            },
        ),
        (
            "Hamas, Palestinian Islamic Jihad and the Popular Resistance Committees have all"
            " received Iranian funding, Israeli officials allege.",
            {
                ("Iranian", "sponsors", "Hamas", "Israeli officials", "asserted"),
                ("Iranian", "sponsors", "Islamic Jihad", "Israeli officials", "asserted"),
                (
                    "Iranian",
                    "sponsors",
                    "Popular Resistance Committees",
                    "Israeli officials",
                    "asserted",
                ),
            },
        ),
        (
            "The Hezbollah-allied Amal movement denied any role in the clashes.",
            {("Hezbollah", "allied_with", "Amal", OUTLET, "asserted")},
        ),
        (
            "Kataib Sayyid al-Shuhada, one of the Iran-aligned factions of the Popular"
            " Mobilisation Forces, has sent fighters to Syria to defend the government in"
            " Damascus, an Iraqi commander said.",
            {
                (
                    "Kataib Sayyid al-Shuhada",
                    "member_of",
                    "Popular Mobilisation Forces",
                    "commander",
                    "asserted",
                ),
                ("Iran", "allied_with", "Kataib Sayyid al-Shuhada", "commander", "asserted"),
                (
                    "Kataib Sayyid al-Shuhada",
                    "deploys_fighters_to",
                    "Syria",
                    "commander",
                    "asserted",
                ),
            },
        ),
        (
            "Damascus has relied on Russian air power and Iranian-backed militias to retake"
            " Aleppo.",
            {
                ("Russian", "allied_with", "Damascus", OUTLET, "asserted"),
                ("Iranian", "sponsors", "militias", OUTLET, "asserted"),
                ("militias", "allied_with", "Damascus", OUTLET, "asserted"),
            },
        ),
        (
            "The rebels, armed and trained by Turkey, launched an offensive against Kurdish-led"
            " forces near Manbij.",
            {
                ("Turkey", "sponsors", "rebels", OUTLET, "asserted"),
                ("rebels", "fighting_against", "Kurdish-led forces", OUTLET, "asserted"),
            },
        ),
        (
            "Ukrainian military intelligence said Belarusian volunteers of the Kastus Kalinouski"
            " regiment had joined the defence of Kyiv.",
            {
                (
                    "volunteers",
                    "member_of",
                    "Kastus Kalinouski regiment",
                    "military intelligence",
                    "asserted",
                )
            },
        ),
        (
            "A Chechen unit commanded by Adam Delimkhanov took part in the assault on Mariupol.",
            {("Delimkhanov", "commands", "Chechen unit", OUTLET, "asserted")},
        ),
        (
            "Abu Dhabi's backing of the RSF has strained its ties with Cairo, which supports the"
            " army.",
            {
                ("Abu Dhabi", "sponsors", "RSF", OUTLET, "asserted"),
                ("Cairo", "sponsors", "army", OUTLET, "asserted"),
            },
        ),
        (
            "Egypt has sent warplanes and pilots to help the Sudanese army, two military sources"
            " said.",
            {
                ("Egypt", "sponsors", "Sudanese army", "military sources", "asserted"),
                (
                    "Egypt",
                    "deploys_fighters_to",
                    "Sudanese army",
                    "military sources",
                    "asserted",
                ),
            },
        ),
        (
            "The Azov regiment, now part of Ukraine's National Guard, has been defending the"
            " steelworks.",
            {("Azov regiment", "member_of", "National Guard", OUTLET, "asserted")},
        ),
        (
            "Kurdish fighters of the YPG, the backbone of the US-backed SDF, repelled an attack by"
            " Turkish-backed factions.",
            {
                ("YPG", "member_of", "SDF", OUTLET, "asserted"),
                ("US", "sponsors", "SDF", OUTLET, "asserted"),
                ("Turkish", "sponsors", "factions", OUTLET, "asserted"),
                ("factions", "fighting_against", "YPG", OUTLET, "asserted"),
            },
        ),
        (
            "Saudi Arabia leads a military coalition that has been bombing the Houthis since 2015.",
            {
                ("Saudi Arabia", "commands", "coalition", OUTLET, "asserted"),
                ("coalition", "fighting_against", "Houthis", OUTLET, "asserted"),
            },
        ),
        (
            "The coalition, which includes the United Arab Emirates, Bahrain and Sudan, denies"
            " targeting civilians.",
            {
                ("United Arab Emirates", "member_of", "coalition", OUTLET, "asserted"),
                ("Bahrain", "member_of", "coalition", OUTLET, "asserted"),
                ("Sudan", "member_of", "coalition", OUTLET, "asserted"),
            },
        ),
        (
            "Sudanese fighters, many of them from the RSF, were paid by Riyadh to fight the"
            " Houthis in Yemen, according to an investigation by an American newspaper.",
            {
                ("Sudanese fighters", "member_of", "RSF", "investigation", "asserted"),
                ("Riyadh", "sponsors", "Sudanese fighters", "investigation", "asserted"),
                ("Sudanese fighters", "fighting_against", "Houthis", "investigation", "asserted"),
            },
        ),
        (
            "Washington is providing Israel with bunker-busting bombs, officials confirmed.",
            {("Washington", "sponsors", "Israel", "officials", "asserted")},
        ),
        (
            "Russia's deployment of troops to Transnistria dates back to the early 1990s.",
            {("Russia", "deploys_fighters_to", "Transnistria", OUTLET, "asserted")},
        ),
        (
            "Baku has accused Yerevan of moving PKK militants into the occupied areas, which"
            " Armenia denies.",
            {
                ("Yerevan", "deploys_fighters_to", "occupied areas", "Baku", "asserted"),
                ("Yerevan", "deploys_fighters_to", "occupied areas", "Armenia", "denied"),
            },
        ),
        (
            "Lebanese Hezbollah commanders are training Houthi fighters in Yemen, a Saudi-led"
            " coalition spokesman alleged.",
            {
                ("Hezbollah", "sponsors", "Houthi", "spokesman", "asserted"),
                ("Saudi", "commands", "coalition", OUTLET, "asserted"),
            },
        ),
        (
            "The Hezbollah leader, Naim Qassem, said the group would keep supporting Hamas in"
            " Gaza.",
            {
                ("Naim Qassem", "commands", "Hezbollah", OUTLET, "asserted"),
                ("Hezbollah", "sponsors", "Hamas", "Naim Qassem", "asserted"),
            },
        ),
        (
            "Fighters of the Sultan Murad Division, a Turkish-backed faction, were among those"
            " flown to Libya in December, the monitor said.",
            {
                ("Turkish", "sponsors", "Sultan Murad Division", "monitor", "asserted"),
                ("Sultan Murad Division", "deploys_fighters_to", "Libya", "monitor", "asserted"),
            },
        ),
        (
            "Mercenaries from Chad and Sudan fought for Haftar during the assault on Tripoli, UN"
            " experts found.",
            {("Mercenaries", "allied_with", "Haftar", "UN experts", "asserted")},
        ),
        (
            "The Russian foreign ministry rejected reports that Russian private military"
            " contractors were operating in the Central African Republic.",
            {
                (
                    "contractors",
                    "deploys_fighters_to",
                    "Central African Republic",
                    "foreign ministry",
                    "denied",
                )
            },
        ),
        (
            "Armenia's ally Russia has kept a military base in Gyumri since the 1990s.",
            {
                ("Armenia", "allied_with", "Russia", OUTLET, "asserted"),
                ("Russia", "deploys_fighters_to", "Gyumri", OUTLET, "asserted"),
            },
        ),
        (
            "Ethiopian troops in Somalia are fighting al-Shabaab alongside Somali government"
            " forces.",
            {
                ("Ethiopian troops", "fighting_against", "al-Shabaab", OUTLET, "asserted"),
                (
                    "Ethiopian troops",
                    "allied_with",
                    "Somali government forces",
                    OUTLET,
                    "asserted",
                ),
                (
                    "Somali government forces",
                    "fighting_against",
                    "al-Shabaab",
                    OUTLET,
                    "asserted",
                ),
            },
        ),
        ("Police in Bamako arrested two men on Tuesday.", set()),
        ("Kyiv said it had shot down 40 drones overnight.", set()),
        ("Beijing has denied providing lethal aid to either side in the war.", set()),
        (
            "Minsk allowed Russian troops to launch their invasion from Belarusian soil,"
            " Ukrainian officials said.",
            {("Minsk", "allied_with", "Russian troops", "Ukrainian officials", "asserted")},
        ),
        (
            "The Houthis' Ansar Allah movement is fighting government forces backed by the"
            " Saudi-led coalition.",
            {
                ("Ansar Allah", "fighting_against", "government forces", OUTLET, "asserted"),
                ("coalition", "sponsors", "government forces", OUTLET, "asserted"),
                ("Saudi", "commands", "coalition", OUTLET, "asserted"),
            },
        ),
        (
            "In a statement, the Popular Front said its fighters had been attacked by the army"
            " and its allied militias.",
            {
                ("army", "fighting_against", "Popular Front", "Popular Front", "asserted"),
                ("militias", "allied_with", "army", "Popular Front", "asserted"),
            },
        ),
        (
            "Troops sent by Burundi to help Kinshasa fight M23 rebels",
            {
                ("Burundi", "deploys_fighters_to", "Kinshasa", OUTLET, "asserted"),
                ("Troops", "fighting_against", "M23", OUTLET, "asserted"),
                ("Kinshasa", "fighting_against", "M23", OUTLET, "asserted"),
            },
        ),
    )
)
