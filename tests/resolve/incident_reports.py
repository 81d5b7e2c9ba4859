"""Invented local-news reports of five events, with the event each tells (for
``test_report_clustering``). Written for this test before any change it measures.

Two bar shootings on one Saturday night in two cities, a drive-by shooting in
the first city a week later, a market bombing abroad and a dam-site kidnapping.
Reports are what a crawler gets: some carry a publication date, some none (an
archive page); follow-ups are dated by their own day (a hearing, a funeral, a
release from hospital) rather than the event's; some name the state and not the
town; some name people whose names are also towns.
"""

from __future__ import annotations

# (report id, publication date or None, the event it tells, title + text)
REPORTS: list[tuple[str, str | None, str, str]] = [
    (
        "dayton-1",
        "2024-03-03",
        "dayton-bar",
        "Three killed in shooting at Dayton bar\n"
        "Three people were killed and two others wounded when a gunman opened fire inside "
        "the Copper Kettle bar in Dayton, Ohio, early Saturday, police said. Officers found "
        "the victims shortly after 1 a.m. The gunman fled on foot before police arrived.",
    ),
    (
        "dayton-2",
        "2024-03-04",
        "dayton-bar",
        "Police name suspect in Copper Kettle shooting\n"
        "Dayton police on Monday identified the man they say shot three people dead at the "
        "Copper Kettle bar on Saturday as a 24-year-old former employee. Chief Laura "
        "Marion said the suspect had been fired from the bar a week earlier.",
    ),
    (
        "dayton-3",
        None,
        "dayton-bar",
        "Copper Kettle suspect appears in court\n"
        "The former employee charged with killing three people at the Copper Kettle bar in "
        "Dayton appeared before a judge on Thursday. He is charged with three counts of "
        "murder over the shooting, which also wounded two customers.",
    ),
    (
        "dayton-4",
        "2024-03-05",
        "dayton-bar",
        "Ohio man arrested over bar killings\n"
        "State troopers arrested a 24-year-old man in Ohio on Tuesday in connection with "
        "the shooting that killed three people at the Copper Kettle bar. He was found "
        "hiding at a relative's home, troopers said.",
    ),
    (
        "tulsa-1",
        "2024-03-03",
        "tulsa-club",
        "Two men shot dead outside Tulsa nightclub\n"
        "Two men were shot dead outside the Red Lantern nightclub in Tulsa, Oklahoma, late "
        "Saturday night, police said. A third man was treated for a gunshot wound to the "
        "leg. Witnesses told officers that an argument in the parking lot turned violent.",
    ),
    (
        "tulsa-2",
        "2024-03-04",
        "tulsa-club",
        "Tulsa police seek gunman in nightclub killings\n"
        "Tulsa police are searching for the gunman who killed two men outside the Red "
        "Lantern nightclub on Saturday. Captain Richard Denton asked anyone with phone "
        "video of the parking lot to come forward.",
    ),
    (
        "tulsa-3",
        None,
        "tulsa-club",
        "Mourners remember Red Lantern victims\n"
        "Hundreds of mourners gathered on Tuesday for the funeral of one of the two men "
        "killed outside the Red Lantern nightclub in Tulsa. His brother said he had gone "
        "to the club to celebrate a birthday.",
    ),
    (
        "drive-1",
        "2024-03-10",
        "dayton-driveby",
        "Teenager wounded in Dayton drive-by\n"
        "A 16-year-old boy was wounded in a drive-by shooting on the west side of Dayton "
        "on Sunday afternoon, police said. Shots were fired from a grey sedan as the boy "
        "walked home from a basketball court.",
    ),
    (
        "drive-2",
        "2024-03-11",
        "dayton-driveby",
        "No arrests yet in west side drive-by\n"
        "Dayton police said on Monday that no arrests have been made in the drive-by "
        "shooting that wounded a 16-year-old boy on Sunday. Investigators are looking for "
        "a grey sedan seen near the basketball court.",
    ),
    (
        "drive-3",
        None,
        "dayton-driveby",
        "Boy hurt in drive-by leaves hospital\n"
        "The 16-year-old boy shot in a drive-by near a basketball court in Dayton has left "
        "the hospital, his mother said. Police are still looking for the grey sedan.",
    ),
    (
        "market-1",
        "2024-04-10",
        "kano-market",
        "Bomb kills seven at Kano market\n"
        "A bomb exploded at a crowded vegetable market in Kano, Nigeria, on Wednesday, "
        "killing at least seven people and wounding more than twenty, officials said.",
    ),
    (
        "market-2",
        "2024-04-11",
        "kano-market",
        "Kano market bombing toll rises to nine\n"
        "The death toll from Wednesday's bombing of a vegetable market in Kano rose to "
        "nine on Thursday, a hospital official said. No group has claimed the attack.",
    ),
    (
        "market-3",
        None,
        "kano-market",
        "Traders return to bombed Kano market\n"
        "Traders reopened their stalls at the Kano vegetable market where a bomb killed "
        "nine people, as soldiers guarded the gates.",
    ),
    (
        "dam-1",
        "2024-05-20",
        "dam-kidnap",
        "Gunmen kidnap engineers at Nigerien dam site\n"
        "Gunmen abducted four foreign engineers working on a dam near Tillaberi, Niger, on "
        "Sunday, killing their driver, security sources said.",
    ),
    (
        "dam-2",
        "2024-05-21",
        "dam-kidnap",
        "Search for engineers seized near Tillaberi\n"
        "Soldiers searched the bush around Tillaberi on Monday for the four engineers "
        "kidnapped from the dam site, whose driver was shot dead by the kidnappers.",
    ),
    (
        "dam-3",
        None,
        "dam-kidnap",
        "Kidnapped dam engineers freed\n"
        "The four engineers kidnapped from a dam site near Tillaberi were freed unharmed "
        "after weeks in captivity, their employer said.",
    ),
]
