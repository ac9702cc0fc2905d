"""CLI ingest and API corrections at the same time: nothing fails, no correction is lost."""
from __future__ import annotations

import threading

from rasd.store.api import EventFilter, add_correction, get_event, list_events, save_run
from rasd.store.db import open_store
from rasd_link_samples import sample_run


def test_ingest_and_corrections_in_parallel(db_url: str) -> None:
    report, events = sample_run()
    save_run(db_url, report, events)
    engine = open_store(db_url)
    taiz = next(e["event_id"] for e in list_events(engine, EventFilter(country="Yemen"))[1])
    errors: list[BaseException] = []

    def ingest() -> None:
        for toll in range(6, 16):
            rep, evs = sample_run(toll)
            save_run(db_url, rep, evs)

    def correct(who: int) -> None:
        for n in range(8):
            add_correction(engine, taiz, "set", field="notes", value=f"{who}-{n}", reason="parallel", author=f"w{who}")

    def guard(fn, *args) -> None:  # type: ignore[no-untyped-def]
        try:
            fn(*args)
        except BaseException as err:  # noqa: BLE001 - collected and re-raised by the test
            errors.append(err)

    threads = [threading.Thread(target=guard, args=(ingest,))]
    threads += [threading.Thread(target=guard, args=(correct, w)) for w in range(3)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(120)
    assert not errors, errors
    final = get_event(engine, taiz)
    assert len(final["corrections"]) == 24
    assert final["notes"] == final["corrections"][0]["new"]
    assert dict(map(tuple, final["per_source_fatalities"]))["yemen-b"] == 15
