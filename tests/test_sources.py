"""Reading inputs: expansion of paths, encodings, HTML."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsmine.sources import (InputError, Skipped, Source, article_text, decode, iter_sources, read_bytes, read_file,
                              title_of)


def test_decode_utf8_with_and_without_bom():
    assert decode("café".encode()) == "café"
    assert decode(b"\xef\xbb\xbf" + "café".encode()) == "café"


def test_decode_utf16_with_bom():
    assert decode("café Zürich".encode("utf-16")) == "café Zürich"
    assert decode(b"\xfe\xff" + "café".encode("utf-16-be")) == "café"


def test_decode_legacy_single_byte_without_mojibake():
    assert decode("café – “quoted” €5".encode("cp1252")) == "café – “quoted” €5"
    assert decode(b"caf\xe9 \x81") == "caf\xe9 \x81"  # byte undefined in cp1252 falls back to Latin-1


def test_decode_binary_is_an_error():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_folder_is_recursive_sorted_and_notes_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.md").write_text("two")
    (tmp_path / "1.txt").write_text("one")
    (tmp_path / "page.HTML").write_text("<p>x</p>")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / ".hidden.txt").write_text("ignored")
    found = list(iter_sources([str(tmp_path)]))
    sources = [Path(s.doc).relative_to(tmp_path).as_posix() for s in found if isinstance(s, Source)]
    assert sources == ["1.txt", "page.HTML", "b/2.md"]
    skipped = [s for s in found if isinstance(s, Skipped)]
    assert [Path(s.doc).name for s in skipped] == ["photo.jpg"]
    assert not skipped[0].missing and skipped[0].reason == "skipped: not an article file (.jpg)"


def test_glob_and_missing_path(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    found = list(iter_sources([str(tmp_path / "*.txt"), str(tmp_path / "nope.txt")]))
    assert [Path(s.doc).name for s in found] == ["a.txt", "b.txt", "nope.txt"]
    assert isinstance(found[2], Skipped) and found[2].reason == "no such file or directory" and found[2].missing


def test_html_gives_title_then_main_text_without_chrome(tmp_path):
    body = " ".join(["The council voted on Tuesday to close the old bridge to traffic."] * 4)
    html = f"""<html><head><title>Bridge closes | Daily Echo</title><script>var x = 1;</script></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
    <article><h1>Bridge to close after council vote</h1><p>{body}</p><p>{body}</p></article>
    <footer>Copyright Daily Echo. All rights reserved. Contact us.</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html)
    text = read_file(path)
    first_line = text.split("\n")[0]
    assert "Bridge" in first_line
    assert "The council voted on Tuesday" in text
    for chrome in ("var x", "Home", "Copyright", "Sport"):
        assert chrome not in text


def test_unreadable_file_is_an_input_error(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("text")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputError, match="permission denied"):
        read_file(path)


def test_crlf_becomes_newline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Headline\r\n\r\nBody text here.\r\n")
    assert read_file(path, keep_boilerplate=True) == "Headline\n\nBody text here.\n"
    assert read_file(str(path), keep_boilerplate=True) == "Headline\n\nBody text here.\n"  # a str path too


def test_a_glob_that_matches_nothing_is_missing(tmp_path):
    (found,) = iter_sources([str(tmp_path / "*.txt")])
    assert found == Skipped(str(tmp_path / "*.txt"), "no file matches this pattern", missing=True)


def test_read_bytes_errors_say_the_cause(tmp_path):
    with pytest.raises(InputError, match="^no such file or directory$"):
        read_bytes(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="^is a directory$"):
        read_bytes(tmp_path)
    (tmp_path / "a.txt").write_bytes(b"abc")
    assert read_bytes(tmp_path / "a.txt") == b"abc"


def test_a_binary_txt_is_an_input_error(tmp_path):
    path = tmp_path / "binary.txt"
    path.write_bytes(b"abc\x00\x01def")
    with pytest.raises(InputError, match="binary file, not text"):
        read_file(path)


def test_title_is_the_first_non_empty_line():
    assert title_of("\n\n  Bridge closes  \nBody.\n") == "Bridge closes"
    assert title_of("x" * 400) == "x" * 300
    assert title_of("") is None and title_of(" \n\t\n") is None


def test_stdin_html_is_recognised_by_its_text():
    body = " ".join(["The council voted on Tuesday to close the old bridge to traffic."] * 4)
    page = f"<!DOCTYPE html><html><body><article><h1>Bridge to close</h1><p>{body}</p></article></body></html>"
    text = article_text(page.encode(), html=None)
    assert text.startswith("Bridge to close") and "<" not in text
    assert article_text(b"a <b>bold</b> claim\n", html=None) == "a <b>bold</b> claim\n"


def test_nul_characters_of_utf16_text_are_dropped():
    assert article_text("Kyiv\x00 news\n".encode("utf-16"), html=False) == "Kyiv news\n"


def test_deeply_nested_html_keeps_its_text():
    """libxml2 stops at 256 nested elements unless the tree may be huge: 600 nested <div>s gave
    no text at all."""
    html = ("<html><body>" + "<div>" * 600 + "<p>The mayor of Lyon, Anne Martin, said the city would grow.</p>"
            + "</div>" * 600 + "</body></html>")
    assert article_text(html.encode(), html=True) == "The mayor of Lyon, Anne Martin, said the city would grow.\n"
