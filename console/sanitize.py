"""Mail HTML made inert for the console: a small set of text tags and no attributes at all,
so no scripts, event handlers, styles, links or images (local or remote) survive."""

from __future__ import annotations

import nh3

SAFE_TAGS = frozenset(
    {
        "p", "br", "div", "span", "b", "strong", "i", "em", "u", "s", "small", "sub", "sup",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "code", "hr",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6",
    }
)  # fmt: skip


def clean_html(html: str) -> str:
    """`html` with every tag outside SAFE_TAGS removed (script and style with their content)
    and every attribute dropped."""
    return nh3.clean(
        html,
        tags=set(SAFE_TAGS),
        clean_content_tags={"script", "style", "title", "head", "noscript", "template"},
        attributes={},
        url_schemes=set(),
        strip_comments=True,
        link_rel=None,
    )
