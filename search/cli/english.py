"""The library's query errors in English, for the command line (which speaks English throughout).

QueryError keeps its French template and values apart (search.errors); the site translates the template
with its gettext catalogues (web/translations: Dutch), the CLI with its own English one
(search/cli/translations/en). tests/cli/test_commands.py fails when a QueryError of the library has no
English there, or one that drops a placeholder.
"""
from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from ..errors import QueryError

CATALOGUE = Path(__file__).with_name("translations")


@cache
def catalogue() -> gettext.GNUTranslations:
    """The compiled English catalogue (after editing the .po: pybabel compile -d search/cli/translations -l en)."""
    return gettext.translation("messages", localedir=CATALOGUE, languages=["en"])


def english(error: QueryError) -> str:
    """The error's message in English (its French one if the table lacks it)."""
    template = catalogue().gettext(error.template)
    if template == error.template:
        return str(error)
    return template % error.params_in("en") if error.params else template
