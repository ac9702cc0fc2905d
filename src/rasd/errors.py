"""One error hierarchy for rasd.

    RasdError
    ├── InputError            an article or a line cannot be read (the run goes on)
    │   ├── LineError         a malformed line of a JSON Lines file
    │   └── ArticleError      an article that is read but unusable (empty, too big, binary)
    ├── ConfigError           settings or pipeline order that cannot work (raised at start-up)
    ├── ResourceError         a bundled or user-supplied data file is broken
    │   ├── LexiconError      a lexicon row is malformed (file and line named)
    │   └── GazetteerError    a gazetteer source cannot be loaded or imported
    ├── StoreError            the database refused or is in an unexpected state
    └── BackendError          an optional plug-in (Ray, a model, an endpoint) failed

Every message says what happened, where (file, line, article id) and what to do. Input errors
become `Rejected` values so that a run over thousands of articles reports them and continues.
"""
from __future__ import annotations

from dataclasses import dataclass


class RasdError(Exception):
    """Base of every error rasd raises on purpose."""


class InputError(RasdError):
    """An input item cannot be used; carries where it came from."""

    def __init__(self, reason: str, *, origin: str = "", article_id: str | None = None) -> None:
        self.reason = reason
        self.origin = origin
        self.article_id = article_id
        where = origin + (f" (article {article_id})" if article_id else "")
        super().__init__(f"{where}: {reason}" if where else reason)


class LineError(InputError):
    """A malformed line of a JSON Lines file."""


class ArticleError(InputError):
    """An article that was read but cannot be processed."""


class ConfigError(RasdError):
    """Settings or a pipeline order that cannot work."""


class ResourceError(RasdError):
    """A data file (lexicon, gazetteer, model) is missing or broken."""


class LexiconError(ResourceError):
    """A lexicon file has a malformed row."""


class GazetteerError(ResourceError):
    """A gazetteer source cannot be loaded or imported."""


class StoreError(RasdError):
    """The store refused an operation or is in an unexpected state."""


class BackendError(RasdError):
    """An optional plug-in backend failed."""


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input item that was skipped, and why; reported on stderr, never silently dropped."""

    origin: str
    reason: str
    article_id: str | None = None

    def message(self) -> str:
        """One line for standard error: where, which article, why."""
        art = f" article {self.article_id}" if self.article_id else ""
        return f"rasd: skipped {self.origin}{art}: {self.reason}"

    @classmethod
    def from_error(cls, err: InputError) -> Rejected:
        """Turn a raised input error into a value the run can carry on with."""
        return cls(origin=err.origin, reason=err.reason, article_id=err.article_id)
