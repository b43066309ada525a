"""Turn an HTML mail body into readable plain text.

Parsing and cleaning are lxml's (through html-text): scripts, styles, comments and
images (tracking pixels included) yield no text. Quoted blocks (`<blockquote>`) come
out as `> ` lines so that the new-text splitter can set them apart.
"""

from __future__ import annotations

import html_text
import lxml.etree
import lxml.html

MAX_HTML_CHARS = 1_000_000
UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")
QUOTE_CONTAINER_XPATH = (
    "//blockquote[not(ancestor::blockquote)]"
    " | //div[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')"
    " and not(ancestor::blockquote)]/blockquote"
)


def html_to_text(html: str) -> tuple[str, bool]:
    """Plain text of `html`, and whether the input had to be cut to `MAX_HTML_CHARS`."""
    truncated = len(html) > MAX_HTML_CHARS
    if truncated:
        html = html[:MAX_HTML_CHARS]
    if not html.strip():
        return "", truncated
    try:
        tree = lxml.html.document_fromstring(
            html.replace("\x00", "").encode("utf-8", "replace"), parser=UTF8_PARSER
        )
    except (lxml.etree.ParserError, ValueError):
        return "", truncated
    cleaned = html_text.cleaner.clean_html(tree)
    _quote_blockquotes(cleaned)
    text = html_text.extract_text(cleaned, guess_layout=True)
    return text.replace("\xa0", " ").strip(), truncated


def _quote_blockquotes(tree: lxml.html.HtmlElement) -> None:
    """Replace each outermost blockquote by one <div> per line of its text, each starting `> `."""
    for quote in tree.xpath(QUOTE_CONTAINER_XPATH):
        parent = quote.getparent()
        if parent is None:
            continue
        quoted_text = html_text.extract_text(quote, guess_layout=True)
        replacement = lxml.html.Element("div")
        for line in quoted_text.splitlines():
            quoted_line = lxml.html.Element("div")
            quoted_line.text = "> " + line
            replacement.append(quoted_line)
        replacement.tail = quote.tail
        parent.replace(quote, replacement)
