"""News-style sentences written for these tests, with the event claims a reader
expects from each: which words tell the event, its PLOVER type, who claims it and
how (asserted, denied, hypothetical, future).

Half of them are traps: fears, warnings, conditionals, opinions and generic
statements, negated events, background mentions of past events, and words that only
look like events ("a militia called ...", "the crisis struck", "take ... for
granted", "interviewed witnesses by telephone"). A sentence with no expected claim
is there for precision: whatever asserted event is found in it is wrong. The
project's own conventions hold: a threat's stance is that of the act it threatens
(``future``); fighters captured in war are ASSAULT/capture, a suspect captured by
police is an arrest.

``words`` lists, separated by "|", the words any of which may carry the event: one
act told by several verbs ("opened fire ..., killing ...") is one expected claim,
and a second claim on it counts as a false one. ``claimant`` is matched loosely
(one text inside the other, case aside); ``OUTLET`` is the outlet's own voice.

An ``optional`` claim is one a reader would accept but not require: a background
mention ("after the clashes") or an event held as possible ("residents fear an
attack"; PLOVER codes an intended hostile act as THREATEN, so that type is accepted
for it). Found with one of its types ("|"-separated) it is neither right nor wrong,
unless the expected stance is not asserted and it was found asserted: a feared or
generic event asserted as having happened is a false claim.
"""

from __future__ import annotations

from typing import NamedTuple

OUTLET = "OUTLET"


class Expected(NamedTuple):
    words: str
    type: str
    claimant: str
    stance: str
    optional: bool = False
    mode: str = ""


def maybe(words: str, plover: str, stance: str = "hypothetical") -> Expected:
    """A claim the text may or may not be read to make: neither missed nor spurious."""
    return Expected(words, plover, "", stance, optional=True)


def ev(words: str, plover: str, claimant: str, stance: str, mode: str = "") -> Expected:
    """An expected event claim (``words``: trigger alternatives joined by "|")."""
    return Expected(words, plover, claimant, stance, mode=mode)


A, D, H, F = "asserted", "denied", "hypothetical", "future"

CASES: tuple[tuple[str, tuple[Expected, ...]], ...] = (
    # ---------------------------------------------------------- attacks that happened
    (
        "Government forces shelled the rebel-held town of Darwa overnight, killing at"
        " least four civilians, a local medic said.",
        (Expected("shelled|killing", "ASSAULT", "medic", A),),
    ),
    (
        "A car bomb exploded near a checkpoint in the city centre on Tuesday, wounding"
        " nine soldiers, officials said.",
        (Expected("bomb|exploded|wounding", "ASSAULT", "officials", A),),
    ),
    (
        "Militants ambushed an army convoy on the highway south of the capital late on Friday.",
        (Expected("ambushed", "ASSAULT", OUTLET, A),),
    ),
    (
        "Fighter jets struck an arms depot near the airport, the monitoring group reported.",
        (Expected("struck", "ASSAULT", "monitoring group", A),),
    ),
    (
        "Eight soldiers were killed when their vehicle hit a roadside bomb in the north,"
        " the army said.",
        (Expected("killed|hit|bomb", "ASSAULT", "army", A),),
    ),
    (
        "Gunmen opened fire on a bus carrying pilgrims, killing 11 people and wounding"
        " dozens more, police said.",
        (Expected("opened fire|fire|killing|wounding", "ASSAULT", "police", A),),
    ),
    (
        "A drone strike killed a senior commander of the group on Friday, two security"
        " officials said.",
        (Expected("strike|killed", "ASSAULT", "security officials", A),),
    ),
    (
        "According to the monitor, at least 12 fighters died in the clashes near the dam.",
        (Expected("died|clashes", "ASSAULT", "monitor", A),),
    ),
    (
        "Gunmen kidnapped five engineers working on a dam project in the province.",
        (Expected("kidnapped", "ASSAULT", OUTLET, A),),
    ),
    (
        "Insurgents seized control of two districts in the east of the province on Sunday.",
        (Expected("seized|control", "ASSAULT", OUTLET, A),),
    ),
    (
        "It is not clear who fired the rockets that hit the market on Saturday.",
        (Expected("fired|hit|rockets", "ASSAULT", OUTLET, A),),
    ),
    (
        "Police used water cannon to disperse the protesters outside the ministry.",
        (
            Expected("used|water cannon|disperse", "ASSAULT", OUTLET, A),
            maybe("protesters", "PROTEST", A),
        ),
    ),
    (
        "The jihadist group claimed responsibility for the attack on the barracks.",
        (Expected("attack|claimed", "ASSAULT", "jihadist group", A),),
    ),
    # ----------------------------------------------------- arrests, seizures, moves
    (
        "Police arrested 14 protesters outside the parliament building on Tuesday.",
        (Expected("arrested", "COERCE", OUTLET, A), maybe("protesters", "PROTEST", A)),
    ),
    (
        "The suspect was captured by police at a roadblock outside the town.",
        (Expected("captured", "COERCE", OUTLET, A),),
    ),
    (
        "Rebel fighters captured by the army were paraded before cameras on Monday.",
        (Expected("captured", "ASSAULT", OUTLET, A),),
    ),
    (
        "The navy seized an oil tanker in the Gulf on Sunday.",
        (Expected("seized", "COERCE", OUTLET, A),),
    ),
    (
        "A curfew was imposed on the city after the riots.",
        (Expected("curfew|imposed", "COERCE", OUTLET, A), maybe("riots", "PROTEST", A)),
    ),
    (
        "The defence ministry said it had moved two armoured brigades to the northern border.",
        (Expected("moved", "MOBILIZE", "defence ministry", A),),
    ),
    (
        "Hundreds of troops were deployed to the town after the unrest.",
        (Expected("deployed", "MOBILIZE", OUTLET, A), maybe("unrest", "PROTEST", A)),
    ),
    (
        "Troops are massing near the border, a Western intelligence official said.",
        (Expected("massing", "MOBILIZE", "intelligence official", A),),
    ),
    (
        "The rebels withdrew from the hilltop positions they had held for months.",
        (Expected("withdrew", "RETREAT", OUTLET, A),),
    ),
    (
        "Rebels released 23 hostages, including two aid workers, on Thursday.",
        (Expected("released", "RETREAT", OUTLET, A),),
    ),
    (
        "Kidnappers freed the journalist after 40 days in captivity, his employer said.",
        (Expected("freed", "RETREAT", "employer", A),),
    ),
    # ----------------------------------------------------- protests, talks, policy
    (
        "Thousands of people marched through the capital on Sunday against rising fuel prices.",
        (Expected("marched", "PROTEST", OUTLET, A),),
    ),
    (
        "Dockworkers went on strike on Monday over unpaid wages.",
        (Expected("strike", "PROTEST", OUTLET, A),),
    ),
    (
        "A strike by teachers closed schools across the province for a third day.",
        (Expected("strike", "PROTEST", OUTLET, A),),
    ),
    (
        "The foreign minister met his Turkish counterpart in Ankara on Wednesday.",
        (Expected("met", "CONSULT", OUTLET, A),),
    ),
    (
        "The United Nations has sent 40 tonnes of food and medicine to the besieged city.",
        (Expected("sent|food", "AID", OUTLET, A), maybe("besieged", "COERCE", A)),
    ),
    (
        "Washington imposed new sanctions on three militia commanders on Monday.",
        (Expected("imposed|sanctions", "SANCTION", OUTLET, A),),
    ),
    (
        "The two sides signed a ceasefire agreement in Doha on Wednesday.",
        (Expected("signed|ceasefire|agreement", "AGREE", OUTLET, A),),
    ),
    (
        "The foreign ministry condemned the airstrike as a violation of international law.",
        (
            Expected("condemned", "ACCUSE", "foreign ministry", A),
            maybe("airstrike", "ASSAULT", A),
        ),
    ),
    (
        "The ministry called on both sides to show restraint.",
        (Expected("called on|called", "REQUEST", "ministry", A),),
    ),
    (
        "The president threatened to send troops into the region if the blockade was not lifted.",
        (
            Expected("threatened|send", "THREATEN", "president", F),
            maybe("blockade", "COERCE", A),
            maybe("lifted", "CONCEDE"),
        ),
    ),
    # ------------------------------------------------------------ denied and negated
    (
        "The interior ministry denied that its troops had opened fire on the crowd.",
        (
            Expected("opened fire|fire", "ASSAULT", "interior ministry", D),
            maybe("denied", "REJECT", A),
        ),
    ),
    (
        "The army said its aircraft had not bombed any residential areas.",
        (Expected("bombed", "ASSAULT", "army", D),),
    ),
    (
        "The army denied reports that it had shelled a hospital in the city.",
        (Expected("shelled", "ASSAULT", "army", D), maybe("denied", "REJECT", A)),
    ),
    (
        "Nobody was arrested after the clashes, police said.",
        (Expected("arrested", "COERCE", "police", D), maybe("clashes", "ASSAULT", A)),
    ),
    (
        "The militia has denied any role in the killing of the two journalists.",
        (Expected("killing", "ASSAULT", "militia", D), maybe("denied", "REJECT", A)),
    ),
    # ----------------------------------------- fears, warnings and conditionals
    (
        "Residents fear that the militia will attack the camp again.",
        (maybe("attack", "ASSAULT|THREATEN"),),
    ),
    (
        "Residents had at first feared a new strike on the market.",
        (maybe("strike", "ASSAULT"),),
    ),
    (
        "Aid agencies warned that an offensive on the city could cause a humanitarian disaster.",
        (maybe("offensive", "ASSAULT"),),
    ),
    (
        "If talks fail, the army will resume its offensive in the south.",
        (maybe("offensive|resume", "ASSAULT|THREATEN"), maybe("talks", "CONSULT")),
    ),
    (
        "Should the rebels cross the river, government troops would respond with force.",
        (maybe("cross|respond|force", "ASSAULT|THREATEN"), maybe("cross", "MOBILIZE")),
    ),
    (
        "If long-range missiles are used, the war will enter a new phase and more"
        " countries will send troops.",
        (maybe("used|missiles|war", "ASSAULT"), maybe("send", "MOBILIZE|THREATEN")),
    ),
    (
        "The rebels would have attacked the base had the weather been better.",
        (maybe("attacked", "ASSAULT"),),
    ),
    (
        "Commanders expect an enemy counteroffensive in the coming weeks.",
        (maybe("counteroffensive", "ASSAULT|THREATEN"),),
    ),
    (
        "The airline cancelled flights amid fears of missile attacks.",
        (maybe("attacks", "ASSAULT"),),
    ),
    (
        "The government has not yet decided whether to deploy more troops to the south.",
        (maybe("deploy", "MOBILIZE|THREATEN"),),
    ),
    (
        "Talks between the two delegations are expected to resume next week in Geneva.",
        (maybe("talks|resume", "CONSULT", F),),
    ),
    (
        "Officials could not confirm reports that drones had struck a fuel depot.",
        (maybe("struck", "ASSAULT"),),
    ),
    (
        "The army has no plans to withdraw from the border region, a spokesman said.",
        (maybe("withdraw", "RETREAT"),),
    ),
    (
        "He warned that any attack on the embassy would be met with a harsh response.",
        (maybe("warned", "THREATEN", A), maybe("attack|response", "ASSAULT")),
    ),
    # --------------------------------------------------- opinion and generic claims
    ("War is always a failure of politics, the bishop said.", ()),
    ("Analysts say the conflict is likely to drag on for years.", ()),
    (
        "Peace will only come when the guns fall silent, the envoy told the council.",
        (),
    ),
    (
        "Armed gangs in the region often kidnap travellers for ransom.",
        (maybe("kidnap", "ASSAULT"),),
    ),
    (
        "Critics say the police routinely beat detainees in custody.",
        (maybe("beat", "ASSAULT"),),
    ),
    (
        "The enemy makes no distinction between soldiers and civilians and tries to"
        " destroy everything in its path, the mayor said.",
        (maybe("destroy", "ASSAULT"), maybe("destroy", "COERCE")),
    ),
    (
        "The number of attacks on aid workers has doubled this year, the report found.",
        (maybe("attacks", "ASSAULT"),),
    ),
    (
        "Wars in the region are fuelled by cheap weapons and hired gunmen.",
        (),
    ),
    # ------------------------------------------- words that only look like events
    ("A militia called the Lions of the Valley controls the mountain pass.", ()),
    ("Many residents take electricity for granted, but not here.", ()),
    ("When the financial crisis struck in 2008, the factory closed.", ()),
    (
        "Human rights groups called the strike a war crime.",
        (maybe("called", "ACCUSE", A), maybe("strike", "ASSAULT", A)),
    ),
    (
        "Our reporters interviewed eight witnesses by telephone.",
        (),
    ),
    (
        "Investigators found no evidence that the school was used by fighters at the time"
        " of the strike.",
        (maybe("strike", "ASSAULT", A),),
    ),
    (
        "Police said there was no indication the fire was connected to the unrest.",
        (maybe("fire", "ASSAULT", A), maybe("unrest", "PROTEST", A)),
    ),
    (
        "The attack, which killed 30 people in 2019, is still remembered in the town.",
        (maybe("attack|killed", "ASSAULT", A),),
    ),
    ("There were no reports of casualties.", ()),
    (
        "The minister spoke to reporters after a cabinet meeting.",
        (),
    ),
    (
        "He said the attack had been a cowardly act.",
        (maybe("attack", "ASSAULT", A),),
    ),
    (
        "Villagers lived in fear of air raids long before the war began.",
        (maybe("raids", "ASSAULT"), maybe("war|began", "ASSAULT", A)),
    ),
    (
        "The book describes how the siege changed the city.",
        (maybe("siege", "COERCE|ASSAULT", A),),
    ),
)
