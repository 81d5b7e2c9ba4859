"""A third set of news-style sentences, written for issue 10 before any code was
changed for it, to estimate how event claims hold up on phrasing no rule was tuned
on. Same format and conventions as ``event_claim_cases``.

The styles are mixed on purpose: wire copy, local news, statements and quotes, and
Title Case headlines (whose capitalised words are not names). About half are traps:
sports, metaphors ("came under fire"), history, films and games, hypotheticals,
questions and laws that allow an act without telling one.

Its first measurement on main (d965105), before any fix: P 0.622, R 0.800, strict
F1 0.425. Fixes were then made with its errors in view (0.717, 0.943, 0.593), so it
is no longer a clean hold-out: write a new one before quoting it as one.
"""

from __future__ import annotations

from event_claim_cases import OUTLET, A, D, Expected, F, maybe

HOLDOUT_C: tuple[tuple[str, tuple[Expected, ...]], ...] = (
    # ------------------------------------------------------------- wire copy
    (
        "Artillery fire hit a grain warehouse on the outskirts of the city early on"
        " Wednesday, setting it ablaze, the regional governor said.",
        (Expected("fire|hit|setting", "ASSAULT", "governor", A),),
    ),
    (
        "Two police officers were shot dead at a checkpoint in the southern province on Monday.",
        (Expected("shot|dead", "ASSAULT", OUTLET, A),),
    ),
    (
        "A landmine killed three children herding goats near the border on Tuesday,"
        " a village elder said.",
        (Expected("landmine|killed", "ASSAULT", "village elder", A),),
    ),
    (
        "Pirates boarded a cargo ship off the coast and took 15 crew members hostage.",
        (Expected("boarded|took|hostage", "ASSAULT", OUTLET, A),),
    ),
    (
        "Hundreds of prisoners escaped after gunmen attacked a jail in the northeast,"
        " officials said.",
        (
            Expected("attacked", "ASSAULT", "officials", A),
            maybe("escaped", "RETREAT|COERCE|ASSAULT|OCCURRENCE", A),
        ),
    ),
    (
        "Warships have been gathering off the coast since Monday, the coast guard said.",
        (Expected("gathering", "MOBILIZE", "coast guard", A),),
    ),
    (
        "Tanks and armoured vehicles were seen moving towards the frontier on Sunday,"
        " witnesses said.",
        (Expected("moving", "MOBILIZE", "witnesses", A),),
    ),
    (
        "The peacekeeping mission pulled out of the last of its bases in the north.",
        (Expected("pulled", "RETREAT", OUTLET, A),),
    ),
    (
        "Government forces abandoned the town after a week of heavy fighting.",
        (Expected("abandoned", "RETREAT", OUTLET, A), maybe("fighting", "ASSAULT", A)),
    ),
    (
        "The warring parties agreed to a three-day truce to allow the evacuation of the wounded.",
        (Expected("agreed|truce", "AGREE", OUTLET, A), maybe("evacuation", "AID|RETREAT")),
    ),
    (
        "The Red Crescent delivered blankets and water to families displaced by the floods.",
        (Expected("delivered", "AID", OUTLET, A),),
    ),
    (
        "The European Union froze the assets of four generals over the crackdown.",
        (
            Expected("froze", "SANCTION", OUTLET, A),
            maybe("crackdown", "COERCE|ASSAULT", A),
        ),
    ),
    (
        "Delegations from the two governments met behind closed doors in Oslo on Tuesday.",
        (Expected("met", "CONSULT", OUTLET, A),),
    ),
    # ---------------------------------------------- protests and arrests
    (
        "Several thousand nurses rallied outside the health ministry on Thursday to demand"
        " higher pay.",
        (Expected("rallied", "PROTEST", OUTLET, A),),
    ),
    (
        "Opposition supporters staged a sit-in in front of the electoral commission for a"
        " second day.",
        (Expected("sit-in|staged", "PROTEST", OUTLET, A),),
    ),
    (
        "Protesters set fire to tyres and hurled stones at police, who responded with"
        " rubber bullets.",
        (
            Expected("set fire|hurled", "PROTEST", OUTLET, A),
            Expected("responded|rubber bullets", "ASSAULT", OUTLET, A),
        ),
    ),
    (
        "Security forces rounded up dozens of young men in raids across the district,"
        " residents said.",
        (Expected("rounded|raids", "COERCE", "residents", A),),
    ),
    (
        "Authorities detained a prominent blogger at the airport as he returned from abroad.",
        (Expected("detained", "COERCE", OUTLET, A),),
    ),
    (
        "A man was arrested on Saturday after throwing a petrol bomb at the town hall,"
        " police said.",
        (
            Expected("arrested", "COERCE", "police", A),
            Expected("throwing|petrol bomb", "ASSAULT", "police", A),
        ),
    ),
    (
        "An off-duty officer was stabbed outside a bar in the city centre late on Friday.",
        (Expected("stabbed", "ASSAULT", OUTLET, A),),
    ),
    # ------------------------------------------------------------- headlines
    (
        "Rebels Seize Airport in Northern Offensive",
        (Expected("seize|offensive", "ASSAULT", OUTLET, A),),
    ),
    (
        "Police Fire Tear Gas at Student Marchers in Capital",
        (Expected("fire|tear gas", "ASSAULT", OUTLET, A), maybe("marchers", "PROTEST", A)),
    ),
    (
        "Clashes Erupt in Northern Town After Disputed Vote",
        (Expected("clashes|erupt", "ASSAULT", OUTLET, A),),
    ),
    ("Veteran Boxer Knocks Out Champion in Third Round", ()),
    # ------------------------------------------- statements, quotes, claims
    (
        "The defence ministry said its forces had repelled an attack on a border post"
        " overnight and killed six assailants.",
        (Expected("attack|repelled|killed", "ASSAULT", "defence ministry", A),),
    ),
    (
        '"They came at night and took my two sons," said a woman in the camp.',
        (Expected("took|came", "ASSAULT", "woman", A),),
    ),
    (
        "The raid was carried out by special forces, the defence minister confirmed.",
        (Expected("raid|carried", "ASSAULT", "defence minister", A),),
    ),
    (
        "The shelling of the maternity hospital was denounced by the World Health Organization.",
        (
            Expected("denounced", "ACCUSE", "World Health Organization", A),
            maybe("shelling", "ASSAULT", A),
        ),
    ),
    (
        "The opposition accused the security services of torturing detainees.",
        (Expected("accused", "ACCUSE", "opposition", A), maybe("torturing", "ASSAULT", A)),
    ),
    (
        "The UN secretary-general urged both sides to return to the negotiating table.",
        (Expected("urged", "REQUEST", "secretary-general", A), maybe("negotiating", "CONSULT")),
    ),
    (
        "The group vowed to strike the capital again unless its fighters are released.",
        (Expected("vowed|strike", "THREATEN", "group", F), maybe("released", "RETREAT")),
    ),
    (
        "The general warned that his troops would retaliate against any incursion.",
        (Expected("warned|retaliate", "THREATEN", "general", F), maybe("incursion", "ASSAULT")),
    ),
    (
        "A military spokesman denied that soldiers had looted homes in the village.",
        (Expected("looted", "ASSAULT", "spokesman", D), maybe("denied", "REJECT", A)),
    ),
    (
        "The guards did not open fire, the prison director told local radio.",
        (Expected("open fire|fire", "ASSAULT", "prison director", D),),
    ),
    # ------------------------------------- hypotheticals, plans, policies
    (
        "Any attempt to seize the dam would trigger a regional war, the minister warned.",
        (
            maybe("seize|attempt", "ASSAULT"),
            maybe("war", "ASSAULT"),
            maybe("warned", "THREATEN", A),
        ),
    ),
    ("Will the army try to retake the city before winter?", (maybe("retake", "ASSAULT"),)),
    (
        "The government plans to hold talks with the strikers next month.",
        (maybe("talks|hold", "CONSULT", F), maybe("strikers", "PROTEST", A)),
    ),
    (
        "The new law allows police to detain suspects for up to 14 days without charge.",
        (maybe("detain", "COERCE"),),
    ),
    # ------------------------------------------ looks violent, is not an event
    ("The home side crushed their rivals 4-0 in Saturday's derby.", ()),
    ("The striker fired a shot into the top corner in the 89th minute.", ()),
    ("The minister came under fire over his handling of the budget.", ()),
    ("Prices have exploded since the summer, shoppers complain.", ()),
    ("The company is fighting a takeover bid from its largest rival.", ()),
    ("The injured photographer remains on life support in a city hospital.", ()),
    (
        "The new tax is an attack on the middle class, the opposition leader said.",
        (maybe("attack", "ACCUSE", A),),
    ),
    ("The town was razed by invading armies in 1402.", (maybe("razed", "ASSAULT", A),)),
    (
        "Her grandfather fought in the resistance during the occupation.",
        (maybe("fought", "ASSAULT", A), maybe("occupation", "ASSAULT|COERCE", A)),
    ),
    (
        "The film retells the 1944 bombing of the city through the eyes of a child.",
        (maybe("bombing", "ASSAULT", A),),
    ),
    ("In the video game, players storm a fortress held by rebels.", ()),
)
