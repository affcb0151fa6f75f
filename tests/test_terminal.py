"""Behaviour only a real process shows: terminals, closed pipes, Ctrl-C."""
from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys

from newsmine.kinds import KINDS
from tests.conftest import NEWSMINE, SEED, run_on_terminal

ANSI = re.compile(r"\x1b\[[0-9;]*m")
COLOUR = re.compile(r"\x1b\[[0-9;]*(3[0-8]|9[0-7])[0-9;]*m")


def test_auto_is_a_coloured_table_on_a_terminal():
    code, out = run_on_terminal(["entities", SEED])
    assert code == 0
    plain = ANSI.sub("", out)
    assert "┃ entity " in plain and "│ Tatiana Moskalkova " in plain
    assert COLOUR.search(out)


def test_no_color_is_honoured():
    code, out = run_on_terminal(["entities", SEED], {"NO_COLOR": "1"})
    assert code == 0
    assert "┃ entity " in out
    assert "\x1b" not in out  # no colour, and no bold header either


def test_no_color_show_has_no_bold_or_underline():
    code, out = run_on_terminal(["show", SEED, "--only", "places,figures"], {"NO_COLOR": "1"})
    assert code == 0
    assert "Kyiv\u27e8UA\u27e9" in out and "More than 1,500\u27e8>1,500\u27e9" in out
    assert "\x1b" not in out


def test_quotes_table_fits_the_terminal_with_whole_headers():
    code, out = run_on_terminal(["quotes", SEED])  # COLUMNS=100
    assert code == 0
    lines = ANSI.sub("", out).replace("\r\n", "\n").splitlines()
    assert max(len(line) for line in lines) <= 100
    header = next(line for line in lines if line.startswith("┃"))
    shown = [cell.strip() for cell in header.strip("┃").split("┃")]
    assert shown[:2] == ["doc", "quote"] and "speaker" in shown and "cue" in shown
    assert all(name in KINDS["quotes"].column_names for name in shown)  # none broken mid-word
    hidden = [c for c in KINDS["quotes"].column_names if c not in shown]
    assert " ".join(" ".join(lines).split()).endswith(
        f"hidden at 100 columns: {', '.join(hidden)} (use -f tsv for every column)")


def test_head_ends_quietly(tmp_path):
    for i in range(30):
        shutil.copy(SEED, tmp_path / f"{i:02}.txt")
    proc = subprocess.run(f"{sys.executable} -m newsmine entities {tmp_path} -f tsv | head -1",
                          shell=True, capture_output=True, text=True, timeout=300,
                          executable="/bin/bash")
    assert proc.stdout == "\t".join(KINDS["entities"].column_names) + "\n"
    assert proc.stderr == ""


def test_ctrl_c_exits_130_with_a_message(tmp_path):
    for i in range(300):
        shutil.copy(SEED, tmp_path / f"{i:03}.txt")
    proc = subprocess.Popen(NEWSMINE + ["entities", str(tmp_path), "-f", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = proc.stdout.readline()  # the model is loaded and articles are flowing
    assert first.startswith("{")
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err == "newsmine: interrupted\n"
