"""The per-article pipeline: stages in an explicit, checked order.

`Pipeline.from_settings` resolves every stage name, then walks the chain once and reports
every unmet requirement at once (naming which stage would provide it) before any article runs.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rasd.document import Article, Document
from rasd.errors import ArticleError, ConfigError, Rejected
from rasd.registry import StageInfo, get_stage, stages
from rasd.settings import Settings


@dataclass(frozen=True)
class Pipeline:
    """Ordered, validated stages; `run` turns one Article into a Document or a Rejected."""

    settings: Settings
    infos: tuple[StageInfo, ...]
    funcs: tuple[Callable[[Document], Document], ...]

    @classmethod
    def from_settings(cls, settings: Settings) -> Pipeline:
        infos = tuple(get_stage(n) for n in settings.stages)
        check_order(infos)
        return cls(settings, infos, tuple(i.factory(settings) for i in infos))

    def run(self, article: Article) -> Document | Rejected:
        """Run every stage over one article; an unusable article becomes a Rejected value."""
        if len(article.text) > self.settings.max_article_chars:
            return Rejected(article.origin, f"text has {len(article.text)} characters, over the limit of "
                            f"{self.settings.max_article_chars} (max_article_chars)", article.id)
        doc = Document(article)
        try:
            for func in self.funcs:
                doc = func(doc)
        except ArticleError as err:
            return Rejected.from_error(err)
        return doc

    def run_many(self, articles: Iterable[Article | Rejected]) -> Iterator[Document | Rejected]:
        """Run over a stream, passing rejected inputs through unchanged."""
        for art in articles:
            yield art if isinstance(art, Rejected) else self.run(art)

    def describe(self) -> list[StageInfo]:
        """The stages in order (for `rasd pipeline` and the docs)."""
        return list(self.infos)


def check_order(infos: tuple[StageInfo, ...]) -> None:
    """Raise one ConfigError listing every requirement that no earlier stage provides."""
    have: set[str] = set()
    problems = []
    providers = {p: s.name for s in stages().values() for p in s.provides}
    for info in infos:
        for req in info.requires:
            if req not in have:
                hint = f" (provided by {providers[req]!r})" if req in providers else ""
                problems.append(f"stage {info.name!r} needs {req!r}{hint}, which no earlier stage provides")
        have.update(info.provides)
    if problems:
        raise ConfigError("pipeline order is invalid:\n  " + "\n  ".join(problems))
