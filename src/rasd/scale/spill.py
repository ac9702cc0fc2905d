"""Records kept on disk while a corpus streams: append now, read back by index later.

A corpus of 100k articles yields a few hundred thousand events of several kilobytes each (evidence,
provenance, actors); held in memory until the corpus-wide linking at the end, they would make
memory grow with the corpus. A `Spill` pickles each record into an anonymous temporary file as it
arrives and keeps only its offset (8 bytes), so the main process holds what linking needs and
nothing else. The file is deleted by the OS when the spill is closed or the process ends.
"""
from __future__ import annotations

import copyreg
import dataclasses
import io
import operator
import pickle
import tempfile
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

from rasd.document import Article
from rasd.records import Actor, Event, Evidence, Location, Provenance
from rasd.scale.work import Outcome


def _by_fields(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    """Pickle a frozen dataclass as its constructor and field values.

    The default way for slotted frozen dataclasses goes through Python-level `__getstate__` and
    `__setstate__` and costs about ten times more; every field here is an `__init__` argument.
    """
    get = operator.attrgetter(*(f.name for f in dataclasses.fields(cls)))
    return lambda obj: (cls, get(obj))


FAST = (Event, Evidence, Provenance, Actor, Location, Article, Outcome)


class _Pickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table | {cls: _by_fields(cls) for cls in FAST}


def dumps(record: Any) -> bytes:
    """The record pickled, records of rasd by their fields (what `pickle.loads` reads back)."""
    buf = io.BytesIO()
    _Pickler(buf, pickle.HIGHEST_PROTOCOL).dump(record)
    return buf.getvalue()


class Spill(Sequence[Any]):
    """An append-only list of pickled records in a temporary file (a read-only Sequence once written)."""

    def __init__(self) -> None:
        # Unbuffered: worker processes forked while a spill is open inherit no pending writes.
        self._file = tempfile.TemporaryFile(prefix="rasd-spill-", buffering=0)  # noqa: SIM115 - lives as long as the spill
        self._offsets = array("q", [0])
        self._at_end = True

    def append(self, record: Any) -> int:
        """Write one record; returns its index."""
        return self.append_bytes(dumps(record))

    def append_bytes(self, data: bytes) -> int:
        """Write one record already pickled (by `dumps`, perhaps in another process); returns its index."""
        if not self._at_end:
            self._file.seek(self._offsets[-1])
            self._at_end = True
        self._file.write(data)
        self._offsets.append(self._offsets[-1] + len(data))
        return len(self._offsets) - 2

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(f"spill index {index} out of range")
        start, end = self._offsets[index], self._offsets[index + 1]
        self._file.seek(start)
        self._at_end = False
        return pickle.loads(self._file.read(end - start))

    def __iter__(self) -> Iterator[Any]:
        for i in range(len(self)):
            yield self[i]

    def close(self) -> None:
        """Delete the file now (otherwise when the spill is garbage-collected)."""
        self._file.close()
