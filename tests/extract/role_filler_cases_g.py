"""A seventh set of short attack reports written for these tests (set G), in the
conventions of ``role_filler_cases``, about invented people, places and groups.
Written on 7 Dec 2026 (late night) before the change that made a thing no doer.

The reports lean on things that stand where a doer would ("a bullet wounded ...",
"the car bomb killed ...", "the blast destroyed ..."): they are the means or the
scene of the attack, not its perpetrators; and on crowds and vigilantes, who are
people who act ("an angry mob lynched ...").
"""

from __future__ import annotations

from role_filler_cases import Case

CASES_G: tuple[Case, ...] = (
    Case(
        "A bullet wounded the driver Esteban Corvalo as he crossed the square in Marenga.",
        victim=(("esteban corvalo",),),
    ),
    Case(
        "A car bomb exploded outside the customs office in Tarsa, killing two guards. Police "
        "blamed the Red Hand Brigade.",
        perp_org=(("red hand brigade",),),
        target=(("customs office",),),
        weapon=(("car bomb",),),
    ),
    Case(
        "An angry mob lynched a suspected thief in the village of Orsk on Saturday.",
        perp_ind=(("angry mob", "mob"),),
    ),
    Case(
        "The blast killed the judge Amalia Torvesco and damaged her house in Pell.",
        victim=(("amalia torvesco",),),
        target=(("house",),),
    ),
    Case(
        "Dynamite destroyed a power pylon near Castel on Tuesday. Guerrillas of the Ardent "
        "Front were blamed for the sabotage.",
        perp_ind=(("guerrillas",),),
        perp_org=(("ardent front",),),
        target=(("power pylon", "pylon"),),
        weapon=(("dynamite",),),
    ),
    Case(
        "Vigilantes beat to death two men accused of stealing cattle near Dolo.",
        perp_ind=(("vigilantes",),),
    ),
    Case(
        "Grenades thrown from a motorcycle hit the offices of the Union of Dock Workers in "
        "Port Arven, wounding the secretary Hilde Marsk.",
        target=(("offices of union of dock workers", "offices"),),
        victim=(("hilde marsk",),),
        weapon=(("grenades",),),
    ),
    Case(
        "The explosion wrecked a bus at the terminal of Sanvi. The Liberation Column of the "
        "South said it planted the bomb.",
        perp_org=(("liberation column of south",),),
        target=(("bus",),),
        weapon=(("bomb",),),
    ),
)
