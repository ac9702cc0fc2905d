"""`rasd eval GOLD EVENTS`: score event records against hand-coded gold (eval/GUIDE.md definitions).

Written for rasd, independent of the referee script, so that the demo, the quality gate and CI
can score without ../shared. Definitions follow the guide: a system event and a gold event of the
same article are paired when their evidence overlaps (pairs chosen greedily, heaviest agreement
on place and type first); detection precision/recall/F1 count pairs against required gold events;
field accuracies are over the pairs; `link_*` compare article pairs that rasd joins into one event
with article pairs whose required gold events are the same incident. Optional gold events earn
neither credit nor penalty.
"""
from __future__ import annotations

from rasd.evaluate.command import eval_command, evaluate, read_records, score_files
from rasd.evaluate.matching import name_key, name_keys, pair_events, same_place
from rasd.evaluate.metrics import links, score

__all__ = ["eval_command", "evaluate", "links", "name_key", "name_keys", "pair_events", "read_records",
           "same_place", "score", "score_files"]

