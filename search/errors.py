"""Every error the library raises on purpose; each message says what to do about it."""
from __future__ import annotations


class QueryError(ValueError):
    """A query or a request that cannot run; the message says how to fix it.

    The message is a French template with `%(name)s` fields and its values apart, so that
    an interface in another language can translate the template (the web site's message
    catalogues list every one) and fill it the same way; str() is the French text."""

    def __init__(self, template: str, **params):
        self.template, self.params = template, params
        super().__init__(template % params if params else template)


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
