"""Inputs to parsed Docs, one article at a time, with per-input failures counted, not raised.

Every command goes through `Run`: it knows which inputs failed and turns that into the exit code
of the output contract (0 all done, 1 some failed, 2 nothing usable).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable, Iterator

from .sources import InputError, Skipped, Source, iter_sources, read_article

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def report(message: str) -> None:
    """One line on stderr, prefixed so it is clear which program spoke."""
    print(f"newsmine: {message}", file=sys.stderr, flush=True)


@dataclass
class Run:
    inputs: list[str]
    keep_boilerplate: bool = False
    ok: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    on_failure: Callable[[str, str], None] | None = None

    def fail(self, doc: str, cause: str) -> None:
        self.failed.append((doc, cause))
        report(f"{doc}: {cause}")
        if self.on_failure:
            self.on_failure(doc, cause)

    def sources(self) -> list[Source]:
        found = []
        for item in iter_sources(self.inputs):
            if isinstance(item, Skipped):
                self.fail(item.doc, item.reason)
            else:
                found.append(item)
        return found

    def texts(self, sources: list[Source]) -> Iterator[tuple[str, Source]]:
        """(text, source) for each readable input; failures reported and skipped."""
        for source in sources:
            try:
                text = read_article(source, keep_boilerplate=self.keep_boilerplate)
            except InputError as exc:
                self.fail(source.doc, str(exc))
                continue
            self.ok += 1
            yield text, source

    def docs(self, sources: list[Source], *, nlp, tasks) -> Iterator[tuple[object, Source]]:
        from .pipeline import parse

        yield from parse(nlp, self.texts(sources), tasks=tasks)

    def exit_code(self) -> int:
        if self.ok == 0:
            if not self.failed:
                report("no input articles found")
            return EXIT_USAGE
        return EXIT_SOME_FAILED if self.failed else EXIT_OK
