"""An eighth set of proxy-war excerpts, written for these tests before any code was
changed against them: main at 71cea0a found 16/33 (strict 14) with 3 spurious claims;
the floors are in ``test_proxy_news_held_out_sets``.

It aims at the kinds of faults sets A to G left open: a claimant named after the
sentence (", the Observatory said") that the parser hangs on the noun before it as
its apposition; group names in the Arabic style whose words are joined by an
apostrophe or a hyphen ("Kata'ib ...", "... al-Wadi"), which must stay one actor;
coalitions led by a state ("the Saudi-led coalition"); regions named without a
country ("Tigray"); withdrawals, which end a deployment but assert none of their own;
and taking part in the fighting somewhere or beside someone ("took part in the
fighting around Y", "took part in the battle for Y alongside Z"). Group names are
invented. Claims are (subject, predicate, object, claimant, stance), matched as in
``proxy_news_cases``.
"""

from __future__ import annotations

from proxy_news_cases import OUTLET, Expected

CASES: tuple[tuple[str, frozenset[Expected]], ...] = tuple(
    (text, frozenset(expected))
    for text, expected in (
        (
            "Ankara has moved about 1,200 Syrian fighters to Libya since June, the Syrian"
            " Observatory for Human Rights said on Sunday.",
            {("Ankara", "deploys_fighters_to", "Libya", "Observatory", "asserted")},
        ),
        (
            "Iran has been arming the Saraya Jund al-Wadi militia, the Observatory said.",
            {("Iran", "sponsors", "Saraya Jund al-Wadi", "Observatory", "asserted")},
        ),
        (
            "Qatar has quietly funded the Free Brena Battalions, the Vantorian intelligence"
            " service said in a report.",
            {("Qatar", "sponsors", "Free Brena Battalions", "intelligence service", "asserted")},
        ),
        (
            "The militia receives its rockets from Tehran, the group's former commander told"
            " a Lebanese newspaper.",
            {("Tehran", "sponsors", "militia", "commander", "asserted")},
        ),
        (
            "Hezbollah has trained fighters of Kata'ib Sayf al-Sham in southern Syria, the"
            " Israeli army said.",
            {("Hezbollah", "sponsors", "Kata'ib Sayf al-Sham", "Israeli army", "asserted")},
        ),
        (
            "Kata'ib Nasr al-Din is part of the Eastern Resistance Front, a spokesman for"
            " the front said.",
            {
                (
                    "Kata'ib Nasr al-Din",
                    "member_of",
                    "Eastern Resistance Front",
                    "spokesman",
                    "asserted",
                )
            },
        ),
        (
            "The Jaysh Ahl al-Sahil militia denied receiving money or weapons from Tehran.",
            {("Tehran", "sponsors", "Jaysh Ahl al-Sahil", "Jaysh Ahl al-Sahil", "denied")},
        ),
        (
            "The Saudi-led coalition said it had intercepted two drones launched toward Jizan.",
            {("Saudi", "commands", "coalition", OUTLET, "asserted")},
        ),
        (
            "Warplanes of the US-led coalition struck Islamic State hideouts in the Hamrin"
            " mountains, the Iraqi army said.",
            {
                ("US", "commands", "coalition", "Iraqi army", "asserted"),
                ("coalition", "fighting_against", "Islamic State", "Iraqi army", "asserted"),
            },
        ),
        (
            "Bahrain and Kuwait are members of the Saudi-led coalition.",
            {
                ("Bahrain", "member_of", "coalition", OUTLET, "asserted"),
                ("Kuwait", "member_of", "coalition", OUTLET, "asserted"),
                ("Saudi", "commands", "coalition", OUTLET, "asserted"),
            },
        ),
        (
            "The coalition's spokesman said the strike had hit a weapons depot.",
            set(),
        ),
        (
            "Eritrean soldiers remain in Tigray despite the truce, according to aid workers.",
            {("Eritrean soldiers", "deploys_fighters_to", "Tigray", "aid workers", "asserted")},
        ),
        (
            "Tigray's regional president met the African Union envoy in Mekelle on Friday.",
            set(),
        ),
        (
            "Addis Ababa has accused Egypt of arming the Tigray Defence Forces.",
            {("Egypt", "sponsors", "Tigray Defence Forces", "Addis Ababa", "asserted")},
        ),
        (
            "Burundi deployed 600 soldiers to South Kivu in 2022 and withdrew them in March,"
            " a military source said.",
            {("Burundi", "deploys_fighters_to", "South Kivu", "source", "asserted")},
        ),
        (
            "The Wagner Group pulled its fighters out of Bangui in March, diplomats said.",
            set(),
        ),
        (
            "The Kenyan contingent withdrew from Gedo in April after a dispute with Mogadishu.",
            set(),
        ),
        (
            "Rwandan troops, who arrived in Cabo Delgado in July 2021, began pulling out in"
            " May, officials in Maputo said.",
            {("Rwandan troops", "deploys_fighters_to", "Cabo Delgado", "officials", "asserted")},
        ),
        (
            "Syrian mercenaries took part in the offensive on Hadrut, Armenian officials said.",
            {("Syrian mercenaries", "deploys_fighters_to", "Hadrut", "officials", "asserted")},
        ),
        (
            "Hundreds of Chadian fighters took part in the battle for Tripoli alongside"
            " Haftar's forces, a UN panel found.",
            {
                ("Chadian fighters", "deploys_fighters_to", "Tripoli", "panel", "asserted"),
                ("Chadian fighters", "allied_with", "Haftar", "panel", "asserted"),
            },
        ),
        (
            "Minsk insisted that no Belarusian soldiers had taken part in the fighting"
            " around Kyiv.",
            {("Belarusian soldiers", "deploys_fighters_to", "Kyiv", "Minsk", "denied")},
        ),
        (
            "Fighters of Liwa Dhu'l-Fiqar al-Jadid took part in the fighting alongside"
            " Russian forces near Bakhmut, the Ukrainian general staff said.",
            {
                (
                    "Liwa Dhu'l-Fiqar al-Jadid",
                    "allied_with",
                    "Russian forces",
                    "general staff",
                    "asserted",
                ),
                (
                    "Liwa Dhu'l-Fiqar al-Jadid",
                    "deploys_fighters_to",
                    "Bakhmut",
                    "general staff",
                    "asserted",
                ),
            },
        ),
        (
            "The Kurdish-led administration said it would not take part in the talks in Geneva.",
            set(),
        ),
        (
            "The Qadisiyah Brigade's commander, Abu Mahdi al-Tamimi, said his men had"
            " fought alongside the Syrian army in Palmyra.",
            {
                ("Abu Mahdi al-Tamimi", "commands", "Qadisiyah Brigade", OUTLET, "asserted"),
                ("Qadisiyah Brigade", "allied_with", "Syrian army", "al-Tamimi", "asserted"),
                ("Qadisiyah Brigade", "deploys_fighters_to", "Palmyra", "al-Tamimi", "asserted"),
            },
        ),
        (
            "Since January, Chadian troops have been stationed in northern Cameroon, a"
            " ministry statement said.",
            {("Chadian troops", "deploys_fighters_to", "Cameroon", "statement", "asserted")},
        ),
        (
            "Russian instructors are training the presidential guard in Bangui, a UN report said.",
            {
                ("Russian instructors", "sponsors", "presidential guard", "report", "asserted"),
                ("Russian instructors", "deploys_fighters_to", "Bangui", "report", "asserted"),
            },
        ),
        (
            "Fighters of Kata'ib Nasr al-Din have been sent to Deir ez-Zor by the"
            " Revolutionary Guards, a commander of the group said.",
            {
                (
                    "Revolutionary Guards",
                    "deploys_fighters_to",
                    "Deir ez-Zor",
                    "commander",
                    "asserted",
                ),
                (
                    "Kata'ib Nasr al-Din",
                    "deploys_fighters_to",
                    "Deir ez-Zor",
                    "commander",
                    "asserted",
                ),
            },
        ),
        (
            "Harakat Ansar al-Rafidayn, an Iran-backed militia, said its men had taken part"
            " in the fighting in Aleppo.",
            {
                ("Iran", "sponsors", "Harakat Ansar al-Rafidayn", OUTLET, "asserted"),
                (
                    "Harakat Ansar al-Rafidayn",
                    "deploys_fighters_to",
                    "Aleppo",
                    "Harakat Ansar al-Rafidayn",
                    "asserted",
                ),
            },
        ),
    )
)
