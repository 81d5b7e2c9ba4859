"""A fifth set of news-style sentences (hold-out E), written for issue 10 before any
code was changed for it, in the style of the real stories whose errors the issue
lists. Same format and conventions as ``event_claim_cases``; ``mode`` where the kind
of act is plain.

The styles: wire copy, one attack told with several verbs (one claim), witness
accounts, casualty updates (a toll given by someone, a bare toll sentence after the
act it counts), official statements whose claimant is a quoted speaker or a title
that names a person met earlier, denials, interview answers built on conditions,
opinion and generic statements, background paragraphs, and words that only look
like events (a feared assault, a building not used at the time of a blast, a phone
interview, a fire not linked to the unrest). A few texts have two sentences: the
claim is judged on the whole text.

Its first measurement on main (076e308), before any fix: see ``FLOORS`` in
``test_event_claim_cases``.
"""

from __future__ import annotations

from event_claim_cases import OUTLET, A, D, Expected, F, ev, maybe

HOLDOUT_E: tuple[tuple[str, tuple[Expected, ...]], ...] = (
    # ------------------------------------------------------------- wire copy
    (
        "Fighters loyal to the warlord overran two army outposts in the eastern"
        " highlands on Thursday, a regional administrator told reporters.",
        (ev("overran", "ASSAULT", "administrator", A),),
    ),
    (
        "A suicide bomber blew himself up at the gate of a police academy in the"
        " southern city, killing at least 22 recruits.",
        (ev("blew|bomber|killing", "ASSAULT", OUTLET, A, "explosion"),),
    ),
    (
        "Paramilitary troops detained a prominent opposition lawyer at his office in"
        " the capital on Saturday evening.",
        (ev("detained", "COERCE", OUTLET, A, "arrest"),),
    ),
    (
        "Government troops and rebels fought street battles in the northern quarter of"
        " the city for a second day, the UN mission said.",
        (ev("fought|battles", "ASSAULT", "UN mission", A, "clash"),),
    ),
    (
        "A shell struck a school that was being used as a shelter, residents and medics said.",
        (ev("struck|shell", "ASSAULT", "residents", A, "shelling"),),
    ),
    (
        "Tens of thousands of people marched through the capital on Sunday to demand"
        " an end to military rule.",
        (ev("marched|demand", "PROTEST", OUTLET, A),),
    ),
    (
        "Aid agencies held talks with both warring parties on Monday about reopening"
        " the mountain road.",
        (ev("talks|held", "CONSULT", OUTLET, A),),
    ),
    # ---------------------------------------------- one attack, several verbs
    (
        "The attackers first detonated a car packed with explosives at the compound's"
        " entrance, then stormed inside and shot the guards, a security official said.",
        (
            ev(
                "detonated|explosives|stormed|shot",
                "ASSAULT",
                "security official",
                A,
            ),
        ),
    ),
    (
        "Witnesses said the helicopter circled the village twice before firing missiles"
        " at houses, flattening at least three of them.",
        (ev("circled|firing|missiles|flattening", "ASSAULT", "witnesses", A, "aerial"),),
    ),
    (
        "Gunmen stopped a minibus on the highway, pulled the passengers out and"
        " executed six of them.",
        (ev("stopped|pulled|executed", "ASSAULT", OUTLET, A),),
    ),
    (
        "A mortar bomb crashed into the courtyard of the mosque as worshippers were"
        " leaving, killing five and wounding a dozen.",
        (ev("mortar|crashed|killing|wounding", "ASSAULT", OUTLET, A, "shelling"),),
    ),
    (
        "Naval drones hit a fuel depot in the port overnight, sparking a fire that"
        " burned until morning, the port authority said.",
        (ev("hit|drones|sparking|fire|burned", "ASSAULT", "port authority", A),),
    ),
    # -------------------------------------------------------- witness accounts
    (
        '"They came at night and started shooting at anyone who ran," said a woman who'
        " fled to the camp with her three children.",
        (ev("shooting|came", "ASSAULT", "woman", A, "firearms"),),
    ),
    (
        "One survivor told our reporter that soldiers had looted the clinic and burned"
        " the granaries before leaving.",
        (ev("looted|burned", "ASSAULT", "survivor", A),),
    ),
    (
        "A nurse at the district hospital said she had treated dozens of people for"
        " shrapnel wounds since the bombardment began on Monday.",
        (ev("bombardment|shrapnel|wounds", "ASSAULT", "nurse", A, "shelling"),),
    ),
    # -------------------------------------------------------- casualty updates
    (
        "Rebels shelled the river port of Kandi on Tuesday. Nine deaths were recorded"
        " at the main hospital.",
        (ev("shelled|deaths", "ASSAULT", OUTLET, A, "shelling"),),
    ),
    (
        "Heavy fighting broke out around the airport on Wednesday. At least 31 people"
        " were reported dead by nightfall.",
        (ev("fighting|broke|dead", "ASSAULT", OUTLET, A, "clash"),),
    ),
    (
        "Hospital officials have given a toll of 27 dead and more than 60 wounded from"
        " Saturday's car bombing in the market.",
        (ev("bombing|dead|wounded", "ASSAULT", "hospital officials", A, "explosion"),),
    ),
    (
        "Rescuers pulled 12 more bodies from the rubble of the apartment block hit by a"
        " missile on Friday, bringing the death toll to 46, emergency services said.",
        (ev("hit|missile|bodies|death", "ASSAULT", "emergency services", A),),
    ),
    (
        "The death toll from last week's floods in the delta has risen to 140, the"
        " disaster agency said.",
        (),
    ),
    # -------------------------------------------------------- who is speaking
    (
        "President Amara Tolu addressed the nation on Sunday evening. The President"
        " said the army had driven the insurgents out of three districts.",
        (ev("driven", "ASSAULT", "Tolu", A),),
    ),
    (
        '"Their drones hit a maternity ward in Rusoro last night," Ambassador Ruth'
        " Okello told the Security Council.",
        (ev("hit|drones", "ASSAULT", "Okello", A, "aerial"),),
    ),
    (
        "The defence ministry said its air defences had intercepted 14 of the 16"
        " missiles launched towards the capital overnight.",
        (
            ev("launched|missiles|intercepted", "ASSAULT", "defence ministry", A),
            maybe("intercepted", "ASSAULT", A),
        ),
    ),
    (
        "A spokesman for the provincial police, Major Idris Kamau, said officers had"
        " arrested two men suspected of planting the bomb.",
        (
            ev("arrested", "COERCE", "Kamau", A, "arrest"),
            maybe("planting|bomb", "ASSAULT", A),
        ),
    ),
    # ------------------------------------------------------------- denials
    (
        "The rebel movement denied that its fighters had fired on the aid convoy,"
        " blaming government militias instead.",
        (
            ev("fired", "ASSAULT", "rebel movement", D),
            ev("blaming", "ACCUSE", "rebel movement", A),
            maybe("denied", "REJECT", A),
        ),
    ),
    (
        "Military officials insisted that no civilians were harmed in the raid on the compound.",
        (
            ev("raid", "ASSAULT", "military officials", A),
            maybe("harmed", "ASSAULT", D),
        ),
    ),
    (
        "Officials in the capital dismissed as fabricated a video that purported to"
        " show soldiers beating prisoners.",
        (
            ev("beating", "ASSAULT", "officials", D, "beating"),
            maybe("dismissed", "REJECT", A),
        ),
    ),
    # ---------------------------------------------- interviews with conditions
    (
        '"If the ceasefire collapses, tens of thousands will flee across the border and'
        " the camps cannot take them,\" the refugee agency's representative said.",
        (
            maybe("collapses|ceasefire", "ASSAULT|AGREE"),
            maybe("flee", "RETREAT|OCCURRENCE|MOBILIZE"),
        ),
    ),
    (
        "Asked what would happen if the militias entered the city, the general replied:"
        ' "Then we will fight them street by street, and they will pay dearly."',
        (
            ev("fight|pay", "THREATEN", "general", F),
            maybe("entered", "ASSAULT|MOBILIZE"),
        ),
    ),
    (
        '"Should the talks fail, we would have no choice but to resume operations in'
        ' the south," the minister said in an interview with a local radio station.',
        (
            ev("resume|operations", "THREATEN", "minister", F),
            maybe("talks|fail", "CONSULT"),
        ),
    ),
    (
        '"If the border crossings stay shut, people will start dying of hunger and'
        ' nobody will be able to say they did not know," the aid official said.',
        (maybe("shut", "COERCE"), maybe("dying", "ASSAULT")),
    ),
    # ---------------------------------------------- opinion and generic
    (
        "Wars like this one are rarely won on the battlefield; they end when one side"
        " runs out of money or patience.",
        (),
    ),
    (
        "Armed groups in the region routinely recruit children and use them as porters"
        " and lookouts, the report says.",
        (maybe("recruit", "MOBILIZE"), maybe("use", "ASSAULT|COERCE")),
    ),
    (
        "The columnist argues that the bombing campaign has only hardened support for"
        " the insurgents in the countryside.",
        (maybe("bombing|campaign", "ASSAULT", A),),
    ),
    (
        "Drones have changed the way this war is fought, turning every road into a"
        " potential target.",
        (maybe("fought|war", "ASSAULT"),),
    ),
    (
        "Truces in this conflict tend to collapse within days, with each side accusing"
        " the other of violations.",
        (maybe("collapse|truces", "ASSAULT|AGREE"), maybe("accusing", "ACCUSE")),
    ),
    # ------------------------------------------------------------- background
    (
        "The town has changed hands several times since the war began in 2019.",
        (maybe("changed hands|hands", "ASSAULT", A), maybe("war|began", "ASSAULT", A)),
    ),
    (
        "The group, which seized large parts of the north in 2014, was driven from its"
        " last stronghold three years later.",
        (maybe("seized", "ASSAULT", A), maybe("driven", "ASSAULT|RETREAT", A)),
    ),
    (
        "The latest violence follows a peace deal signed in March, under which both"
        " sides had agreed to pull heavy weapons back from the front line.",
        (
            maybe("violence", "ASSAULT", A),
            maybe("signed|deal", "AGREE", A),
            maybe("agreed|pull", "AGREE|RETREAT", A),
        ),
    ),
    # ----------------------------------------- words that only look like events
    (
        "Residents who had braced for a fresh assault said the night passed quietly.",
        (maybe("assault", "ASSAULT"),),
    ),
    (
        "Investigators found no sign that the warehouse had been used to store weapons"
        " at the time of the blast.",
        (maybe("blast", "ASSAULT", A),),
    ),
    (
        "Our correspondent spoke by phone with four displaced families now sheltering in a school.",
        (),
    ),
    (
        "Police said there was nothing to suggest that the fire at the depot was linked"
        " to the unrest in the city.",
        (maybe("unrest", "PROTEST|ASSAULT", A), maybe("fire", "ASSAULT")),
    ),
    (
        "Shopkeepers worry that another round of shelling would wipe out what little"
        " trade is left.",
        (maybe("shelling|wipe", "ASSAULT"),),
    ),
)
