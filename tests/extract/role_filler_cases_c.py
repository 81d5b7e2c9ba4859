"""A third set of short attack reports written for these tests (set C), in the
conventions of ``role_filler_cases``: who did it (PerpInd: people described;
PerpOrg: a named organisation), to whom (Victim: a named person), to what (Target:
a physical thing) and with what (Weapon). Written on 7 Dec 2026 before the role-filler
changes of that afternoon, to measure how the MUC-4 figures carry over to new text.

The reports lean on what the extractor was seen to miss: acts named by a noun ('the
massacre of', 'the kidnapping of', 'a grenade attack on', 'the blowing up of') or by
verbs outside a short list ('torched', 'hacked to death', 'strafed', 'riddled',
'shelled', 'taken hostage'); doers in a passive by-phrase, in 'blamed on X',
'attributed to X', 'claimed by X' and 'the work of X'; lists of victims and of
targets; and reports of no terrorist act (a court order, a fear, a battle between
armed forces, a hoax, a denial), which expect nothing.
"""

from __future__ import annotations

from role_filler_cases import Case

CASES_C: tuple[Case, ...] = (
    Case(
        "The massacre of eleven peasants in the hamlet of Los Almendros was carried out by "
        "a paramilitary squad known as the Black Hand, survivors said.",
        perp_ind=(("paramilitary squad",),),
        perp_org=(("black hand",),),
    ),
    Case(
        "Rebels of the Popular Armed Vanguard dynamited the water plant that serves the town "
        "of Colina Verde on Tuesday night.",
        perp_ind=(("rebels",),),
        perp_org=(("popular armed vanguard",),),
        target=(("water plant",),),
        weapon=(("dynamite",),),
    ),
    Case(
        "The kidnapping of the Swiss engineer Walter Brunner, who was seized at a roadblock "
        "on Monday, was attributed to the Northern Liberation Front.",
        perp_org=(("northern liberation front",),),
        victim=(("walter brunner",),),
    ),
    Case(
        "A bus terminal in Puerto Lindo was set ablaze by hooded youths throwing gasoline bombs.",
        perp_ind=(("hooded youths",),),
        target=(("bus terminal",),),
        weapon=(("gasoline bombs",),),
    ),
    Case(
        "Police blamed the Anti-Imperialist Commando for the explosion that wrecked the "
        "offices of an American airline in the capital early on Sunday.",
        perp_org=(("anti-imperialist commando", "anti imperialist commando"),),
        target=(("offices of american airline", "offices"),),
    ),
    Case(
        "Guerrillas ambushed a pickup truck carrying electoral officials near El Cedro, "
        "killing the registrar, Amalia Rios, and her assistant.",
        perp_ind=(("guerrillas",),),
        target=(("pickup truck",),),
        victim=(("amalia rios",),),
    ),
    Case(
        "Three bombs went off almost at the same time at a bank, a supermarket and a radio "
        "station in Ciudad Alta, shattering windows but hurting no one.",
        target=(("bank",), ("supermarket",), ("radio station",)),
        weapon=(("bombs", "three bombs"),),
    ),
    Case(
        "Labour leader Efrain Molina was hacked to death with machetes by a gang of men on a "
        "farm road, his union said.",
        perp_ind=(("gang of men",),),
        victim=(("efrain molina", "labour leader efrain molina"),),
        weapon=(("machetes",),),
    ),
    Case(
        "The explosion of a car bomb in front of the Ministry of Defence on Wednesday killed "
        "two passers-by. Responsibility was claimed by the Revolutionary Justice Brigades.",
        perp_org=(("revolutionary justice brigades",),),
        target=(("ministry of defence",),),
        weapon=(("car bomb",),),
    ),
    Case(
        "Unknown persons torched the house of the opposition deputy Camilo Ferrer in the "
        "early hours of Saturday.",
        perp_ind=(("unknown persons",),),
        target=(("house of opposition deputy camilo ferrer", "house"),),
    ),
    Case(
        "Assailants armed with assault rifles stormed the police post of Valle Hondo, killing "
        "two officers, and fled with weapons and ammunition.",
        perp_ind=(("assailants armed with assault rifles", "assailants"),),
        target=(("police post", "police post of valle hondo"),),
        weapon=(("assault rifles",),),
    ),
    Case(
        "The Supreme Court ordered the release of two students detained during last month's riots.",
    ),
    Case(
        "Opposition leaders said they feared a wave of bombings before the vote and asked "
        "for more police protection.",
    ),
    Case(
        "Journalist Sofia Arce and her cameraman, Luis Tellez, were taken hostage by rebels "
        "of the Maria Cano Command while covering a strike in the banana region.",
        perp_ind=(("rebels",),),
        perp_org=(("maria cano command",),),
        victim=(("sofia arce", "journalist sofia arce"), ("luis tellez",)),
    ),
    Case(
        "A powerful explosive device was detonated at a high-voltage tower outside Pueblo "
        "Nuevo, blacking out three provinces. The authorities attributed the sabotage to "
        "urban guerrillas.",
        perp_ind=(("urban guerrillas",),),
        target=(("high-voltage tower", "high voltage tower"),),
        weapon=(("powerful explosive device", "explosive device"),),
    ),
    Case(
        "The assassination of the Supreme Court justice Alvaro Mendez on Monday bears the "
        "hallmark of the drug mafia, the police chief said.",
        perp_org=(("drug mafia",),),
        victim=(("alvaro mendez",),),
    ),
    Case(
        "Gunmen firing from a passing car riddled the front of the Nicaraguan consulate "
        "with bullets on Thursday night.",
        perp_ind=(("gunmen",),),
        target=(("nicaraguan consulate", "front of nicaraguan consulate"),),
    ),
    Case(
        "Members of a death squad calling itself the Anticommunist Legion abducted and later "
        "executed the trade unionist Raul Benavides and his brother Teodoro.",
        perp_ind=(("members of death squad", "death squad"),),
        perp_org=(("anticommunist legion",),),
        victim=(("raul benavides",), ("teodoro", "teodoro benavides")),
    ),
    Case(
        "A grenade attack on a crowded discotheque in the resort of Playa Blanca left nine "
        "people wounded. Witnesses said the grenade was thrown by a man on a motorcycle.",
        perp_ind=(("man on motorcycle", "man"),),
        target=(("discotheque", "crowded discotheque"),),
        weapon=(("grenade",),),
    ),
    Case(
        "The offices of the electoral tribunal in San Marcos were firebombed overnight. "
        "Police blamed the Popular Resistance Cells.",
        perp_org=(("popular resistance cells",),),
        target=(("offices of electoral tribunal", "offices"),),
    ),
    Case(
        "Two American missionaries, Ruth Coleman and Dale Harper, were gunned down in an "
        "ambush on a jungle road in the Alto Verde department.",
        victim=(("ruth coleman",), ("dale harper",)),
    ),
    Case(
        "Insurgents shelled the city's power station with mortars and then set fire to two "
        "fuel tankers parked nearby.",
        perp_ind=(("insurgents",),),
        target=(("power station", "city's power station"), ("fuel tankers", "two fuel tankers")),
        weapon=(("mortars",),),
    ),
    Case(
        "Army troops killed seven guerrillas in a clash near the Rio Seco dam, the high "
        "command said.",
    ),
    Case(
        "A suicide bomber blew himself up at the gate of the Interior Ministry, killing four "
        "guards. The attack was the work of the Sacred Fire Brigade, according to a "
        "statement sent to a news agency.",
        perp_ind=(("suicide bomber",),),
        perp_org=(("sacred fire brigade",),),
        target=(("gate of interior ministry", "interior ministry"),),
    ),
    Case(
        "The car of the prosecutor Hugo Lazcano was sprayed with gunfire as it crossed a "
        "bridge in the capital, and Lazcano was seriously wounded. Officials suspect hired "
        "killers working for the Rio Claro cartel.",
        perp_ind=(("hired killers",),),
        perp_org=(("rio claro cartel",),),
        target=(("car", "car of prosecutor hugo lazcano"),),
        victim=(("hugo lazcano",),),
    ),
    Case(
        "Six tourists were taken hostage by an armed commando of the Southern Revolutionary "
        "Movement that seized a hotel in the mountain town of Alcazar.",
        perp_ind=(("armed commando",),),
        perp_org=(("southern revolutionary movement",),),
        target=(("hotel",),),
    ),
    Case(
        "An anonymous caller warned that a bomb had been placed at the airport, but police "
        "found nothing.",
    ),
    Case(
        "Police said the dynamite attack that destroyed a bridge over the Rio Blanco on "
        "Sunday had been carried out by a column of the People's Army.",
        perp_ind=(("column",),),
        perp_org=(("people's army", "peoples army"),),
        target=(("bridge",),),
        weapon=(("dynamite",),),
    ),
    Case(
        "The body of the kidnapped businessman Arnoldo Vega was found on Friday. His "
        "captors, who had demanded a large ransom, had shot him in the head.",
        perp_ind=(("captors",),),
        victim=(("arnoldo vega",),),
    ),
    Case(
        "A band of about thirty guerrillas attacked the village of San Jacinto at dawn, "
        "burning the school, the health post and several homes and kidnapping the mayor, "
        "Lucio Farfan.",
        perp_ind=(("band of about thirty guerrillas", "guerrillas"),),
        target=(("school",), ("health post",), ("homes", "several homes")),
        victim=(("lucio farfan",),),
    ),
    Case(
        "Mayor Dora Esquivel survived an attempt on her life when a homemade bomb exploded "
        "under her car outside the town hall.",
        target=(("car", "her car"),),
        victim=(("dora esquivel", "mayor dora esquivel"),),
        weapon=(("homemade bomb", "bomb"),),
    ),
    Case(
        "The blowing up of an oil pipeline near Puerto Ayala has been blamed on the National "
        "Liberation Army, the oil company said.",
        perp_org=(("national liberation army",),),
        target=(("oil pipeline", "pipeline"),),
    ),
    Case(
        "A taxi driver and two passengers died when their vehicle was strafed by men in "
        "military uniform at a checkpoint on the northern highway.",
        perp_ind=(("men in military uniform",),),
        target=(("vehicle", "their vehicle"),),
    ),
    Case(
        "The Revolutionary Armed Command claimed the rocket attack on the residence of the "
        "United States ambassador, calling it a reply to the arrival of foreign troops.",
        perp_org=(("revolutionary armed command",),),
        target=(("residence of united states ambassador", "residence"),),
        weapon=(("rocket",),),
    ),
    Case(
        "Several masked individuals stabbed the student leader Pablo Linares outside the "
        "university and left a leaflet signed by the Anticommunist Action Alliance.",
        perp_ind=(("several masked individuals", "masked individuals"),),
        perp_org=(("anticommunist action alliance",),),
        victim=(("pablo linares", "student leader pablo linares"),),
    ),
    Case(
        "Unidentified attackers threw a stick of dynamite at the home of Judge Marcela Ortiz, "
        "damaging its facade. The judge and her children were unharmed.",
        perp_ind=(("unidentified attackers",),),
        target=(("home of judge marcela ortiz", "home"),),
        weapon=(("stick of dynamite", "dynamite"),),
    ),
    Case(
        "The guerrilla leader denied that his fighters had kidnapped the two engineers and "
        "said the army was holding them.",
    ),
    Case(
        "A power substation and a telephone exchange in Las Flores were damaged in sabotage "
        "attacks that the government attributed to the Cerro Negro Urban Front.",
        perp_org=(("cerro negro urban front",),),
        target=(("power substation",), ("telephone exchange",)),
    ),
)
