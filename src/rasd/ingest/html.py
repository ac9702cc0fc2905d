"""HTML to article text through trafilatura's boilerplate removal."""
from __future__ import annotations

import trafilatura

from rasd.errors import ArticleError

MAX_HTML_CHARS = 10_000_000


def html_to_text(html: str, origin: str) -> str:
    """Main text of a page; an empty extraction is an error, not a silent empty article."""
    if len(html) > MAX_HTML_CHARS:
        raise ArticleError(f"HTML of {len(html)} characters is over the {MAX_HTML_CHARS} limit", origin=origin)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise ArticleError("no article text found in the HTML (boilerplate only?)", origin=origin)
    return text
