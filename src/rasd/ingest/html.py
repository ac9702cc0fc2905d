"""HTML to article text through trafilatura's boilerplate removal.

Pages are bounded in size before parsing (lxml's cost grows with the tree), and a parser failure
on a malformed page becomes an ArticleError naming the page, never a crash of the run.
"""
from __future__ import annotations

import trafilatura
from lxml.etree import LxmlError

from rasd.errors import ArticleError

MAX_HTML_CHARS = 10_000_000


def html_to_text(html: str, origin: str) -> str:
    """Main text of a page; an empty extraction is an error, not a silent empty article."""
    if len(html) > MAX_HTML_CHARS:
        raise ArticleError(f"HTML of {len(html)} characters is over the {MAX_HTML_CHARS} limit; "
                           "extract the article text first", origin=origin)
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    except (LxmlError, ValueError, TypeError, RecursionError) as err:
        raise ArticleError(f"the HTML cannot be parsed ({type(err).__name__}: {err})", origin=origin) from err
    if not text or not text.strip():
        raise ArticleError("no article text found in the HTML (boilerplate only?)", origin=origin)
    return text
