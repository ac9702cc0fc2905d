"""Modality: is an event word reported as having happened?

Intentions, orders, threats, appeals, conditions, predictions, future tense and negation make
an event word unreal. The markers live in `lexicons/modality.tsv`, each with a scope (before or
after the event word) and a window in words; a marker counts only inside the event word's
clause (commas, semicolons and colons close a clause).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.document import Document, Span
from rasd.mentions.lexicon import Match, matcher

MODALITY = "lexicons/modality.tsv"
_WORD = re.compile(r"[\w\u0600-\u06FF]+")
_CLAUSE_END = re.compile(r"[,،;؛:.!?؟\n]")


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a trigger is real, and the marker (file:line and kind) that says otherwise."""

    real: bool
    rule: str = ""
    kind: str = ""


def markers(doc: Document) -> list[Match]:
    """Every modality marker of the article (computed once per document by the builder)."""
    return matcher(MODALITY).find(doc.norm) if doc.norm is not None else []


def verdict(doc: Document, trigger: Span, found: list[Match]) -> Verdict:
    """Real unless a marker sits within its window before (or after) the trigger, in its clause.

    Markers of scope `sentence` (habitual or background wording) unreal every trigger of it.
    """
    sentence = doc.sentence_of(trigger.start)
    for m, scope, window, unreal in _read(found):
        if scope == "sentence" and sentence and sentence.start <= m.start < sentence.end:
            return unreal
        if scope == "before" and m.end <= trigger.start and _gap(doc.text, m.end, trigger.start, window):
            return unreal
        if scope == "after" and m.start >= trigger.end and _gap(doc.text, trigger.end, m.start, window):
            return unreal
    return Verdict(True)


Read = list[tuple[Match, str, int, Verdict]]
_last: list[tuple[list[Match], Read] | None] = [None]  # held, so the list's id is never reused


def _read(found: list[Match]) -> Read:
    """(marker, scope, window, verdict) of an article's markers, read from their entries once:
    every trigger of the article asks about every marker."""
    last = _last[0]
    if last is None or last[0] is not found:
        last = found, [(m, m.entry.get("scope", "before"), int(m.entry.get("window", "3") or 0),
                        Verdict(False, m.entry.where, m.entry.get("kind"))) for m in found]
        _last[0] = last
    return last[1]


def _gap(text: str, start: int, end: int, window: int) -> bool:
    """True when at most `window` words and no clause boundary lie between two offsets."""
    between = text[start:end]
    if end - start > 80 or _CLAUSE_END.search(between):
        return False
    return len(_WORD.findall(between)) <= window
