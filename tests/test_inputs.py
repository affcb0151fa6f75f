"""Hard inputs (issue 13): legacy encodings, HTML with little text, FIFOs, symlink loops, globs
that meet a file twice, and texts too long to read."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsmine.articles import (EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, Job, Options, Result, Tally, analyse,
                               document_row, results)
from newsmine.sources import (MAX_CHARS, Source, cut_text, decode, decode_text, html_to_text, iter_sources,
                              load_article, load_file, read_file)

RUSSIAN = ("Президент России Владимир Путин в понедельник провёл совещание с членами правительства в Москве. "
           "Обсуждались вопросы экономического развития регионов, поддержки малого бизнеса и строительства жилья. "
           "По словам министра финансов Антона Силуанова, дефицит бюджета в этом году не превысит двух процентов. "
           "\"Мы сохраняем устойчивость финансовой системы\", - заявил он журналистам после встречи.\n")
CHINESE = ("国家主席习近平星期一在北京会见了来访的法国总统马克龙。双方就中法关系和共同关心的国际问题交换了意见。"
           "习近平表示，中方愿同法方一道，推动两国全面战略伙伴关系不断向前发展。马克龙说，法方高度重视对华关系。\n")
JAPANESE = ("岸田文雄首相は月曜日、東京の首相官邸で記者会見を開き、新たな経済対策を発表した。"
            "首相は「国民の生活を守るため、あらゆる手段を講じる」と述べた。対策の規模は約二十兆円となる見通しだ。\n")
ENGLISH = ("Chelsea have sacked Adrian Mutu after he failed a drugs test. The Romanian, a £15.8m signing from "
           "Parma, tested positive for cocaine. Café owners near the ground said the decision was harsh.\n")
BBC_LATIN1 = Path("/work/shared/data/corpora/bbc/sport/199.txt")


def newsmine(*args, cwd=None):
    """The CLI in a child process, killed after 30 s: a run that blocks fails instead of hanging."""
    return subprocess.run([sys.executable, "-m", "newsmine", *args], capture_output=True, text=True,
                          timeout=30, cwd=cwd)


# --- item 5: encodings ----------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_russian_in_a_legacy_cyrillic_encoding_is_read_as_russian(encoding):
    assert decode_text(RUSSIAN.encode(encoding)) == (RUSSIAN, [])


@pytest.mark.parametrize("text, encoding", [(CHINESE, "gb18030"), (JAPANESE, "shift_jis")])
def test_chinese_and_japanese_legacy_encodings(text, encoding):
    assert decode(text.encode(encoding)) == text


def test_windows_1252_pounds_and_accents_stay_as_they_are():
    assert decode_text(ENGLISH.encode("cp1252")) == (ENGLISH, [])
    assert decode(b"It cost \xa3500, the club said.\n") == "It cost £500, the club said.\n"  # one £: no guessing


@pytest.mark.skipif(not BBC_LATIN1.exists(), reason="the BBC corpus is not here")
def test_the_bbc_latin1_article_still_decodes():
    text = read_file(BBC_LATIN1)
    assert "a £15.8m signing from Parma" in text and "Â" not in text and "\ufffd" not in text


def test_utf8_with_a_few_stray_bytes_stays_utf8_and_says_so(tmp_path, run_cli):
    good = ("The deal is worth £5m, up from £3m, Müller said. " * 4).encode()
    data = good[:30] + b"\x92" + good[30:80] + b"\xff\xfe" + good[80:] + b"\xa3\n"
    text, warnings = decode_text(data)
    assert text.count("£") == 8 and "Â" not in text and text.count("\ufffd") == 4
    assert warnings == ["4 invalid UTF-8 bytes replaced"]
    path = tmp_path / "stray.txt"
    path.write_bytes(data)
    result = run_cli("clean", str(path))
    assert result.exit_code == 0 and result.stdout.count("£") == 8
    assert result.stderr == f"newsmine: {path}: 4 invalid UTF-8 bytes replaced\n"


def test_a_legacy_file_is_not_taken_for_broken_utf8():
    french = "« Le café coûte 3 € à Paris », a déclaré le ministre à l'été.\n"
    assert decode_text(french.encode("cp1252")) == (french, [])


def test_boms_and_binary_files_are_kept_apart():
    assert decode(b"\xef\xbb\xbf" + RUSSIAN.encode()) == RUSSIAN
    assert decode(RUSSIAN.encode("utf-16")) == RUSSIAN
    with pytest.raises(Exception, match="binary file"):
        decode(RUSSIAN.encode("cp1251") + b"\x00")


# --- item 6: HTML with little text, and inputs with none ------------------------------------------

def test_an_html_fragment_gives_its_text(tmp_path, run_cli):
    path = tmp_path / "fragment.html"
    path.write_text("<p>John Smith visited Paris on Monday.</p>")
    result = run_cli("clean", str(path))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "John Smith visited Paris on Monday.\n", "")


def test_plain_text_saved_as_html_gives_its_text():
    text = html_to_text("Claxton hunting first major medal\n\nBritish hurdler Sarah\nClaxton is confident.\n")
    assert text == "Claxton hunting first major medal\nBritish hurdler Sarah Claxton is confident."


def test_a_page_of_chrome_keeps_its_article_only():
    body = " ".join(["The council voted on Tuesday to close the old bridge to traffic."] * 4)
    page = (f"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Bridge to close"
            f"</h1><p>{body}</p><p>{body}</p></article><footer>Copyright Daily Echo.</footer></body></html>")
    text = html_to_text(page)
    assert "The council voted" in text and "Copyright" not in text and "Home" not in text


@pytest.mark.parametrize("name, data", [
    ("page.html", b"<html><head><title>Nothing</title><script>var x = 1;</script></head><body></body></html>"),
    ("blank.txt", b""),
    ("spaces.txt", b"\n \n\t\n"),
])
def test_an_input_without_article_text_is_empty_not_ok(tmp_path, run_cli, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    (result,) = results([str(path)], Options(kinds=()))
    assert (result.status, result.error) == ("empty", "no article text found")
    assert result.rows["documents"] == [{"doc": str(path), "title": None, "chars": 0, "words": 0,
                                         "status": "empty", "error": "no article text found",
                                         "date": None, "source": None, "url": None, "author": None}]
    cli = run_cli("clean", str(path))
    assert (cli.exit_code, cli.stdout, cli.stderr) == (2, "", f"newsmine: {path}: no article text found\n")


def test_an_empty_input_beside_an_article_is_exit_1(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text("Boris Johnson visited Kyiv on Tuesday.\n")
    (tmp_path / "b.html").write_text("<html><body><script>x()</script></body></html>")
    result = run_cli("entities", str(tmp_path), "-f", "tsv", "--no-header")
    assert result.exit_code == 1
    assert {line.split("\t")[1] for line in result.stdout.splitlines()} == {"Boris Johnson", "Kyiv"}
    assert result.stderr == f"newsmine: {tmp_path / 'b.html'}: no article text found\n"


def test_stdin_without_text_is_empty(run_cli):
    result = run_cli("clean", "-", input="   \n")
    assert (result.exit_code, result.stderr) == (2, "newsmine: -: no article text found\n")


@pytest.mark.parametrize("statuses, code", [
    (("ok", "empty"), EXIT_SOME_FAILED),
    (("empty", "skipped", "ok"), EXIT_SOME_FAILED),
    (("empty",), EXIT_USAGE),
    (("ok", "skipped"), EXIT_OK),
])
def test_empty_counts_as_failed_for_the_exit_code(statuses, code, capsys):
    tally = Tally()
    for i, status in enumerate(statuses):
        error = None if status == "ok" else "why"
        tally.add(Result(f"d{i}", "", status, {"documents": [document_row(f"d{i}", None, status, error)]}))
    assert tally.empty == statuses.count("empty")
    assert tally.exit_code() == code
    assert "no input articles found" not in capsys.readouterr().err  # the empty input said why


def test_tally_prints_warnings_unless_quiet(capsys):
    row = document_row("a.txt", "text", "ok", None)
    result = Result("a.txt", "", "ok", {"documents": [row]}, warnings=("4 invalid UTF-8 bytes replaced",))
    Tally().add(result)
    assert capsys.readouterr().err == "newsmine: a.txt: 4 invalid UTF-8 bytes replaced\n"
    Tally(quiet=True).add(result)
    assert capsys.readouterr().err == ""
    assert result.notices == ["4 invalid UTF-8 bytes replaced"]


# --- item 7: FIFOs, sockets and devices -----------------------------------------------------------

@pytest.fixture
def corpus_with_fifo(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Boris Johnson visited Kyiv on Tuesday.\n")
    os.mkfifo(folder / "pipe.txt")
    return folder


def test_a_fifo_in_a_folder_is_skipped_not_read(corpus_with_fifo):
    for given in (str(corpus_with_fifo), str(corpus_with_fifo / "*.txt")):
        proc = newsmine("clean", given)
        assert (proc.returncode, proc.stdout) == (0, "Boris Johnson visited Kyiv on Tuesday.\n")
        assert proc.stderr == f"newsmine: {corpus_with_fifo / 'pipe.txt'}: skipped: not a regular file\n"


def test_a_fifo_or_device_named_on_the_command_line_fails(corpus_with_fifo):
    proc = newsmine("clean", str(corpus_with_fifo / "pipe.txt"), str(corpus_with_fifo / "a.txt"), "/dev/zero")
    assert (proc.returncode, proc.stdout) == (1, "Boris Johnson visited Kyiv on Tuesday.\n")
    assert proc.stderr.splitlines() == [f"newsmine: {corpus_with_fifo / 'pipe.txt'}: not a regular file",
                                        "newsmine: /dev/zero: not a regular file"]


# --- items 9 and 14: globs, links, each file once -------------------------------------------------

def docs(inputs, cwd):
    """The found inputs as (doc relative to `cwd`, what happens to it)."""
    found = []
    for item in iter_sources([str(cwd / i) for i in inputs]):
        kind = "read" if isinstance(item, Source) else ("failed: " if item.missing else "") + item.reason
        found.append((os.path.relpath(item.doc, cwd), kind))
    return found


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    (tmp_path / "corpus" / "a.txt").write_text("a")
    (tmp_path / "corpus" / "sub" / "b.txt").write_text("b")
    (tmp_path / "corpus" / "sub" / "photo.jpg").write_bytes(b"\xff\xd8")
    return tmp_path


def test_double_star_reads_each_file_once(corpus):
    expected = [("corpus/a.txt", "read"), ("corpus/sub/b.txt", "read"),
                ("corpus/sub/photo.jpg", "skipped: not an article file (.jpg)")]
    assert docs(["corpus/**"], corpus) == expected
    assert docs(["corpus/**/*.txt", "corpus/sub/b.txt", "corpus/sub/../a.txt", "corpus"], corpus) == expected


def test_a_glob_match_is_taken_as_a_folder_file_is(corpus):
    assert docs(["corpus/sub/*"], corpus) == [("corpus/sub/b.txt", "read"),
                                              ("corpus/sub/photo.jpg", "skipped: not an article file (.jpg)")]


def test_a_link_back_up_is_not_followed(tmp_path):
    (tmp_path / "loop" / "a").mkdir(parents=True)
    (tmp_path / "loop" / "a" / "x.txt").write_text("x")
    (tmp_path / "loop" / "a" / "up").symlink_to("..")
    assert docs(["loop/**/*.txt"], tmp_path) == [("loop/a/x.txt", "read")]
    assert docs(["loop"], tmp_path) == [("loop/a/x.txt", "read")]


def test_a_linked_folder_is_read_once_under_the_first_name(tmp_path):
    (tmp_path / "corpus" / "z-real").mkdir(parents=True)
    (tmp_path / "corpus" / "z-real" / "x.txt").write_text("x")
    (tmp_path / "corpus" / "a-link").symlink_to("z-real")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "y.txt").write_text("y")
    (tmp_path / "corpus" / "more").symlink_to("../outside")
    assert docs(["corpus", "outside"], tmp_path) == [("corpus/a-link/x.txt", "read"),
                                                     ("corpus/more/y.txt", "read")]


def test_a_file_named_twice_or_through_a_link_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "link.txt").symlink_to("a.txt")
    assert docs(["a.txt", "link.txt", "./a.txt", "."], tmp_path) == [("a.txt", "read")]


def test_a_symlink_loop_says_so(tmp_path, run_cli):
    (tmp_path / "self.txt").symlink_to("self.txt")
    assert docs(["self.txt"], tmp_path) == [("self.txt", "failed: symlink loop")]
    assert docs(["."], tmp_path) == [("self.txt", "failed: symlink loop")]
    result = run_cli("clean", str(tmp_path / "self.txt"))
    assert (result.exit_code, result.stderr) == (2, f"newsmine: {tmp_path / 'self.txt'}: symlink loop\n")


# --- item 10: --max-chars -------------------------------------------------------------------------

LINES = "".join(f"Line {i} of a very long log file.\n" for i in range(1000))  # 33,890 characters


def test_a_long_text_is_cut_at_a_line_break_with_a_warning():
    article = load_article(LINES.encode(), html=False, keep_boilerplate=True, max_chars=1000)
    assert len(article.text) <= 1000 and article.text.endswith("file.\n") and LINES.startswith(article.text)
    assert article.warnings == ("33,890 characters, cut to 1,000 (--max-chars)",)
    assert load_article(LINES.encode(), html=False, keep_boilerplate=True, max_chars=0).text == LINES
    assert load_article(LINES.encode(), html=False, keep_boilerplate=True, max_chars=len(LINES)).warnings == ()


def test_cut_text_falls_back_to_a_space_then_to_the_limit():
    assert cut_text("one two three four", 12) == "one two"
    assert cut_text("x" * 20, 12) == "x" * 12
    assert cut_text("a\n" + "b " * 10, 12) == "a\nb b b b b"  # a line break this early would lose too much


def test_a_huge_file_is_not_read_whole(tmp_path, monkeypatch):
    path = tmp_path / "huge.log.txt"
    path.write_text(LINES * 30)  # 1,016,700 bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read whole"))
    article = load_file(path, keep_boilerplate=True, max_chars=1000)
    assert len(article.text) <= 1000 and article.text.endswith("file.\n")
    assert article.warnings == ("1,016,700 bytes, cut to 1,000 characters (--max-chars)",)


def test_a_huge_utf16_file_is_cut_between_characters(tmp_path):
    path = tmp_path / "emoji.txt"
    path.write_bytes(("😀" * 5000).encode("utf-16"))
    article = load_file(path, keep_boilerplate=True, max_chars=999)
    assert article.text == "😀" * 999 and "bytes, cut to 999 characters" in article.warnings[0]


def test_max_chars_on_the_command_line(tmp_path, run_cli):
    path = tmp_path / "log.txt"
    path.write_text(LINES)
    result = run_cli("clean", str(path), "--max-chars", "10000", "--keep-boilerplate")
    assert result.exit_code == 0 and result.stdout == LINES[:LINES.rindex("\n", 0, 10000) + 1]
    assert result.stderr == f"newsmine: {path}: 33,890 characters, cut to 10,000 (--max-chars)\n"
    result = run_cli("figures", str(path), "--max-chars", "100", "-f", "jsonl")  # over 4 bytes a character
    assert result.stderr == f"newsmine: {path}: 33,890 bytes, cut to 100 characters (--max-chars)\n"
    assert result.exit_code == 0
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == ["0", "1", "2"]
    assert run_cli("clean", str(path), "--max-chars", "0").stderr == ""


def test_the_limit_is_an_option_of_the_article_path_with_a_generous_default():
    assert Options().max_chars == MAX_CHARS == 5_000_000
    (result,) = analyse([Job("-", None, LINES.encode())], Options(kinds=(), max_chars=200, keep_text=True), None)
    assert len(result.text) <= 200 and result.warnings == ("33,890 characters, cut to 200 (--max-chars)",)


def test_menus_and_link_lists_do_not_make_a_short_article_look_lost():
    article = "<p>" + " ".join(["The council voted on Tuesday to close the old bridge to traffic."] * 3) + "</p>"
    menu = "".join(f"<li><a href='/s{i}'>Section {i} news, sport and weather</a></li>" for i in range(80))
    page = (f"<html><body><header><ul>{menu}</ul></header><article><h1>Bridge to close</h1>{article}</article>"
            f"<aside><ul>{menu}</ul></aside></body></html>")
    text = html_to_text(page)
    assert text.startswith("Bridge to close") and "The council voted" in text and "Section" not in text
