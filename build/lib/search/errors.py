"""Every error the library raises on purpose; each message says what to do about it."""
from __future__ import annotations


class Localized(dict):
    """A value of a message that is itself words, in each language: {"fr": …, "nl": …, "en": …}
    (the search box's field names, the values a filter takes). str() is the French one."""

    def __str__(self) -> str:
        return self["fr"]

    def to(self, language: str) -> str:
        return self.get(language) or self["fr"]


class QueryError(ValueError):
    """A query or a request that cannot run; the message says how to fix it.

    The message is a French template with `%(name)s` fields and its values apart, so that
    an interface in another language can translate the template (the web site's message
    catalogues list every one) and fill it the same way, with `params_in(language)` for the
    values that are words; str() is the French text."""

    def __init__(self, template: str, **params):
        self.template, self.params = template, params
        super().__init__(template % params if params else template)

    def params_in(self, language: str) -> dict:
        """The values to fill the template with in `language` ("fr", "nl", "en")."""
        return {k: v.to(language) if isinstance(v, Localized) else v for k, v in self.params.items()}


class NoIndex(Exception):
    """There is no built index at the given path."""


class OutdatedIndex(NoIndex):
    """The index was built by an older version of the program: it must be rebuilt."""


class IndexLocked(Exception):
    """Another build or update holds the index."""


class BuildError(Exception):
    """A build that cannot start or must not be published."""


def outdated_message(root, missing: list[str]) -> str:
    return (f"the index in {root}/ was built by an older version of this program (it lacks "
            f"{', '.join(missing[:3])}): rebuild it with `python -m search build --index {root}`")
