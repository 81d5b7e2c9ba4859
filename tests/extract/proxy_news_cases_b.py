"""A second set of proxy-war sentences, written for these tests before any code was
changed against them, so that their first figures measure how the relation stage
generalises beyond ``proxy_news_cases`` (whose sentences the code was fixed on).

Styles from both sides of several proxy wars (Yemen, Syria, Iraq, Libya, Sudan,
Ukraine, the Great Lakes, the Sahel, Karabakh): wire copy, headlines, ministry
statements, denials, analysts' quotes, lists, nominalisations, passives. Each
sentence carries the claims a monitor expects: (subject, predicate, object,
claimant, stance), matched as in ``proxy_news_cases``. A relation stated both by
an accuser and by a denier is expected once per claimant.
"""

from __future__ import annotations

from proxy_news_cases import OUTLET, Expected

CASES: tuple[tuple[str, frozenset[Expected]], ...] = tuple(
    (text, frozenset(expected))
    for text, expected in (
        (
            "Iranian-backed militias in Iraq have launched dozens of rocket attacks this year,"
            " Pentagon officials said.",
            {("Iranian", "sponsors", "militias", "Pentagon officials", "asserted")},
        ),
        (
            "Kataib Hezbollah, a hardline faction within the Popular Mobilisation Forces, has"
            " threatened to expel American forces.",
            {
                (
                    "Kataib Hezbollah",
                    "member_of",
                    "Popular Mobilisation Forces",
                    OUTLET,
                    "asserted",
                )
            },
        ),
        (
            "The Wagner Group supplied fighters to the Rapid Support Forces during the siege,"
            " according to a Sudanese monitoring group.",
            {
                (
                    "Wagner Group",
                    "deploys_fighters_to",
                    "Rapid Support Forces",
                    "monitoring group",
                    "asserted",
                )
            },
        ),
        (
            "Eritrean troops fought alongside Ethiopian federal forces against the Tigray"
            " People's Liberation Front, witnesses told reporters.",
            {
                (
                    "Eritrean troops",
                    "allied_with",
                    "Ethiopian federal forces",
                    "witnesses",
                    "asserted",
                ),
                ("Eritrean troops", "fighting_against", "Tigray", "witnesses", "asserted"),
                ("Ethiopian federal forces", "fighting_against", "Tigray", "witnesses", "asserted"),
            },
        ),
        (
            "Asmara has repeatedly denied that its soldiers are operating inside Tigray.",
            {("Asmara", "deploys_fighters_to", "Tigray", "Asmara", "denied")},
        ),
        (
            "Ethiopia's government has received military support from the United Arab Emirates,"
            " including armed drones, diplomats say.",
            {("United Arab Emirates", "sponsors", "Ethiopia", "diplomats", "asserted")},
        ),
        (
            "The Ukrainian defence ministry said that mercenaries from the Wagner private military"
            " company are fighting for the occupiers near Bakhmut.",
            {("Wagner", "allied_with", "occupiers", "defence ministry", "asserted")},
        ),
        (
            "Moscow has denied sending regular troops to eastern Ukraine, insisting that any"
            " Russians there are volunteers.",
            {("Moscow", "deploys_fighters_to", "eastern Ukraine", "Moscow", "denied")},
        ),
        (
            "Turkey sends Syrian mercenaries to Libya to prop up Tripoli government",
            {
                ("Turkey", "deploys_fighters_to", "Libya", OUTLET, "asserted"),
                ("Turkey", "sponsors", "Tripoli government", OUTLET, "asserted"),
            },
        ),
        (
            "Hezbollah fighters killed in Syria clashes with rebels",
            {("Hezbollah", "fighting_against", "rebels", OUTLET, "asserted")},
        ),
        (
            '"Without Iranian money and weapons, the Houthis could not sustain this war for a'
            ' month," said Farea Hamid, an analyst at a think tank in Amman.',
            {("Iranian", "sponsors", "Houthis", "Farea Hamid", "asserted")},
        ),
        (
            "The offensive was launched by the Syrian National Army, an umbrella of"
            " Turkish-funded rebel groups, against the Syrian Democratic Forces, which are"
            " backed by Washington.",
            {
                (
                    "Syrian National Army",
                    "fighting_against",
                    "Syrian Democratic Forces",
                    OUTLET,
                    "asserted",
                ),
                ("Turkish", "sponsors", "rebel groups", OUTLET, "asserted"),
                ("Washington", "sponsors", "Syrian Democratic Forces", OUTLET, "asserted"),
            },
        ),
        (
            "Among the factions that sent men to Azerbaijan were the Sultan Suleiman Shah"
            " Brigade, the Hamza Division and Faylaq al-Sham, the monitor said.",
            {
                (
                    "Sultan Suleiman Shah Brigade",
                    "deploys_fighters_to",
                    "Azerbaijan",
                    "monitor",
                    "asserted",
                ),
                ("Hamza Division", "deploys_fighters_to", "Azerbaijan", "monitor", "asserted"),
                ("Faylaq al-Sham", "deploys_fighters_to", "Azerbaijan", "monitor", "asserted"),
            },
        ),
        (
            "Ankara's recruitment of Syrian fighters for the war in Karabakh has drawn"
            " condemnation from Paris and Moscow.",
            {("Ankara", "deploys_fighters_to", "Karabakh", OUTLET, "asserted")},
        ),
        (
            "Several hundred Sudanese fighters were flown to eastern Libya by a private"
            " security firm based in the Emirates, the UN panel found.",
            {
                (
                    "private security firm",
                    "deploys_fighters_to",
                    "eastern Libya",
                    "UN panel",
                    "asserted",
                )
            },
        ),
        (
            "The Saudi-backed government of Yemen accused Houthi rebels of firing a drone at"
            " an oil terminal.",
            {("Saudi", "sponsors", "government", OUTLET, "asserted")},
        ),
        (
            "Fighters loyal to the Tripoli government pushed back forces loyal to Khalifa"
            " Haftar from the capital's southern suburbs.",
            {
                ("Fighters", "allied_with", "Tripoli government", OUTLET, "asserted"),
                ("forces", "allied_with", "Haftar", OUTLET, "asserted"),
                ("Fighters", "fighting_against", "forces", OUTLET, "asserted"),
            },
        ),
        (
            "The Hamza Division supplied at least 300 fighters to the Azerbaijani army, the"
            " group's own members told reporters.",
            {
                (
                    "Hamza Division",
                    "deploys_fighters_to",
                    "Azerbaijani army",
                    "members",
                    "asserted",
                )
            },
        ),
        (
            "Washington's military support for Kyiv has topped $40 billion since the invasion"
            " began.",
            {("Washington", "sponsors", "Kyiv", OUTLET, "asserted")},
        ),
        (
            "Tehran's military support to the Assad government includes advisers from the"
            " Revolutionary Guards.",
            {("Tehran", "sponsors", "Assad government", OUTLET, "asserted")},
        ),
        (
            "Militants have been fighting government troops in Cabo Delgado since 2017.",
            {("Militants", "fighting_against", "government troops", OUTLET, "asserted")},
        ),
        (
            "Islamist militants linked to al-Qaeda have overrun several army posts in central"
            " Mali.",
            {("militants", "member_of", "al-Qaeda", OUTLET, "asserted")},
        ),
        (
            "Mercenaries from Syria and Sudan are fighting for Haftar's forces, according to a"
            " confidential UN report.",
            {("Mercenaries", "allied_with", "Haftar", "UN report", "asserted")},
        ),
        (
            "Colombian mercenaries hired by a company in Abu Dhabi are fighting for the RSF in"
            " Darfur, Sudan's army alleged.",
            {
                ("Colombian mercenaries", "allied_with", "RSF", "army", "asserted"),
                ("company", "deploys_fighters_to", "RSF", "army", "asserted"),
            },
        ),
        (
            "The Rwandan government dismissed a UN report saying that its troops were fighting"
            " alongside M23 rebels in North Kivu.",
            {
                ("Rwanda", "allied_with", "M23", "Rwandan government", "denied"),
                ("Rwanda", "allied_with", "M23", "UN report", "asserted"),
            },
        ),
        (
            "Kigali denies backing the M23, which it says is a Congolese problem.",
            {("Kigali", "sponsors", "M23", "Kigali", "denied")},
        ),
        (
            '"The so-called volunteers are in fact regular units of the Russian army," the'
            " Ukrainian defence ministry said in a statement.",
            {("volunteers", "member_of", "Russian army", "defence ministry", "asserted")},
        ),
        (
            "Armenia's Defence Ministry said Turkish F-16 jets were supporting Azerbaijani"
            " troops in the offensive, a claim Ankara denied.",
            {
                ("Turkish", "sponsors", "Azerbaijani troops", "Defence Ministry", "asserted"),
                ("Turkish", "sponsors", "Azerbaijani troops", "Ankara", "denied"),
            },
        ),
        (
            '"Hezbollah takes its orders from Tehran," a senior Israeli officer told reporters.',
            {("Tehran", "commands", "Hezbollah", "Israeli officer", "asserted")},
        ),
        (
            "The Quds Force commander, Qassem Soleimani, oversaw the militias that fought for"
            " Assad.",
            {
                ("Soleimani", "commands", "Quds Force", OUTLET, "asserted"),
                ("Soleimani", "commands", "militias", OUTLET, "asserted"),
                ("militias", "allied_with", "Assad", OUTLET, "asserted"),
            },
        ),
        (
            "Russian jets pound rebel-held Idlib as Turkish-backed fighters dig in",
            {("Turkish", "sponsors", "fighters", OUTLET, "asserted")},
        ),
        (
            "Azerbaijan denies using Syrian mercenaries in Karabakh",
            {("Azerbaijan", "allied_with", "Syrian mercenaries", "Azerbaijan", "denied")},
        ),
        (
            "Baku says Armenia has brought in fighters of Kurdish and Lebanese origin to the"
            " occupied territories.",
            {("Armenia", "deploys_fighters_to", "occupied territories", "Baku", "asserted")},
        ),
        (
            "Thousands of Afghans from the Fatemiyoun Brigade were dispatched to Syria by"
            " Iran's Revolutionary Guards.",
            {("Revolutionary Guards", "deploys_fighters_to", "Syria", OUTLET, "asserted")},
        ),
        (
            "The Fatemiyoun, an Afghan Shia militia trained and paid by Iran, lost hundreds of"
            " men around Aleppo.",
            {("Iran", "sponsors", "Fatemiyoun", OUTLET, "asserted")},
        ),
        (
            "Ansar Allah, Tehran's ally in Yemen, claimed the drone strike on the refinery.",
            {("Ansar Allah", "allied_with", "Tehran", OUTLET, "asserted")},
        ),
        (
            "The coalition said it had intercepted a ballistic missile fired by the"
            " Iranian-backed Houthi militia toward Jazan.",
            {("Iranian", "sponsors", "Houthi", "coalition", "asserted")},
        ),
        (
            "Backed by Russian air power and Iranian-funded militias, Syrian government forces"
            " recaptured Aleppo in December 2016 from rebels supported by Turkey and Gulf"
            " states.",
            {
                ("Russian", "sponsors", "Syrian government forces", OUTLET, "asserted"),
                ("Iranian", "sponsors", "militias", OUTLET, "asserted"),
                ("militias", "allied_with", "Syrian government forces", OUTLET, "asserted"),
                ("Syrian government forces", "fighting_against", "rebels", OUTLET, "asserted"),
                ("Turkey", "sponsors", "rebels", OUTLET, "asserted"),
                ("Gulf states", "sponsors", "rebels", OUTLET, "asserted"),
            },
        ),
        (
            "Ramzan Kadyrov announced the deployment of more Chechen units to Ukraine on his"
            " Telegram channel.",
            {("Kadyrov", "deploys_fighters_to", "Ukraine", "Kadyrov", "asserted")},
        ),
        (
            "Belarus has allowed Russian troops to use its territory to attack Ukraine, but"
            " Minsk insists its own army will not join the war.",
            {("Russian troops", "fighting_against", "Ukraine", OUTLET, "asserted")},
        ),
        (
            "Mali's junta has turned to Russian instructors, who Western governments say are"
            " Wagner mercenaries.",
            {("instructors", "member_of", "Wagner", "Western governments", "asserted")},
        ),
        (
            "The junta denies that Wagner is operating in Mali, saying the Russians are only"
            " trainers.",
            {("Wagner", "deploys_fighters_to", "Mali", "junta", "denied")},
        ),
        (
            "The Rapid Support Forces, a paramilitary group once armed by Khartoum to crush"
            " Darfur rebels, are now fighting the army itself.",
            {
                ("Khartoum", "sponsors", "Rapid Support Forces", OUTLET, "asserted"),
                ("Rapid Support Forces", "fighting_against", "army", OUTLET, "asserted"),
            },
        ),
        (
            "Al-Shabaab, al-Qaeda's affiliate in East Africa, has stepped up attacks on African"
            " Union peacekeepers.",
            {
                ("Al-Shabaab", "member_of", "al-Qaeda", OUTLET, "asserted"),
                ("Al-Shabaab", "fighting_against", "peacekeepers", OUTLET, "asserted"),
            },
        ),
        (
            "The Islamic State West Africa Province, which pledged allegiance to the Islamic"
            " State in 2015, has been fighting both Boko Haram and the Nigerian army.",
            {
                ("West Africa Province", "member_of", "Islamic State", OUTLET, "asserted"),
                ("West Africa Province", "fighting_against", "Boko Haram", OUTLET, "asserted"),
                ("West Africa Province", "fighting_against", "Nigerian army", OUTLET, "asserted"),
            },
        ),
        (
            '"Turkey has become Azerbaijan\'s indispensable patron," said Thomas Brandt of the'
            " European Council on Foreign Relations.",
            {("Turkey", "sponsors", "Azerbaijan", "Brandt", "asserted")},
        ),
        (
            "Many of the militias answer directly to Iran's Quds Force, the Iraqi officials said.",
            {("Quds Force", "commands", "militias", "Iraqi officials", "asserted")},
        ),
        (
            "Russia, Iran and Hezbollah have all sent forces to prop up Bashar al-Assad.",
            {
                ("Russia", "deploys_fighters_to", "Assad", OUTLET, "asserted"),
                ("Iran", "deploys_fighters_to", "Assad", OUTLET, "asserted"),
                ("Hezbollah", "deploys_fighters_to", "Assad", OUTLET, "asserted"),
            },
        ),
        (
            "The United Arab Emirates, Egypt and Russia back Haftar, while Turkey and Qatar"
            " support the internationally recognised government in Tripoli.",
            {
                ("United Arab Emirates", "sponsors", "Haftar", OUTLET, "asserted"),
                ("Egypt", "sponsors", "Haftar", OUTLET, "asserted"),
                ("Russia", "sponsors", "Haftar", OUTLET, "asserted"),
                ("Turkey", "sponsors", "government", OUTLET, "asserted"),
                ("Qatar", "sponsors", "government", OUTLET, "asserted"),
            },
        ),
        (
            "The Kurdish YPG militia, which Ankara considers an offshoot of the outlawed PKK,"
            " forms the backbone of the SDF.",
            {
                ("YPG", "member_of", "PKK", "Ankara", "asserted"),
                ("YPG", "member_of", "SDF", OUTLET, "asserted"),
            },
        ),
        (
            "The Kremlin said on Thursday that no Russian military personnel were taking part"
            " in the fighting in Libya.",
            {("Russia", "deploys_fighters_to", "Libya", "Kremlin", "denied")},
        ),
        (
            "Hezbollah chief Hassan Nasrallah acknowledged for the first time that his fighters"
            " were battling rebels in Qusayr.",
            {
                ("Nasrallah", "commands", "Hezbollah", OUTLET, "asserted"),
                ("Hezbollah", "fighting_against", "rebels", "Nasrallah", "asserted"),
            },
        ),
        (
            "Armenian separatist forces, armed and financed by Yerevan, have held the region"
            " since the early 1990s.",
            {("Yerevan", "sponsors", "separatist forces", OUTLET, "asserted")},
        ),
        (
            "Syrian opposition sources said the Turkish-backed Sultan Murad faction had"
            " dispatched a second batch of 400 fighters to Azerbaijan via Turkey.",
            {
                ("Turkish", "sponsors", "Sultan Murad", "sources", "asserted"),
                ("Sultan Murad", "deploys_fighters_to", "Azerbaijan", "sources", "asserted"),
            },
        ),
        (
            "Libyan officials said Syrian fighters loyal to Ankara had been paid $2,000 a month"
            " to fight for the GNA.",
            {
                ("Syrian fighters", "allied_with", "Ankara", "Libyan officials", "asserted"),
                ("Syrian fighters", "allied_with", "GNA", "Libyan officials", "asserted"),
            },
        ),
        (
            "Reports that the UAE is arming the Rapid Support Forces are not true, the Emirati"
            " foreign ministry said.",
            {("UAE", "sponsors", "Rapid Support Forces", "foreign ministry", "denied")},
        ),
        (
            "Iran has never sent troops to Yemen and does not arm the Houthis, the Iranian"
            " foreign ministry spokesman insisted.",
            {
                ("Iran", "deploys_fighters_to", "Yemen", "spokesman", "denied"),
                ("Iran", "sponsors", "Houthis", "spokesman", "denied"),
            },
        ),
        (
            "Ukraine's foreign legion includes volunteers from more than 50 countries.",
            {("volunteers", "member_of", "foreign legion", OUTLET, "asserted")},
        ),
        (
            "Hezbollah's elite Radwan Force has been moved away from the border, Israeli"
            " officials said.",
            {("Radwan Force", "member_of", "Hezbollah", "Israeli officials", "asserted")},
        ),
        (
            "The Iran-aligned Badr Organisation has sent fighters to defend the Syrian government.",
            {
                ("Iran", "allied_with", "Badr Organisation", OUTLET, "asserted"),
                (
                    "Badr Organisation",
                    "deploys_fighters_to",
                    "Syrian government",
                    OUTLET,
                    "asserted",
                ),
            },
        ),
        (
            "The Houthis, who seized Sanaa in 2014, are at war with a coalition led by Saudi"
            " Arabia.",
            {
                ("Houthis", "fighting_against", "coalition", OUTLET, "asserted"),
                ("Saudi Arabia", "commands", "coalition", OUTLET, "asserted"),
            },
        ),
        (
            "Hamas and Palestinian Islamic Jihad, both funded by Iran, fired rockets at Israeli"
            " towns.",
            {
                ("Iran", "sponsors", "Hamas", OUTLET, "asserted"),
                ("Iran", "sponsors", "Palestinian Islamic Jihad", OUTLET, "asserted"),
            },
        ),
        # no relation is stated in these
        (
            "The Turkish foreign minister met his Azerbaijani counterpart in Ankara on Tuesday.",
            set(),
        ),
        ("The militia's spokesman said the convoy carried only food and medicine.", set()),
        ("Pentagon officials said they were reviewing the report on foreign fighters.", set()),
        ("Iran's foreign minister will travel to Moscow next week for talks on Syria.", set()),
        ("Thousands of residents fled Sirte as the front line moved closer.", set()),
        ("The ministry published a list of soldiers killed since September.", set()),
        ("Human rights groups accused the Wagner Group of executing civilians in Moura.", set()),
        ("Yerevan flatly rejected the accusation.", set()),
    )
)
