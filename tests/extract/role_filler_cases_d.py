"""A fourth set of short attack reports written for these tests (set D), in the
conventions of ``role_filler_cases``: who did it (PerpInd: people described;
PerpOrg: a named organisation, or the state force whose members did it), to whom
(Victim: a named person), to what (Target: a physical thing) and with what (Weapon).
Written on 7 Dec 2026 before the role-filler changes of that evening, to measure how
the MUC-4 figures carry over to new text, with conflicts outside Latin America too.

The reports lean on what the extractor was seen to miss: victims told by an event
noun ('the death of', 'the murder of', 'the assassination of', 'X's killing'); the
army or the police as the doers ('soldiers of the army opened fire on', 'police
fired on'), whose force MUC-4 keys as the organisation; targets named with a
nationality adjective ('the French embassy', 'a Turkish airline office'); and
reports of no act that happened (a plan told by 'to attack', attacks spoken of in
general, a threat, an attack foiled or denied), which expect nothing.
"""

from __future__ import annotations

from role_filler_cases import Case

CASES_D: tuple[Case, ...] = (
    Case(
        "The assassination of the provincial governor Idris Wadajir on the road to Baidoa "
        "has been claimed by the Shabelle Youth Movement.",
        perp_org=(("shabelle youth movement",),),
        victim=(("idris wadajir",),),
    ),
    Case(
        "Relatives demanded an inquiry into the death of the farmer Tomas Quispe, who was shot "
        "by soldiers of the army during a raid on his village last week.",
        perp_ind=(("soldiers of army", "soldiers"),),
        perp_org=(("army",),),
        victim=(("tomas quispe",),),
    ),
    Case(
        "The murder of the journalist Nadia Karimova outside her flat in Osh was the work of "
        "two men on a motorbike, police said.",
        perp_ind=(("two men on motorbike", "two men"),),
        victim=(("nadia karimova",),),
    ),
    Case(
        "Gunmen fired rockets at the French embassy in the capital on Friday night, damaging "
        "its outer wall.",
        perp_ind=(("gunmen",),),
        target=(("french embassy",),),
        weapon=(("rockets",),),
    ),
    Case(
        "Army troops opened fire on striking plantation workers near Kandy, killing four of "
        "them, union leaders said.",
        perp_ind=(("army troops", "troops"),),
        perp_org=(("army",),),
    ),
    Case(
        "A bomb hidden in a suitcase exploded at a Turkish airline office in the city centre, "
        "wounding a clerk.",
        target=(("turkish airline office",),),
        weapon=(("bomb",),),
    ),
    Case(
        "Rebel commanders met in the hills to plan how to attack the dam at Inga, a defector "
        "told reporters.",
    ),
    Case(
        "Attacks on aid convoys have become common in the region, and insurgents often burn "
        "lorries to deter drivers, the agency said in its annual report.",
    ),
    Case(
        "The killing of the tribal elder Haji Gul Agha in his orchard on Sunday was blamed on "
        "the Eastern Martyrs Brigade.",
        perp_org=(("eastern martyrs brigade",),),
        victim=(("haji gul agha",),),
    ),
    Case(
        "Police fired tear gas and live rounds at students marching on the parliament, and a "
        "witness said an officer shot the student Amadou Diallo in the chest.",
        perp_ind=(("officer",),),
        perp_org=(("police",),),
        victim=(("amadou diallo",),),
    ),
    Case(
        "Masked men set fire to a Catholic mission school in the village of Mbari on Tuesday "
        "and beat the headmaster, Father Joseph Okafor.",
        perp_ind=(("masked men",),),
        target=(("catholic mission school", "mission school"),),
        victim=(("joseph okafor", "father joseph okafor"),),
    ),
    Case(
        "The militia threatened to blow up the oil terminal at Ras Hamra if the government did "
        "not pay its fighters.",
    ),
    Case(
        "Suspected separatists detonated a landmine under a passenger bus on the highway "
        "south of Quetta, the provincial police chief said.",
        perp_ind=(("suspected separatists", "separatists"),),
        target=(("passenger bus", "bus"),),
        weapon=(("landmine",),),
    ),
    Case(
        "Security forces foiled a plot to bomb the Israeli consulate and arrested three "
        "suspects at a safe house on Monday.",
    ),
    Case(
        "Lawyers for the family said the human rights activist Miriam Balewa had been "
        "abducted from her office by agents of the state security service.",
        perp_ind=(("agents of state security service", "agents"),),
        perp_org=(("state security service",),),
        victim=(("miriam balewa",),),
    ),
    Case(
        "Eyewitnesses said militiamen of the Al-Karama Front shelled a market in the old city "
        "with mortars, killing a shopkeeper, Khalil Haddad.",
        perp_ind=(("militiamen",),),
        perp_org=(("al karama front", "al-karama front"),),
        target=(("market",),),
        victim=(("khalil haddad",),),
        weapon=(("mortars",),),
    ),
    Case(
        "The mayor's abduction on Wednesday was carried out by a gang of armed youths who "
        "stopped his car near the port of Matadi. Mayor Pierre Ilunga is still missing.",
        perp_ind=(("gang of armed youths", "armed youths"),),
        target=(("car", "his car"),),
        victim=(("pierre ilunga", "mayor pierre ilunga"),),
    ),
    Case(
        "The rebel spokesman denied that his men had bombed the German cultural centre and "
        "blamed government agents.",
    ),
    Case(
        "A soldier of the presidential guard shot dead the opposition deputy Rashid Kamara at "
        "a checkpoint, the deputy's party said.",
        perp_ind=(("soldier of presidential guard", "soldier"),),
        perp_org=(("presidential guard",),),
        victim=(("rashid kamara",),),
    ),
    Case(
        "Unknown attackers hurled a hand grenade into the compound of the Japanese embassy "
        "before dawn. Nobody was hurt.",
        perp_ind=(("unknown attackers",),),
        target=(("compound of japanese embassy", "japanese embassy"),),
        weapon=(("hand grenade", "grenade"),),
    ),
    Case(
        "Guerrillas of the Free Highlands Army will attack every polling station that opens on "
        "election day, a statement from the group warned.",
    ),
    Case(
        "The bodies of two aid workers, Lena Hoffmann and Samuel Otieno, were found near a "
        "burnt truck. Their killing was attributed to bandits operating along the border.",
        perp_ind=(("bandits",),),
        target=(("truck", "burnt truck"),),
        victim=(("lena hoffmann",), ("samuel otieno",)),
    ),
    Case(
        "A car packed with explosives rammed the gate of a British oil company's compound in "
        "Port Harcourt. The Delta Freedom Movement said it had carried out the attack.",
        perp_org=(("delta freedom movement",),),
        target=(("gate", "gate of british oil company s compound"),),
        weapon=(("car packed with explosives", "car"),),
    ),
    Case(
        "Villagers said paramilitary police burned twelve houses in Kala Chak after a patrol "
        "was ambushed nearby.",
        perp_ind=(("paramilitary police",),),
        perp_org=(("police",),),
        target=(("houses", "twelve houses"),),
    ),
    Case(
        "Bishop Anselm Ruta's murder in his own church on Christmas Eve shocked the country. "
        "Witnesses saw a gunman flee on foot.",
        perp_ind=(("gunman",),),
        target=(("church", "his own church"),),
        victim=(("anselm ruta", "bishop anselm ruta"),),
    ),
    Case(
        "Insurgents of the Northern Front kidnapped two Chinese engineers, Wang Lei and Zhou "
        "Min, from a road construction camp on Saturday.",
        perp_ind=(("insurgents",),),
        perp_org=(("northern front",),),
        target=(("road construction camp", "construction camp"),),
        victim=(("wang lei",), ("zhou min",)),
    ),
    Case(
        "Rebels often ambush convoys on this road, and travellers are advised to avoid it after "
        "dark.",
    ),
    Case(
        "An explosion tore through the offices of the Kurdish newspaper Roj in the early hours, "
        "destroying printing presses. No group has claimed responsibility.",
        target=(("offices of kurdish newspaper roj", "offices"), ("printing presses",)),
    ),
)
