"""A second set of short attack reports written for these tests (set B), in the
conventions of ``role_filler_cases``: who did it (PerpInd: people described;
PerpOrg: a named organisation), to whom (Victim: a named person), to what (Target:
a physical thing) and with what (Weapon). Written before any change of 7 Dec 2026
to the role fillers, to measure how the MUC-4 figures carry over to new text.

The reports vary where the roles stand: the doer in a passive by-phrase or in a
later sentence, the victim named by an apposition or a title, several fillers of
one role, and reports that tell of no terrorist act (a trial, a threat, a battle
between armed forces, a rumour denied), which expect nothing.
"""

from __future__ import annotations

from role_filler_cases import Case

CASES_B: tuple[Case, ...] = (
    Case(
        "Masked gunmen burst into a cafe in the port of San Telmo late on Friday and shot "
        "the owner, Aurelio Benitez, before fleeing in a stolen truck.",
        perp_ind=(("masked gunmen",),),
        target=(("cafe",),),
        victim=(("aurelio benitez",),),
    ),
    Case(
        "A powerful bomb destroyed the main office of the state telephone company in "
        "Castelar on Thursday. The People's Liberation Vanguard later claimed the attack "
        "in a call to a radio station.",
        perp_org=(("people's liberation vanguard", "peoples liberation vanguard"),),
        target=(("main office of state telephone company", "main office"),),
        weapon=(("bomb", "powerful bomb"),),
    ),
    Case(
        "Councilman Rodrigo Almada was abducted from his farm near Tres Cruces by a band of "
        "about 20 armed men, his wife told reporters.",
        perp_ind=(("band of about 20 armed men", "armed men"),),
        target=(("farm", "his farm"),),
        victim=(("rodrigo almada", "councilman rodrigo almada"),),
    ),
    Case(
        "Saboteurs dynamited an oil pipeline in the eastern province overnight, spilling "
        "thousands of barrels of crude into a river, the state oil company said.",
        perp_ind=(("saboteurs",),),
        target=(("oil pipeline", "pipeline"),),
        weapon=(("dynamite",),),
    ),
    Case(
        "Two policemen guarding the residence of the Venezuelan ambassador were wounded when "
        "unknown attackers threw a hand grenade over the wall.",
        perp_ind=(("unknown attackers",),),
        target=(("residence of venezuelan ambassador", "residence"),),
        weapon=(("hand grenade", "grenade"),),
    ),
    Case(
        "The trial of four men accused of a 1987 bombing opened in the capital on Monday. "
        "Defence lawyers said their clients were innocent.",
    ),
    Case(
        "Army troops and rebels fought for most of the day near the border town of Puerto "
        "Vidal, and the defence ministry said 12 insurgents died.",
    ),
    Case(
        "Terrorists set off a car bomb outside a shopping centre in the northern suburb of "
        "Los Olmos, killing a security guard and injuring eleven shoppers.",
        perp_ind=(("terrorists",),),
        target=(("shopping centre",),),
        weapon=(("car bomb",),),
    ),
    Case(
        "Student leader Marta Quiroga was found dead on a road outside the city two days "
        "after she was seized by men in civilian clothes. Human rights groups blamed a "
        "paramilitary death squad.",
        perp_ind=(("men in civilian clothes",), ("paramilitary death squad", "death squad")),
        victim=(("marta quiroga", "student leader marta quiroga"),),
    ),
    Case(
        "The interior minister said the government would not negotiate with kidnappers and "
        "called for calm ahead of the elections.",
    ),
    Case(
        "A group of rebels from the Ernesto Guzman Front ambushed a bus on the coastal "
        "highway, robbed the passengers and set the vehicle on fire.",
        perp_ind=(("group of rebels", "rebels"),),
        perp_org=(("ernesto guzman front",),),
        target=(("bus",),),
    ),
    Case(
        "Explosive charges damaged three electricity towers near Santa Fe de Lomas, leaving "
        "the town without power. Police blamed urban commandos of the Red Flag movement.",
        perp_ind=(("urban commandos",),),
        perp_org=(("red flag movement", "red flag"),),
        target=(("electricity towers", "three electricity towers"),),
        weapon=(("explosive charges",),),
    ),
    Case(
        "The former mayor of Olancho, Felix Duarte, and his bodyguard were machine-gunned "
        "to death on Sunday as they drove home from Mass.",
        victim=(("felix duarte",),),
        weapon=(("machine-gun", "machine gun"),),
    ),
    Case(
        "Unidentified men hurled incendiary bombs at the local headquarters of the ruling "
        "party early on Wednesday, the fire brigade said.",
        perp_ind=(("unidentified men",),),
        target=(("local headquarters of ruling party", "headquarters"),),
        weapon=(("incendiary bombs",),),
    ),
    Case(
        "The rebels warned that they would blow up bridges and power lines if the army "
        "continued its operations in the north.",
    ),
    Case(
        "Gunmen riding motorcycles killed the judge Ines Sarmiento and her driver in the "
        "centre of Villa Real. Police said the killers used submachine guns.",
        perp_ind=(("gunmen",),),
        victim=(("ines sarmiento",),),
        weapon=(("submachine guns",),),
    ),
    Case(
        "A truck loaded with explosives blew up in front of the police headquarters in "
        "Puerto Alegre, killing six officers. The drug cartel of the city was blamed.",
        perp_org=(("drug cartel",),),
        target=(("police headquarters",),),
        weapon=(("truck loaded with explosives", "explosives"),),
    ),
    Case(
        "The Patriotic Workers Movement denied on Tuesday that its fighters had burned the "
        "town hall of Piedra Negra.",
    ),
    Case(
        "Heavily armed guerrillas occupied the village of La Mesa for several hours, burned "
        "the police post and kidnapped the village's mayor, Gregorio Paz.",
        perp_ind=(("heavily armed guerrillas", "guerrillas"),),
        target=(("police post",),),
        victim=(("gregorio paz",),),
    ),
    Case(
        "A Jesuit priest, Father Anselmo Roca, was shot dead in his parish house by two men "
        "wearing military uniforms, the archbishop said.",
        perp_ind=(("two men wearing military uniforms", "two men"),),
        target=(("parish house",),),
        victim=(("anselmo roca", "father anselmo roca"),),
    ),
    Case(
        "A rocket fired by insurgents struck the presidential palace on Saturday night, "
        "causing minor damage to the west wing.",
        perp_ind=(("insurgents",),),
        target=(("presidential palace",),),
        weapon=(("rocket",),),
    ),
    Case(
        "Six banks and a supermarket were damaged by bombs in the capital overnight. No "
        "group has claimed responsibility.",
        target=(("banks", "six banks"), ("supermarket",)),
        weapon=(("bombs",),),
    ),
)
