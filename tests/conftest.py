"""One model load for the whole suite; helpers to run the CLI and parse text."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmine.cli import cli
from newsmine.pipeline import load, parse

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "seeds" / "000_99ea542e174f6d0c.txt")


@pytest.fixture(scope="session")
def nlp():
    return load()


@pytest.fixture(scope="session")
def make_doc(nlp):
    """Parse a text exactly as the CLI does (all components, headline casing, long-text pieces)."""
    def make(text: str, tasks=("entities", "places", "figures", "quotes")):
        doc, _ = next(parse(nlp, [(text, None)], tasks=tasks))
        return doc
    return make


@pytest.fixture(scope="session")
def seed_doc(make_doc):
    from newsmine.sources import Source, read_article

    return make_doc(read_article(Source(SEED, Path(SEED))))


@pytest.fixture
def run_cli():
    """Invoke the CLI in-process; returns the click Result (stdout and stderr kept apart)."""
    def invoke(*args, input=None, env=None):
        runner = CliRunner()
        return runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=False)
    return invoke
