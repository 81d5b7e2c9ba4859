"""Small invented reports for the ingest tests (written for these tests; no real outlet's text)."""

from __future__ import annotations

HEADLINE = "Shelling hits market in Valderno as talks stall"

BODY = """\
Artillery shells struck the central market of Valderno on Tuesday morning, killing at least \
seven civilians and wounding more than twenty, the town's mayor told reporters. The mayor said \
the shells were fired from positions held by the Northern Brigade east of the river, an \
accusation the group's spokesman denied in a statement posted online hours later.

Witnesses described a first explosion near the fish stalls shortly after eight o'clock, \
followed by at least three more over the next quarter of an hour. Stall holders said the \
market had reopened only last week after a month of closures caused by fighting in the hills.

The regional health office said the wounded had been taken to the district hospital, where \
surgeons were working through the day. A doctor there said several patients were children and \
that supplies of blood and anaesthetic were running low.

Negotiators from both sides met in a neighbouring country last month but failed to agree on a \
ceasefire line. A mediator involved in those talks said another round was planned for the \
spring, although neither side has confirmed that it will attend.

The Northern Brigade said its fighters had come under attack from government drones the \
previous night and had only returned fire at military targets. Independent monitors said \
they could not yet verify either account and called on all parties to protect civilians.
"""

EDITED_SENTENCE = (
    "A doctor at the hospital said a number of the patients were young children and that "
    "blood supplies were nearly gone."
)

ARTICLE = f"{HEADLINE}\n\n{BODY}"

SYNDICATED = "Market shelling kills seven in Valderno\n\n" + BODY.replace(
    "A doctor there said several patients were children and that supplies of blood and "
    "anaesthetic were running low.",
    EDITED_SENTENCE,
)

UNRELATED = """\
Flooding closes mountain roads as aid convoy waits

Heavy rain over the weekend washed away two bridges on the mountain road to Kessaly, leaving \
an aid convoy of fourteen trucks stranded at the checkpoint below the pass. Drivers said they \
had been waiting for three days with food, tents and medicine for displaced families in the \
valley. The provincial governor said engineers would build a temporary crossing within a week \
if the weather allowed, and asked residents to avoid travelling on the damaged stretch. A \
spokeswoman for the relief agency said it was looking for a longer route through the southern \
villages but warned that the alternative roads were narrow and partly unpaved.
"""

SHORT_NOTE = "Clashes were reported near the northern checkpoint overnight, officials said."


def html_page(title: str, body: str, author: str = "Mira Kostel", date: str = "2024-03-05") -> str:
    """A complete article page with boilerplate around the article."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (
        "<!DOCTYPE html><html><head>"
        f"<title>{title}</title>"
        f'<meta name="author" content="{author}">'
        f'<meta property="article:published_time" content="{date}">'
        "</head><body>"
        '<nav><a href="/">Home</a> | <a href="/world">World</a></nav>'
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright The Example Gazette. All rights reserved.</footer>"
        "</body></html>"
    )
