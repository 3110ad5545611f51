"""A senate.be page saved as HTML, read the way a browser renders it, into the text layout FORMAT.md
describes (then parsed like any other page).

The site serves HTML from an old server template whose markup is not documented and varies, in
windows-1252 or ISO-8859-1, declared in the HTTP header (lost once saved), in a <meta> tag, in both
or in neither. The bytes are decoded by the <meta> charset when there is one, else as UTF-8 when
they are valid UTF-8, else as windows-1252 (a superset of ISO-8859-1's printable characters).

The document is parsed by lxml's HTML parser (libxml2: broken and unclosed markup is repaired as
browsers do) and rendered as text: paragraphs, divisions, headings, list items and table rows
are blocks separated by a blank line; <br> ends a line; the cells of one row are one line, joined
by a space (a chronology row is a date cell and an event cell); inline elements (<font>, <b>,
<a>, <span>) flow; <script>, <style>, <head> and comments are not text. Of the page, only the
smallest element that holds the question is kept, so that the site's menus and footer are not
taken for the answer.
"""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

from ..ids import SPACED
from .vocabulary import MARKER

BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tbody thead tfoot tr blockquote pre form "
                   "center address section article header footer nav main aside hr".split())
CELLS = frozenset(("td", "th"))
SKIP = frozenset(("script", "style", "head", "title", "noscript", "select", "option", "button", "iframe",
                  "object", "embed", "map", "svg"))
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
LOOKS_LIKE_HTML = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table|p|div|font)\b",
                             re.I | re.S)
HEADER = re.compile(MARKER + r"\s*" + SPACED, re.I)
ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
           "iso8859-1": "cp1252", "windows-1252": "cp1252"}  # browsers read ISO-8859-1 as windows-1252 too


def is_html(data: bytes) -> bool:
    """Whether a file's bytes are an HTML page rather than the text layout."""
    return bool(LOOKS_LIKE_HTML.match(data[:2048]))


def decode(data: bytes) -> str:
    """An HTML page's text, by its declared charset, else UTF-8 if it is valid, else windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    declared = META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        try:
            return data.decode(ALIASES.get(name, name), errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _cp1252(data)


def _cp1252(data: bytes) -> str:
    """windows-1252, with ISO-8859-1's control characters for the five bytes it leaves undefined."""
    return data.decode("cp1252", errors="ignore") if all(b not in data for b in b"\x81\x8d\x8f\x90\x9d") \
        else "".join(data[i:i + 1].decode("cp1252", errors="ignore") or chr(data[i]) for i in range(len(data)))


def html_to_text(data: bytes) -> str:
    """The text of a saved senate.be page, in the layout FORMAT.md describes."""
    text = decode(data)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):  # an empty or unparsable document: no text to read
        return ""
    return render(_question_part(root))


BODY = re.compile(r"(?:Question|Vraag)\s+(?:[ée]crite\s+)?(?:n[°ºo]|nr\.?)\s*" + SPACED + r"\s*(?:du|d\.?\s?d\.?|:)", re.I)
ANSWER = re.compile(r"R[ée]ponse\s+re[çc]ue\s+le|Antwoord\s+ontvangen\s+op", re.I)
AUTHOR = re.compile(r"\b(?:de|van)\s+[^\n()]{2,80}(?:\([^()\n]*\))?\s+(?:du|d\.?\s?d\.?)\s+\d{1,2}(?:er)?\s+[^\W\d_]+\s+\d{4}")
CHRONOLOGY = re.compile(r"\bChronologie\b")


def _question_part(root):
    """The smallest element that holds the question's header, its body's header and its answer's (those
    the page has): the page without the site's menus and footer around it. The whole page when no
    element does (a "no such question" page, a cut one)."""
    page = root.text_content()
    wanted = [pattern for pattern in (HEADER, BODY, ANSWER) if pattern.search(page)]
    if BODY not in wanted:  # a page without its text: the header fields it shows
        wanted += [pattern for pattern in (AUTHOR, CHRONOLOGY) if pattern.search(page)]
    if HEADER not in wanted:
        return root
    best = root
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in SKIP or element is root:
            continue
        content = element.text_content()
        if all(pattern.search(content) for pattern in wanted):
            best = element  # iter() goes down the tree: the last that holds them all is the deepest
    last = BODY if ANSWER not in wanted else ANSWER
    while best is not root and last in wanted and not _text_after(last, best.text_content()):
        best = best.getparent()  # the text that follows the last header (a body) is outside: widen
    return best


def _text_after(pattern: re.Pattern, content: str) -> bool:
    """Whether words follow the last match of `pattern` in `content` (past the header's own note)."""
    matches = list(pattern.finditer(content))
    rest = content[matches[-1].end():] if matches else ""
    rest = re.sub(r"^[^:]{0,40}:", "", rest, count=1)  # the header's date and colon
    rest = re.sub(r"^\s*\([^)]*\)", "", rest)  # "(Question posée en …)"
    return bool(re.search(r"[^\W\d_]{2,}", rest))


def render(element) -> str:
    """`element` as a browser shows it: blocks apart by a blank line, <br> a line, a row's cells one line."""
    out: list[str] = []
    _walk(element, out)
    lines = "".join(out).split("\n")
    text = "\n".join(line.strip(" \t") for line in lines)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def _walk(element, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else None
    if tag is None:  # a comment or a processing instruction: not text, but its tail is
        if element.tail:
            out.append(_inline(element.tail))
        return
    tag = tag.lower()
    if tag in SKIP:
        if element.tail:
            out.append(_inline(element.tail))
        return
    if tag == "br":
        out.append("\n")
    elif tag in BLOCKS:
        out.append("\n\n")
    elif tag in CELLS:
        out.append(" ")
    if element.text and tag != "br":
        out.append(_inline(element.text))
    for child in element:
        _walk(child, out)
    if tag in BLOCKS:
        out.append("\n\n")
    elif tag in CELLS:
        out.append(" ")
    if element.tail:
        out.append(_inline(element.tail))


def _inline(text: str) -> str:
    """Source line breaks and runs of white space inside a block are one space, as a browser shows them;
    a no-break space stays."""
    return re.sub(r"[ \t\r\n\f]+", " ", text)
