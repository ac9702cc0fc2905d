"""An English `notes` sentence per event, as ACLED writes them.

"On 5 April 2019, Libyan National Army clashed with Government of National Accord in Qasr Bin
Ghashir (Tripoli). 3 fatalities." Verbs per sub-type; unknown sides read "an unidentified
actor"; the first-level division follows the place in brackets when it differs.
"""
from __future__ import annotations

from rasd.records import Event

_VERBS = {
    "Armed clash": "{a1} clashed with {a2}",
    "Government regains territory": "{a1} regained territory from {a2}",
    "Non-state actor overtakes territory": "{a1} took territory from {a2}",
    "Air/drone strike": "{a1} carried out an air or drone strike against {a2}",
    "Shelling/artillery/missile attack": "{a1} shelled {a2}",
    "Remote explosive/landmine/IED": "an explosive device planted by {a1} went off, hitting {a2}",
    "Suicide bomb": "a suicide bomber of {a1} blew himself up, targeting {a2}",
    "Grenade": "{a1} threw a grenade at {a2}",
    "Chemical weapon": "{a1} used chemical weapons against {a2}",
    "Attack": "{a1} attacked {a2}",
    "Abduction/forced disappearance": "{a1} abducted {a2}",
    "Sexual violence": "{a1} sexually assaulted {a2}",
    "Peaceful protest": "{a1} demonstrated",
    "Protest with intervention": "{a1} demonstrated and {a2} intervened",
    "Excessive force against protesters": "{a2} used excessive force against {a1}",
    "Violent demonstration": "{a1} rioted",
    "Mob violence": "{a1} attacked {a2}",
    "Arrests": "{a1} arrested {a2}",
    "Disrupted weapons use": "{a1} foiled an attack by {a2}",
    "Agreement": "{a1} reached an agreement with {a2}",
}
_DEFAULT = "{a1} was involved in an incident with {a2}"


def note(ev: Event) -> str:
    """The notes sentence of a located, dated event."""
    a1 = ev.actor1.name if ev.actor1 else "an unidentified actor"
    a2 = ev.actor2.name if ev.actor2 else "unknown targets"
    what = _VERBS.get(ev.sub_event_type, _DEFAULT).format(a1=a1, a2=a2)
    when = f"On {ev.event_date.day} {ev.event_date:%B %Y}, " if ev.event_date else ""
    where = ""
    if ev.location is not None:
        admin = ev.location.admin1
        where = f" in {ev.location.name}" + (f" ({admin})" if admin and admin != ev.location.name else "")
    deaths = f" {ev.fatalities} fatalit{'y' if ev.fatalities == 1 else 'ies'}." if ev.fatalities else ""
    text = f"{when}{what}{where}.{deaths}"
    return text[0].upper() + text[1:]
