"""Short attack reports written for these tests, with the role fillers a reader of
MUC-4's conventions expects from each: who did it (PerpInd: people described;
PerpOrg: a named organisation), to whom (Victim: a named person), to what (Target:
a physical thing) and with what (Weapon).

Each expected role is a list of entities, each a tuple of the strings that may name
it (any one of them counts, compared after ``normalise_string``). A report of no
terrorist act (a battle between armed forces, a threat, a plan, a denial) expects
nothing: whatever is found in it is a false filler. Places, dates and tolls are no
fillers; the merely wounded are victims too when they are named.
"""

from __future__ import annotations

from typing import NamedTuple

Entities = tuple[tuple[str, ...], ...]


class Case(NamedTuple):
    text: str
    perp_ind: Entities = ()
    perp_org: Entities = ()
    target: Entities = ()
    victim: Entities = ()
    weapon: Entities = ()


CASES: tuple[Case, ...] = (
    Case(
        "Gunmen shot dead the mayor of Santa Lucrecia, Ramiro Esquivel, outside his home on "
        "Tuesday night.",
        perp_ind=(("gunmen",),),
        victim=(("ramiro esquivel",),),
    ),
    Case(
        "A car bomb exploded outside the offices of the newspaper La Voz del Norte on Monday, "
        "police said. The blast destroyed the building's front.",
        target=(("offices of newspaper la voz del norte", "offices"),),
        weapon=(("car bomb",),),
    ),
    Case(
        "Urban guerrillas of the Popular Liberation Command dynamited two power pylons near "
        "the town of Villa Amparo, cutting electricity to the region.",
        perp_ind=(("urban guerrillas",),),
        perp_org=(("popular liberation command",),),
        target=(("power pylons", "two power pylons", "pylons"),),
        weapon=(("dynamite",),),
    ),
    Case(
        "Heavily armed men kidnapped the businessman Octavio Prieto Lanza as he left a "
        "restaurant in the capital.",
        perp_ind=(("heavily armed men", "armed men"),),
        victim=(("octavio prieto lanza",),),
    ),
    Case(
        "The Revolutionary Front of the People claimed responsibility for the bombing of a "
        "bank branch in Puerto Sereno that wounded three clerks.",
        perp_org=(("revolutionary front of people",),),
        target=(("bank branch",),),
    ),
    Case(
        "Judge Elvira Montalvo was killed when a grenade was thrown at her car in the city "
        "center. Witnesses said two young men on a motorcycle threw the grenade.",
        perp_ind=(("two young men", "young men"),),
        victim=(("elvira montalvo", "judge elvira montalvo"),),
        target=(("car", "her car"),),
        weapon=(("grenade",),),
    ),
    Case(
        "Terrorists set fire to three buses in the northern district of Ciudad Baja early "
        "on Sunday.",
        perp_ind=(("terrorists",),),
        target=(("buses", "three buses"),),
    ),
    Case(
        "Members of the National Workers Army attacked a police station in San Isidro with "
        "rifles and mortars, the army reported.",
        perp_ind=(("members of national workers army",),),
        perp_org=(("national workers army",),),
        target=(("police station",),),
        weapon=(("rifles",), ("mortars",)),
    ),
    Case(
        "Peasant leader Tomas Villca was murdered by a death squad on Thursday, his family said.",
        perp_ind=(("death squad",),),
        victim=(("tomas villca", "peasant leader tomas villca"),),
    ),
    Case(
        "A bomb placed in a trash can went off at the entrance of the Hotel Miramar, damaging "
        "its lobby.",
        target=(("hotel miramar",),),
        weapon=(("bomb",),),
    ),
    Case(
        "Unidentified individuals machine-gunned the home of the congressman Ernesto Falla "
        "last night. Falla was not at home.",
        perp_ind=(("unidentified individuals",),),
        target=(("home of congressman ernesto falla", "home"),),
    ),
    Case(
        "The army and rebels of the Southern Front clashed for three hours in the hills near "
        "Cerro Alto on Saturday.",
    ),
    Case(
        "The rebel group threatened to attack oil installations if the government does not "
        "release its prisoners.",
    ),
    Case(
        "The minister said the talks with the rebels would resume next month in a neutral country.",
    ),
    Case(
        "A commando of the Red Dawn Movement assassinated the union leader Marcos Ibarra in "
        "front of his children.",
        perp_ind=(("commando",),),
        perp_org=(("red dawn movement",),),
        victim=(("marcos ibarra",),),
    ),
    Case(
        "Guerrillas blew up a bridge on the highway to Puerto Sereno with explosives on Wednesday.",
        perp_ind=(("guerrillas",),),
        target=(("bridge",),),
        weapon=(("explosives",),),
    ),
    Case(
        "Two journalists, Lucia Barrera and Andres Pinto, were abducted by armed men in the "
        "province of Alto Rio. The Liberation Army later said it was holding them.",
        perp_ind=(("armed men",),),
        perp_org=(("liberation army",),),
        victim=(("lucia barrera",), ("andres pinto",)),
    ),
    Case(
        "A dynamite charge exploded at the gate of the United States embassy, the police "
        "reported. Nobody was hurt.",
        target=(("gate of united states embassy", "united states embassy", "embassy"),),
        weapon=(("dynamite charge", "dynamite"),),
    ),
    Case(
        "The government denied that soldiers had killed the farmer Julio Cardenas.",
    ),
    Case(
        "Suspected drug traffickers fired machine guns at the car of the attorney general, "
        "Felipe Urrutia, who escaped unhurt.",
        perp_ind=(("suspected drug traffickers", "drug traffickers"),),
        target=(("car",),),
        weapon=(("machine guns",),),
    ),
    Case(
        "An explosion destroyed an electric substation in Villa Nueva. Authorities blamed the "
        "Maoist rebels of the Red Path.",
        perp_ind=(("maoist rebels",),),
        perp_org=(("red path",),),
        target=(("electric substation", "substation"),),
    ),
    Case(
        "Terrorists hurled a molotov cocktail at a supermarket in the capital's western "
        "district, causing a fire.",
        perp_ind=(("terrorists",),),
        target=(("supermarket",),),
        weapon=(("molotov cocktail",),),
    ),
    Case(
        "Father Alberto Ruiz, a parish priest, was shot and killed by unknown assailants as "
        "he left his church in Santa Rosa.",
        perp_ind=(("unknown assailants",),),
        victim=(("alberto ruiz", "father alberto ruiz"),),
    ),
    Case(
        "The commander said his troops will launch an offensive against the guerrilla camps "
        "next week.",
    ),
    Case(
        "A group of heavily armed subversives raided the town hall of El Palmar and burned "
        "its archives.",
        perp_ind=(("group of heavily armed subversives", "heavily armed subversives"),),
        target=(("town hall", "town hall of el palmar"),),
    ),
    Case(
        "A bomb exploded on a passenger train near Las Piedras, killing four people. The "
        "Patriotic Resistance claimed responsibility for the attack.",
        perp_org=(("patriotic resistance",),),
        target=(("passenger train", "train"),),
        weapon=(("bomb",),),
    ),
    Case(
        "Gunmen opened fire on a bus carrying workers to the mine, killing the driver, "
        "Hector Salas.",
        perp_ind=(("gunmen",),),
        target=(("bus",),),
        victim=(("hector salas",),),
    ),
    Case(
        "Rebels attacked the military garrison at Punta Grande with rockets overnight.",
        perp_ind=(("rebels",),),
        target=(("military garrison", "garrison"),),
        weapon=(("rockets",),),
    ),
    Case(
        "Police arrested three men who were planning to bomb the stadium.",
    ),
    Case(
        "Armed youths stoned and burned a police vehicle during a march in the capital.",
        perp_ind=(("armed youths",),),
        target=(("police vehicle", "vehicle"),),
    ),
    Case(
        "Kidnappers seized the daughter of the industrialist Ramon Soto, Isabel Soto, on her "
        "way to school.",
        perp_ind=(("kidnappers",),),
        victim=(("isabel soto",),),
    ),
    Case(
        "Two bombs exploded at the headquarters of the Democratic Union party, causing heavy "
        "damage. Police suspect the Workers Revolutionary Front.",
        perp_org=(("workers revolutionary front",),),
        target=(("headquarters of democratic union party", "headquarters"),),
        weapon=(("bombs", "two bombs"),),
    ),
)
