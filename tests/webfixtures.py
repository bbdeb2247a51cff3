"""Reports for the web tests, written for these tests and stored through the real Store.

Three ordinary reports (one a reprint of another, so that duplicates show) and one hostile
report whose text, title, outlet, url, speaker fields and statement id all try to break out of
the HTML they are rendered into.
"""

from __future__ import annotations

from claimledger.ingest.document import Document, RawInput
from claimledger.record import new_record, span

ANALYSER = "web-tests"

NAVY_TEXT = (
    "Navy says sea drones hit fuel depot in Crimea\n"
    "\n"
    "Ukraine's Navy spokesperson Dmytro Pletenchuk said on Tuesday that sea drones struck a fuel "
    "depot near Feodosia overnight, in a statement on Telegram.\n"
    "\n"
    "“The depot was burning for six hours,” Pletenchuk told reporters in Odesa, citing "
    "satellite images.\n"
    "\n"
    "Russia's defence ministry denied that any facility had been hit, claiming that all drones "
    "were shot down over the sea."
)

GOVERNOR_TEXT = (
    "Governor warns of more strikes on Kharkiv\n"
    "\n"
    "Kharkiv Oblast Governor Oleh Syniehubov warned on Sunday that Russian forces are massing "
    "guided bombs near the border, according to the regional administration.\n"
    "\n"
    "Residents were told to stay near shelters."
)

HOSTILE_SCRIPT = (
    "<script>document.title='XSS-RAN';var p=document.createElement('div');p.id='pwned';"
    "document.body.appendChild(p);alert(1)</script>"
)
HOSTILE_LINK = '<a href="javascript:alert(1)">x</a>'
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_ATTR = '" onmouseover="alert(1)'
HOSTILE_TITLE = "<script>document.title='pwned'</script>Hostile <b>headline</b>"
HOSTILE_OUTLET = '"><img src=x onerror=alert(1)>'
HOSTILE_URL = "javascript:alert(1)"
HOSTILE_SID = '"><i>s1</i>'
HOSTILE_TEXT = (
    f"{HOSTILE_TITLE}\n"
    "\n"
    f"{HOSTILE_SCRIPT} The spokesman {HOSTILE_LINK} said that {HOSTILE_ATTR} was harmless.\n"
    "\n"
    f"{HOSTILE_IMG} claimed that <style>body{{display:none}}</style> nothing had happened."
)


def _at(text: str, sub: str, after: int = 0) -> tuple[int, int]:
    i = text.index(sub, after)
    return i, i + len(sub)


def _span(text: str, sub: str, after: int = 0, **extra) -> dict:
    return span(text, *_at(text, sub, after), **extra)


def statement(
    text,
    sid,
    speaker,
    cue,
    content,
    *,
    name=None,
    role=None,
    type="person",
    actor=None,
    kind="indirect",
    stance="assert",
    cited_source=None,
    venue=None,
    addressee=None,
    parent=None,
    after=0,
):
    """A contract Statement; each phrase is located in `text` at or after `after`."""
    return {
        "id": sid,
        "speaker": _span(text, speaker, after, name=name, role=role, type=type, actor=actor),
        "cue": _span(text, cue, after),
        "content": _span(text, content, after),
        "kind": kind,
        "stance": stance,
        "conditional": False,
        "negated": False,
        "cited_source": _span(text, cited_source, after) if cited_source else None,
        "venue": _span(text, venue, after) if venue else None,
        "addressee": _span(text, addressee, after) if addressee else None,
        "parent": parent,
    }


def _doc(ext_id, text, title, outlet, url, published):
    return Document(
        id=ext_id,
        text=text,
        title=title,
        url=url,
        outlet=outlet,
        published=published,
        language="en",
        raw=text.encode(),
        raw_kind="text",
        source=ext_id,
    )


def _raw(doc: Document) -> RawInput:
    return RawInput(
        id=doc.id,
        source=doc.source,
        data=doc.raw,
        kind="text",
        meta={"title": doc.title, "url": doc.url, "outlet": doc.outlet, "published": doc.published},
    )


def navy_record(doc: Document) -> dict:
    t = doc.text
    rec = new_record(doc)
    p2 = t.index("Ukraine's Navy")
    p3 = t.index("“The depot")
    p4 = t.index("Russia's defence")
    rec["statements"] = [
        statement(
            t,
            "s1",
            "Navy",
            "says",
            "sea drones hit fuel depot in Crimea",
            name="Ukrainian Navy",
            type="organisation",
            actor="UKR MIL",
        ),
        statement(
            t,
            "s2",
            "Ukraine's Navy spokesperson Dmytro Pletenchuk",
            "said",
            "sea drones struck a fuel depot near Feodosia overnight",
            name="Dmytro Pletenchuk",
            role="Ukraine's Navy spokesperson",
            actor="UKR MIL",
            venue="in a statement on Telegram",
            after=p2,
        ),
        statement(
            t,
            "s3",
            "Pletenchuk",
            "told",
            "The depot was burning for six hours",
            name="Dmytro Pletenchuk",
            role="Ukraine's Navy spokesperson",
            actor="UKR MIL",
            kind="direct",
            addressee="reporters",
            venue="in Odesa",
            cited_source="citing satellite images",
            after=p3,
        ),
        statement(
            t,
            "s4",
            "Russia's defence ministry",
            "denied",
            "any facility had been hit",
            name="Russian Ministry of Defence",
            type="organisation",
            actor="RUS MIL",
            stance="deny",
            after=p4,
        ),
        statement(
            t,
            "s5",
            "Russia's defence ministry",
            "claiming",
            "all drones were shot down over the sea",
            name="Russian Ministry of Defence",
            type="organisation",
            actor="RUS MIL",
            stance="claim",
            after=p4,
        ),
    ]
    return rec


def governor_record(doc: Document) -> dict:
    t = doc.text
    rec = new_record(doc)
    rec["statements"] = [
        statement(
            t,
            "s1",
            "Governor",
            "warns",
            "more strikes on Kharkiv",
            name="Oleh Syniehubov",
            role="Kharkiv Oblast Governor",
            actor="UKR GOV",
            stance="warn",
        ),
        statement(
            t,
            "s2",
            "Kharkiv Oblast Governor Oleh Syniehubov",
            "warned",
            "Russian forces are massing guided bombs near the border",
            name="Oleh Syniehubov",
            role="Kharkiv Oblast Governor",
            actor="UKR GOV",
            stance="warn",
            cited_source="according to the regional administration",
            after=t.index("Kharkiv Oblast"),
        ),
    ]
    return rec


def hostile_record(doc: Document) -> dict:
    t = doc.text
    rec = new_record(doc)
    p2 = t.index("\n\n") + 2
    p3 = t.index(HOSTILE_IMG)
    rec["statements"] = [
        # The speaker span covers the javascript: link; the content covers the attribute breaker.
        statement(
            t,
            HOSTILE_SID,
            f"The spokesman {HOSTILE_LINK}",
            "said",
            f"{HOSTILE_ATTR} was harmless",
            name="<script>alert(3)</script>",
            role=HOSTILE_ATTR,
            actor="<b>X</b>",
            stance="claim",
            venue=HOSTILE_SCRIPT,
            after=p2,
        ),
        statement(
            t,
            "s2",
            HOSTILE_IMG,
            "claimed",
            "<style>body{display:none}</style> nothing had happened",
            name=HOSTILE_IMG,
            role=None,
            type="unknown",
            stance="claim",
            after=p3,
        ),
    ]
    return rec


def fill_store(store) -> dict:
    """Add the test reports to `store`; returns {name: AddResult}."""
    results = {}
    navy = _doc(
        "navy-1",
        NAVY_TEXT,
        "Navy says sea drones hit fuel depot in Crimea",
        "Black Sea Monitor",
        "https://example.org/navy-drones",
        "2024-11-12",
    )
    results["navy"] = store.add(_raw(navy), navy, navy_record(navy), ANALYSER)
    reprint = _doc(
        "navy-reprint",
        NAVY_TEXT,
        "Navy says sea drones hit fuel depot in Crimea",
        "Coastal Wire",
        "https://example.net/reprint",
        "2024-11-13",
    )
    results["reprint"] = store.add(_raw(reprint), reprint, navy_record(reprint), ANALYSER)
    gov = _doc(
        "kharkiv-1",
        GOVERNOR_TEXT,
        "Governor warns of more strikes on Kharkiv",
        "Kharkiv Daily",
        "http://example.com/kharkiv",
        "2024-10-06",
    )
    results["governor"] = store.add(_raw(gov), gov, governor_record(gov), ANALYSER)
    hostile = _doc("hostile-1", HOSTILE_TEXT, HOSTILE_TITLE, HOSTILE_OUTLET, HOSTILE_URL, "2024-11-20")
    results["hostile"] = store.add(_raw(hostile), hostile, hostile_record(hostile), ANALYSER)
    return results
