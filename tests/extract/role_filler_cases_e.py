"""A fifth set of short attack reports written for these tests (set E), in the
conventions of ``role_filler_cases``: who did it (PerpInd: people described;
PerpOrg: a named organisation), to whom (Victim: a named person), to what (Target:
a physical thing) and with what (Weapon). Written on 7 Dec 2026 (night) before the
role-filler changes of that session, about invented places and groups.

The reports lean on what the extractor was seen to miss on MUC-4: the group behind
an attack named in another sentence ("The attack was claimed by ...", "X said its
fighters carried out the raid"); several victims or targets in one list ("X, Y and Z
were killed"); victims told by an event noun ("the killing of", "the kidnapping
of"); damage verbs whose object is the target ("destroyed", "damaged", "blew up",
"set fire to"); and weapons in a "with" or "using" phrase.
"""

from __future__ import annotations

from role_filler_cases import Case

CASES_E: tuple[Case, ...] = (
    Case(
        "A bomb exploded at the central market of Velmora on Thursday, killing three "
        "traders. The attack was claimed by the Crimson Dawn Front.",
        perp_org=(("crimson dawn front",),),
        target=(("central market of velmora", "central market"),),
        weapon=(("bomb",),),
    ),
    Case(
        "Gunmen stormed a police station in the town of Ardesh overnight. The Ostrelian "
        "Liberation Army said in a statement that its fighters had carried out the raid.",
        perp_ind=(("gunmen",),),
        perp_org=(("ostrelian liberation army",),),
        target=(("police station",),),
    ),
    Case(
        "The councillors Marta Ivanec, Pavel Dorn and Lidia Sarkany were killed when armed "
        "men opened fire on their car near Brena.",
        perp_ind=(("armed men",),),
        victim=(("marta ivanec",), ("pavel dorn",), ("lidia sarkany",)),
        target=(("car",),),
    ),
    Case(
        "Rebels shot dead the mayor Tomas Verhal and his deputy, Anton Kessler, on the "
        "steps of the town hall.",
        perp_ind=(("rebels",),),
        victim=(("tomas verhal",), ("anton kessler",)),
    ),
    Case(
        "Residents marched through Kaldera on Sunday to protest against the killing of the "
        "teacher Ilse Morrow by a gang of masked men.",
        perp_ind=(("gang of masked men", "masked men"),),
        victim=(("ilse morrow",),),
    ),
    Case(
        "Police blamed the Northern Star Brigade for the kidnapping of the engineer Gregor "
        "Malek, who was seized on his way to work.",
        perp_org=(("northern star brigade",),),
        victim=(("gregor malek",),),
    ),
    Case(
        "Saboteurs blew up an electricity pylon outside Tarvik early on Monday, leaving the "
        "valley without power.",
        perp_ind=(("saboteurs",),),
        target=(("electricity pylon", "pylon"),),
    ),
    Case(
        "Guerrillas of the Free Valley Movement set fire to three buses and a lorry on the "
        "highway to Morvan.",
        perp_ind=(("guerrillas",),),
        perp_org=(("free valley movement",),),
        target=(("buses", "three buses"), ("lorry",)),
    ),
    Case(
        "An explosive charge damaged the offices of the daily El Faro in Costadel on "
        "Wednesday night. No one was hurt.",
        target=(("offices of daily el faro", "offices"),),
        weapon=(("explosive charge", "charge"),),
    ),
    Case(
        "Unidentified attackers destroyed a railway bridge near Solvay with dynamite, "
        "halting freight traffic to the port.",
        perp_ind=(("unidentified attackers", "attackers"),),
        target=(("railway bridge",),),
        weapon=(("dynamite",),),
    ),
    Case(
        "Masked men attacked the home of the judge Ramona Quell using grenades and "
        "machine guns, wounding two guards.",
        perp_ind=(("masked men",),),
        target=(("home of judge ramona quell", "home"),),
        victim=(("ramona quell",),),
        weapon=(("grenades",), ("machine guns",)),
    ),
    Case(
        "The trade unionist Edgar Polvan was stabbed to death with a knife outside his "
        "house in Menor by two young men.",
        perp_ind=(("two young men", "young men"),),
        victim=(("edgar polvan",),),
        weapon=(("knife",),),
    ),
    Case(
        "A car bomb wrecked the headquarters of the Vantorian customs service in Dalmir on "
        "Friday. The Sons of the Mountain said they had planted it.",
        perp_org=(("sons of mountain",),),
        target=(("headquarters of vantorian customs service", "headquarters"),),
        weapon=(("car bomb",),),
    ),
    Case(
        "Attackers armed with rifles killed the priest Benedikt Sorn and two nuns at a "
        "mission in the hills above Ostrava Nova.",
        perp_ind=(("attackers",),),
        victim=(("benedikt sorn",),),
        target=(("mission",),),
        weapon=(("rifles",),),
    ),
    Case(
        "Two power stations and a water treatment plant were damaged by mortar fire in "
        "Keldor overnight. Officials blamed the Red Harvest Army.",
        perp_org=(("red harvest army",),),
        target=(("power stations", "two power stations"), ("water treatment plant",)),
        weapon=(("mortar",), ("mortar fire",)),
    ),
    Case(
        "The mayor of Pradel, Henrik Waller, and the local police chief, Otto Brenn, were "
        "kidnapped by members of the People's Vanguard on Saturday.",
        perp_ind=(("members of people's vanguard", "members"),),
        perp_org=(("people's vanguard",),),
        victim=(("henrik waller",), ("otto brenn",)),
    ),
    Case(
        "Arsonists burned down the Lantern Theatre in Sorvik on Tuesday night. A group "
        "calling itself the White Hand left leaflets at the scene.",
        perp_ind=(("arsonists",),),
        perp_org=(("white hand",),),
        target=(("lantern theatre",),),
    ),
    Case(
        "The government denied reports that soldiers had burned homes in the village of Tessel.",
    ),
    Case(
        "Insurgents fired rockets at the airport of Marnholt on Monday, damaging two cargo "
        "planes and the control tower.",
        perp_ind=(("insurgents",),),
        target=(("airport of marnholt", "airport"), ("cargo planes",), ("control tower",)),
        weapon=(("rockets",),),
    ),
    Case(
        "The assassination of the senator Julia Marek in Veldt last month was carried out "
        "by the Iron Circle, prosecutors said on Tuesday.",
        perp_org=(("iron circle",),),
        victim=(("julia marek",),),
    ),
)
