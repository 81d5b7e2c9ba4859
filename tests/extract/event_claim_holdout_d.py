"""A fourth set of news-style sentences (hold-out D), written for issue 10 before any
code was changed for it, to estimate how event claims hold up on phrasing no rule
was tuned on. Same format and conventions as ``event_claim_cases``; where the kind of
act is plain, ``mode`` gives the warledger mode a reader expects (scored apart, on
the claims whose type is right).

The styles are mixed on purpose: wire copy, local news, statements of ministries and
armed groups, interview answers with conditions, denials, Title Case headlines, one
attack told with several verbs (one claim), and lookalikes from sports, business and
opinion that tell no event.

Its first measurement on main (211be8d), before any fix: see ``FLOORS`` in
``test_event_claim_cases``.
"""

from __future__ import annotations

from event_claim_cases import OUTLET, A, D, Expected, F, ev, maybe

HOLDOUT_D: tuple[tuple[str, tuple[Expected, ...]], ...] = (
    # ------------------------------------------------------------- wire copy
    (
        "Insurgents fired rockets at an army base outside the provincial capital on"
        " Friday, wounding three soldiers, a military source said.",
        (ev("fired|rockets|wounding", "ASSAULT", "military source", A, "shelling"),),
    ),
    (
        "A warplane dropped two bombs on a crowded market in the northern town, killing"
        " at least 17 people, a rescue worker told reporters.",
        (ev("dropped|bombs|killing", "ASSAULT", "rescue worker", A, "aerial"),),
    ),
    (
        "A bomb went off inside a minibus near the central station during the morning rush hour.",
        (ev("bomb|went off", "ASSAULT", OUTLET, A, "explosion"),),
    ),
    (
        "Kidnappers seized a bus carrying 40 schoolchildren on a rural road, the state"
        " governor's office said.",
        (ev("seized|kidnappers", "ASSAULT", "governor", A, "abduction"),),
    ),
    (
        "Unidentified gunmen abducted a French aid worker from her home late on Sunday.",
        (ev("abducted", "ASSAULT", OUTLET, A, "abduction"),),
    ),
    (
        "The coalition said its aircraft had carried out 12 strikes on militant positions"
        " over the weekend.",
        (ev("strikes|carried", "ASSAULT", "coalition", A, "aerial"),),
    ),
    (
        "Two mortar rounds landed near the presidential palace but caused no casualties,"
        " police said.",
        (ev("mortar|landed|rounds", "ASSAULT", "police", A, "shelling"),),
    ),
    (
        "Soldiers and rebels exchanged fire for several hours along the river, according"
        " to residents.",
        (ev("exchanged|fire", "ASSAULT", "residents", A, "clash"),),
    ),
    (
        "Security forces arrested 14 suspected members of the cell in dawn raids, the"
        " interior ministry said.",
        (ev("arrested|raids", "COERCE", "interior ministry", A, "arrest"),),
    ),
    (
        "The army said it had regained control of the mining town after a three-day offensive.",
        (
            ev("regained|control", "ASSAULT", "army", A, "capture_territory"),
            maybe("offensive", "ASSAULT", A),
        ),
    ),
    (
        "Three people died in an air raid on the village overnight, according to the local mayor.",
        (ev("air raid|raid|died", "ASSAULT", "mayor", A, "aerial"),),
    ),
    (
        "Two aid convoys were attacked by armed men on the road to the camp, the World"
        " Food Programme said.",
        (ev("attacked", "ASSAULT", "World Food Programme", A),),
    ),
    (
        "Masked men hijacked an oil tanker in the gulf and forced the crew to sail it to"
        " a nearby port.",
        (ev("hijacked|forced", "ASSAULT", OUTLET, A),),
    ),
    # ---------------------------------------- ministries and armed groups speak
    (
        "A little-known faction said in an online post that it was behind the bombing of"
        " the pipeline.",
        (ev("bombing", "ASSAULT", "faction", A, "explosion"),),
    ),
    (
        "The foreign ministry condemned the strike as a flagrant violation of international law.",
        (ev("condemned", "ACCUSE", "foreign ministry", A), maybe("strike", "ASSAULT", A)),
    ),
    (
        "Officials in the capital rejected claims that government aircraft had struck a"
        " refugee convoy.",
        (
            ev("struck", "ASSAULT", "officials", D, "aerial"),
            maybe("rejected", "REJECT", A),
        ),
    ),
    (
        "Rebel commanders said they had shot down a government helicopter near the"
        " border, a claim the army rejected.",
        (ev("shot", "ASSAULT", "rebel commanders", A), maybe("rejected", "REJECT", A)),
    ),
    (
        "The interior minister said police had not used live ammunition against the demonstrators.",
        (
            ev("used|live ammunition|ammunition", "ASSAULT", "interior minister", D),
            maybe("demonstrators", "PROTEST", A),
        ),
    ),
    (
        "The armed forces will respond with force to any further provocation, a"
        " military spokesman warned.",
        (
            ev("respond|force|warned", "THREATEN", "spokesman", F),
            maybe("provocation", "ASSAULT"),
        ),
    ),
    (
        "The rebels threatened to attack the oil fields if the government did not"
        " release their leader.",
        (ev("threatened|attack", "THREATEN", "rebels", F), maybe("release", "RETREAT")),
    ),
    (
        "The health ministry said 23 people had been killed and 60 wounded in the"
        " shelling of the city's eastern districts.",
        (ev("shelling|killed|wounded", "ASSAULT", "health ministry", A, "shelling"),),
    ),
    (
        "A spokesman for the group said its fighters would keep attacking army positions"
        " until the last soldier had left.",
        (ev("attacking", "THREATEN", "spokesman", F), maybe("left", "RETREAT")),
    ),
    (
        "The rebels released 20 soldiers captured during last month's fighting, the Red"
        " Cross said.",
        (
            ev("released", "RETREAT", "Red Cross", A),
            maybe("captured", "ASSAULT", A),
            maybe("fighting", "ASSAULT", A),
        ),
    ),
    (
        "The president ordered troops to the border region on Wednesday, state"
        " television reported.",
        (ev("ordered|troops", "MOBILIZE", "state television", A),),
    ),
    # ------------------------------------------- interviews and conditionals
    (
        '"If they cross the river, we will destroy them," the commander told the newspaper.',
        (ev("destroy", "THREATEN", "commander", F), maybe("cross", "MOBILIZE|ASSAULT")),
    ),
    (
        '"Had the convoy arrived an hour earlier, dozens would have died," a local'
        " official said in an interview.",
        (maybe("died", "ASSAULT"), maybe("arrived", "MOBILIZE|AID")),
    ),
    (
        "Asked whether the army would withdraw from the buffer zone, the minister said"
        " no decision had been taken.",
        (maybe("withdraw", "RETREAT"),),
    ),
    (
        "Analysts say a ground invasion could begin within weeks if talks fail.",
        (maybe("invasion", "ASSAULT"), maybe("talks", "CONSULT")),
    ),
    (
        '"We are ready to negotiate as soon as the shelling stops," the rebel'
        " spokesman told the radio station.",
        (maybe("negotiate", "CONSULT|AGREE", F), maybe("shelling", "ASSAULT", A)),
    ),
    # ------------------------------------------------------------- denials
    (
        "Police denied reports that officers had beaten detainees at the central station.",
        (ev("beaten", "ASSAULT", "police", D, "beating"), maybe("denied", "REJECT", A)),
    ),
    (
        "Moscow has repeatedly denied sending troops across the border.",
        (ev("sending|troops", "MOBILIZE", "Moscow", D), maybe("denied", "REJECT", A)),
    ),
    (
        "No shots were fired during the handover of the barracks, the mission said.",
        (
            ev("shots|fired", "ASSAULT", "mission", D, "firearms"),
            maybe("handover", "RETREAT|CONCEDE", A),
        ),
    ),
    # ------------------------------------------------------------- headlines
    (
        "Gunmen Kill Five in Attack on Village Mosque",
        (ev("kill|attack", "ASSAULT", OUTLET, A, "firearms"),),
    ),
    (
        "Army Denies Shelling Refugee Camp",
        (ev("shelling", "ASSAULT", "army", D, "shelling"), maybe("denies", "REJECT", A)),
    ),
    (
        "Government Troops Pull Back From Contested Ridge",
        (ev("pull", "RETREAT", OUTLET, A),),
    ),
    (
        "Thousands March in Capital Against Fuel Price Hike",
        (ev("march", "PROTEST", OUTLET, A),),
    ),
    (
        "Rebels Threaten to Storm Capital Unless President Resigns",
        (ev("threaten|storm", "THREATEN", "rebels", F),),
    ),
    ("Stocks Tumble as Oil Shock Hits Markets", ()),
    # ------------------------------------------------------------- local news
    (
        "A 42-year-old man was stabbed to death outside a nightclub in the early hours of"
        " Saturday, police said.",
        (ev("stabbed|death", "ASSAULT", "police", A, "beating"),),
    ),
    (
        "Firefighters battled a blaze at a warehouse on the industrial estate for six hours.",
        (maybe("blaze", "ASSAULT", A),),
    ),
    (
        "Parents blocked the road outside the town hall on Monday to protest against the"
        " closure of the village school.",
        (ev("blocked|protest", "PROTEST", OUTLET, A),),
    ),
    ("The council has voted to close the bridge for repairs next month.", ()),
    # ----------------------------------------- sports and business lookalikes
    ("The visitors stormed back in the second half to win 3-2.", ()),
    (
        "The champion's camp launched a blistering attack on the referee after the fight.",
        (maybe("attack", "ACCUSE", A),),
    ),
    ("The retailer slashed 2,000 jobs and fired its chief executive.", ()),
    ("Shares in the arms maker exploded higher after the contract was announced.", ()),
    ("The rookie quarterback was sacked four times and threw two interceptions.", ()),
    # ----------------------------------------------- generic and opinion
    (
        "Smugglers on this route often rob and beat migrants, aid workers say.",
        (maybe("rob|beat", "ASSAULT"),),
    ),
    ("War is a crime against humanity, the bishop told the congregation.", ()),
    (
        "Both sides are guilty of targeting civilians, the rights group said.",
        (maybe("targeting|guilty", "ASSAULT|ACCUSE", A),),
    ),
    # ---------------------------------------- one attack, several verbs
    (
        "The gunmen stormed the hotel lobby, opened fire on guests and set off explosives,"
        " killing at least nine people, officials said.",
        (
            ev(
                "stormed|opened fire|fire|set off|explosives|killing",
                "ASSAULT",
                "officials",
                A,
            ),
        ),
    ),
    (
        "An explosion ripped through the market and the blast flattened several stalls,"
        " witnesses said.",
        (ev("explosion|ripped|blast|flattened", "ASSAULT", "witnesses", A, "explosion"),),
    ),
    # ------------------------------------------------ relations between states
    (
        "The two countries signed a ceasefire agreement in Doha on Thursday.",
        (ev("signed|ceasefire|agreement", "AGREE", OUTLET, A),),
    ),
    (
        "The United States imposed sanctions on three militia leaders accused of attacks"
        " on shipping.",
        (ev("imposed|sanctions", "SANCTION", OUTLET, A), maybe("attacks", "ASSAULT", A)),
    ),
    (
        "Riot police used water cannon to disperse thousands of demonstrators outside parliament.",
        (
            ev("used|water cannon|disperse", "ASSAULT", OUTLET, A, "crowd_control"),
            maybe("demonstrators", "PROTEST", A),
        ),
    ),
    (
        "Residents fear a new offensive as government troops mass outside the city.",
        (ev("mass", "MOBILIZE", OUTLET, A), maybe("offensive", "ASSAULT")),
    ),
    (
        "Militiamen ordered the villagers to leave and then set their houses on fire.",
        (ev("set|fire", "ASSAULT", OUTLET, A, "arson"), maybe("ordered", "COERCE|REQUEST", A)),
    ),
)
