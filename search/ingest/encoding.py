"""Text that went through the wrong code page, put right where the repair is certain, kept otherwise.

Two kinds occur in the archive:

- UTF-8 read as windows-1252 ("BelgiÃ«", "lâ€™Ã‰tat"), on any page: ftfy reverses it. ftfy is
  trusted with that alone (its encoding fixes: mojibake, C1 controls, a lost no-break space);
  none of its other fixes (quotes, ligatures, widths, line breaks, Unicode normalisation, HTML
  entities) touches the text, and it runs only on a text that holds such a sequence.
- Windows-1252 bytes that a tool read as Mac Central European or DOS Latin 2 before the page was
  published, on Dutch pages (web and print; FORMAT.md): `ë` shown as `Ž` or `Ű`, `é` as `Ú` or `ť`,
  `ï` as `Ô` or `´`, `ö` as `Ų`, `–` as `Ė`, a no-break space as `†`. ftfy leaves these alone (no
  one encoding through another explains them all), so a table of the pairs repairs them: those
  FORMAT.md lists wherever they stand ("FinanciŽn", "CÚcile"), the same code pages' other French
  and Dutch letters and `Ô` (a French capital) only beside a lower-case letter ("HÔPITAL" is kept),
  `´` only inside a word, before a letter other than s, since it is also an apostrophe ("auto´s");
  the curly quotes the same way (`ďgrijsĒ` for “grijs”, `Ďja’` for ‘ja’, `autoís` for auto’s).
"""
from __future__ import annotations

import re

from ftfy import TextFixerConfig, fix_text

FTFY = TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                       fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                       remove_control_chars=False, normalization=None, explain=False)
# a UTF-8 sequence read as windows-1252: a lead byte (Â-ß), then a continuation byte (0x80-0xBF)
UTF8_AS_1252 = re.compile("[\u00c2-\u00df][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                          "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
                          "|\u00e2\u20ac")

# Windows-1252 letters as Mac Central European (Ž Ô Ų ť ŗ Ť Ż Ł) or DOS Latin 2 (Ű Ú Ŕ ŕ) show them.
# FORMAT.md's pairs are certain wherever they stand (none is a letter of French or Dutch), but for Ô,
# a French capital; the others, letters of other languages, are repaired beside a lower-case letter
LISTED = {"Ž": "ë", "Ű": "ë", "Ú": "é", "ť": "é", "Ų": "ö", "Ė": "–", "†": "\u00a0",
          "ď": "“", "Ē": "”"}  # the curly double quotes, as Mac Central European shows them: ďgrijsĒ
# the curly single quotes: ‘ shows as Ď, a capital, so only before a lower-case letter; ’ as í, a letter
# of other languages' names, so only as the apostrophe of a plural 's ("autoís")
SINGLE_QUOTES_RE = re.compile(r"Ď(?=[a-zß-öø-ÿ])|(?<=[a-zA-Z])í(?=s\b)")
BESIDE = {"Ô": "ï", "ŗ": "à", "Ť": "è", "Ż": "û", "Ł": "ü", "Ŕ": "è", "ŕ": "ê"}
LOWER = "a-zß-öø-ÿœ"
BESIDE_RE = re.compile(f"(?<=[{LOWER}])[{''.join(BESIDE)}]|[{''.join(BESIDE)}](?=[{LOWER}])")
TREMA_RE = re.compile(r"(?<=[aeiouAEIOU])´(?=[a-rt-zA-Z])")


def repair(text: str, language: str, rendering: str) -> str:
    """A page's text with what went through the wrong code page put right (see the module's doc)."""
    if UTF8_AS_1252.search(text):
        text = fix_text(text, FTFY)
    if language == "nl" or rendering == "bilingual":
        text = repair_dutch(text)
    return text


def repair_dutch(text: str) -> str:
    """A Dutch page's known mis-encoded characters put right; anything else kept."""
    text = BESIDE_RE.sub(lambda m: BESIDE[m.group()], text.translate(str.maketrans(LISTED)))
    text = SINGLE_QUOTES_RE.sub(lambda m: "‘" if m.group() == "Ď" else "’", text)
    return TREMA_RE.sub("ï", text)
