"""A sixth set of short attack reports written for these tests (set F), in the
conventions of ``role_filler_cases``, about invented people and places. Written on
7 Dec 2026 (late night) before the role-filler changes of that session.

The reports lean on names in lower-case wire text that the English model cuts short:
a victim named in full once and by a part of the name after that, where the model
finds only the part ("the murder of jaime X Y ... X Y was buried"), or a first name
or a second surname the model leaves out ("killed the senator A B C").
"""

from __future__ import annotations

from role_filler_cases import Case

CASES_F: tuple[Case, ...] = (
    Case(
        "Armed men murdered the former senator Gualterio Munesca Ybarrondo on Sunday night "
        "in the capital.",
        perp_ind=(("armed men",),),
        victim=(("gualterio munesca ybarrondo",),),
    ),
    Case(
        "The judges protested the assassination of their colleague Marisol Vendrano Achuri. "
        "Judge Vendrano was shot by two paid assassins on Monday.",
        perp_ind=(("two paid assassins", "paid assassins"),),
        victim=(("marisol vendrano achuri",),),
    ),
    Case(
        "Gunmen killed the mayor of Valdera, Ernesto Quiroba Zentallo, as he left his house. "
        "Quiroba was buried today.",
        perp_ind=(("gunmen",),),
        victim=(("ernesto quiroba zentallo",),),
    ),
    Case(
        "Unidentified men kidnapped Rodolfo Basterra Ulloquen, a cousin of the minister, in "
        "the northern department.",
        perp_ind=(("unidentified men",),),
        victim=(("rodolfo basterra ulloquen",),),
    ),
    Case(
        "Terrorists assassinated the union leader Fabricio Olano. The murder of Olano was "
        "condemned by the church.",
        perp_ind=(("terrorists",),),
        victim=(("fabricio olano",),),
    ),
    Case(
        "A bomb killed the prosecutor Anselmo Vieira Tronco outside his office in Puerto "
        "Lindo. Vieira Tronco had received threats.",
        victim=(("anselmo vieira tronco",),),
        weapon=(("bomb",),),
    ),
    Case(
        "Police said the killers of the journalist Tomas Iberra Lunde belonged to a gang. "
        "Iberra Lunde was shot in his car on Friday.",
        victim=(("tomas iberra lunde",),),
    ),
    Case(
        "Rebels of the Sierra Libre Front ambushed a bus near Onda and killed the driver, "
        "Ciriaco Mendal Oyarzo.",
        perp_ind=(("rebels",),),
        perp_org=(("sierra libre front",),),
        target=(("bus",),),
        victim=(("ciriaco mendal oyarzo",),),
    ),
)
