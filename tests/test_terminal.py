"""Behaviour only a real process shows: terminals, closed pipes, Ctrl-C."""
from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys

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
    assert "┃ entity " in ANSI.sub("", out)
    assert not COLOUR.search(out)


def test_head_ends_quietly(tmp_path):
    for i in range(30):
        shutil.copy(SEED, tmp_path / f"{i:02}.txt")
    proc = subprocess.run(f"{sys.executable} -m newsmine entities {tmp_path} -f tsv | head -1",
                          shell=True, capture_output=True, text=True, timeout=300,
                          executable="/bin/bash")
    assert proc.stdout == "doc\tentity\tlabel\tmentions\tfirst_start\taliases\n"
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
