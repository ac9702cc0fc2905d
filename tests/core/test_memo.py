"""keep_last: the last answer is reused only for the very same input objects."""
from __future__ import annotations

from rasd.memo import keep_last


def test_recomputed_for_a_new_object_even_when_equal() -> None:
    calls: list[list[int]] = []

    @keep_last(lambda xs: (xs,))
    def total(xs: list[int]) -> int:
        calls.append(xs)
        return sum(xs)

    first = [1, 2]
    assert total(first) == 3 and total(first) == 3
    assert len(calls) == 1
    assert total([1, 2]) == 3  # equal, but another object: computed again
    assert len(calls) == 2
