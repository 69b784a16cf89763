"""A huge document checked in pieces by several processes gives exactly the findings of one pass."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor import parallel, pieces
from auditor.cli import _parser
from auditor.document import Document
from auditor.engine import build_checkers, document_result, local_findings
from auditor.fingerprint import Occurrences
from auditor.rulebook import load_rulebook
from auditor.run import plan_run
from auditor.suppression import IgnoreEntry, Suppressor

SEEDS = next((p for p in (Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds",
                          Path("/work/shared/corpus/seeds")) if p.is_dir()), None)

#: our own sentences: placeholders, totals (right and wrong), rates, % and ％ (PC005), pinyin, mojibake
SENTENCES = [
    "本月走访xx户，发放宣传册xxx份。",
    "共查处案件38起，其中水污染12起、大气污染14起、噪声12起。",
    "共查处案件40起，其中水污染12起、大气污染14起、噪声12起。",
    "受理投诉603件，办结595件，办结率98.67%。",
    "受理投诉603件，办结590件，办结率98.67%。",
    "城镇人口占比58％，农村人口占比42％。",
    "發(fā)展區(qū)委的工作取得新進(jìn)展。",
    "会议在XX街道召开，张某、李某某参加。",
    "全市鍙戝睍势头良好，锟斤拷。",
    "学校在x月xx日组织活动，参加人数xx人。",
    "三个社区分别安置236户、189户和94户，共安置519户。",
    "今年完成年度任务的112%，同比增长135%。",
]


def _text(rng: random.Random, lines: int) -> str:
    out = []
    for _ in range(lines):
        out.append("".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 4))))
    return "\n".join(out) + "\n"


def _checkers():
    return build_checkers(list(load_rulebook()))


def _in_pieces(doc: Document, checkers, piece_chars: int, margin: int, suppressor: Suppressor | None = None):
    """What the engine does with a huge document, in this process: pieces (each answered as a worker
    answers, with the fingerprint keys it could make, and fingerprinted as it comes back), then the whole."""
    found = []
    keys = {}
    prints = {}
    occurrences = Occurrences()
    suppressor = suppressor or Suppressor({c.rule.id: c.rule for c in checkers})
    whole = Document(doc.path, doc.text)
    for piece in pieces.split(doc, piece_chars=piece_chars, margin=margin):
        ((own, own_keys),), _used = parallel.check_chunk([piece.document], checkers, suppressor)
        assert own == pieces.own_findings(piece.document, local_findings(piece.document, checkers))
        moved = []
        for finding, key in zip(own, own_keys, strict=True):
            moved.append(pieces.shifted(finding, piece.offset))
            if key is not None:
                keys[id(moved[-1])] = key
        found.extend(moved)
        prints.update(parallel._prints_ahead(whole.text, moved, keys, occurrences))
    return document_result(whole, checkers, suppressor, found, keys, prints)


def test_keys_made_in_a_piece_are_those_of_the_whole_text():
    from auditor.fingerprint import fingerprint_keys, piece_keys

    checkers = _checkers()
    doc = Document("big.txt", _text(random.Random(7), 80))
    made = 0
    for margin in (0, 10, 30, 2000):
        for piece in pieces.split(doc, piece_chars=300, margin=margin):
            own = pieces.own_findings(piece.document, local_findings(piece.document, checkers))
            moved = [pieces.shifted(f, piece.offset) for f in own]
            for key, right in zip(piece_keys(piece.document.text, own), fingerprint_keys(doc.text, moved),
                                  strict=True):
                if key is not None:
                    assert key == right
                    made += 1
    assert made > 100


def _rows(result):
    return ([(f.rule_id, f.start, f.end, f.message, f.fingerprint, f.fix) for f in result.findings],
            [(f.rule_id, f.start, f.end, f.message) for f in result.verified])


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**6), st.integers(40, 400), st.sampled_from([50, 300, 2000]))
def test_pieces_give_the_findings_of_the_whole(seed, piece_chars, margin):
    checkers = _checkers()
    doc = Document("big.txt", _text(random.Random(seed), 60))
    whole = document_result(Document(doc.path, doc.text), checkers, Suppressor({c.rule.id: c.rule for c in checkers}))
    assert len(pieces.split(doc, piece_chars=piece_chars, margin=margin)) > 1
    assert _rows(_in_pieces(doc, checkers, piece_chars, margin)) == _rows(whole)
    assert whole.findings  # the text is full of findings: the comparison means something


@pytest.mark.skipif(SEEDS is None, reason="../shared/corpus is not beside the repository")
def test_pieces_of_the_sample_reports_give_their_findings():
    checkers = _checkers()
    text = "".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    doc = Document("seeds.txt", text)
    whole = document_result(Document(doc.path, doc.text), checkers, Suppressor({c.rule.id: c.rule for c in checkers}))
    assert _rows(_in_pieces(doc, checkers, 20_000, pieces.MARGIN)) == _rows(whole)


def test_no_cut_without_a_sentence_end_and_never_at_the_end():
    assert pieces.cut_points("没有句号的一行" * 100, 50) == []
    assert pieces.cut_points("一句。\n", 1) == []
    assert pieces.cut_points("一句。\n二句！\n三句？\n四", 2) == [4, 8, 12]


def test_documents_with_code_spans_or_read_issues_are_not_split():
    text = "一句。\n" * 10
    assert pieces.splittable(Document("a.txt", text), split_above=5)
    assert not pieces.splittable(Document("a.md", text, ignored_spans=[(0, 3)]), split_above=5)
    assert not pieces.splittable(Document("a.txt", text, read_issues=[("x", 0, 1, {})]), split_above=5)
    assert not pieces.splittable(Document("a.txt", text), split_above=len(text))


def test_a_suppressed_finding_renumbers_the_fingerprints_made_piece_by_piece():
    """Pieces are fingerprinted as they come back, counting each key's occurrences so far; when a
    suppression then removes one occurrence, every later one of its key has another index, so the whole
    document's end makes the fingerprints again (and takes the early ones only when nothing they count
    was removed)."""
    checkers = _checkers()
    filler = "".join(f"第{i}项工作按计划推进。\n" for i in range(40))
    # two lines whose placeholder has the same key (the same 12 characters on each side) …
    first, second = "甲村一二三四五六七八九十本月走访xx户。\n", "乙村一二三四五六七八九十本月走访xx户。\n"
    doc = Document("big.txt", filler + first + filler + second + filler)
    rules = {c.rule.id: c.rule for c in checkers}
    # … and an entry that suppresses the first one only
    entry = IgnoreEntry("big.txt", ["PH001"], first.strip("。\n"), ".auditorignore", 1)
    whole = document_result(Document(doc.path, doc.text), checkers, Suppressor(rules, [entry.copy()]))
    split = _in_pieces(doc, checkers, 300, 50, Suppressor(rules, [entry.copy()]))
    assert len(pieces.split(doc, piece_chars=300, margin=50)) > 2
    assert _rows(split) == _rows(whole)
    (kept,) = [f for f in whole.findings if f.rule_id == "PH001"]
    assert kept.start == doc.text.index(second) + second.index("xx")
    unsuppressed = _in_pieces(doc, checkers, 300, 50)
    assert [f.fingerprint for f in unsuppressed.findings if f.start == kept.start] != [kept.fingerprint]


def test_fingerprints_made_ahead_are_taken_only_when_they_still_hold():
    from auditor.engine import _ahead
    from auditor.finding import Finding

    doc = Document("a.txt", "走访xx户，走访xx户，发放xxx份。")
    a, b, c = (Finding("PH001", "placeholder", "error", "m", s, e) for s, e in ((2, 4), (8, 10), (14, 17)))
    mj = Finding("MJ010", "mojibake", "warning", "m", 0, 2)
    prints = {id(a): "pa", id(b): "pb", id(c): "pc"}
    assert _ahead(doc, [a, b, c], None, prints) == ["pa", "pb", "pc"]
    made = _ahead(doc, [mj, a, b, c], None, prints)  # a rule of the whole document: its own prints
    assert made[1:] == ["pa", "pb", "pc"] and len(made[0]) == 32
    assert _ahead(doc, [b, c], None, prints) is None  # a was suppressed: b's index changes
    fresh = Finding("PH001", "placeholder", "error", "m", 20, 22)
    assert _ahead(doc, [a, b, c, fresh], None, prints) is None  # a PH001 finding without a print


def test_two_processes_on_one_huge_file_print_what_one_prints(run_cli, tmp_path, monkeypatch):
    """The real process pool, with pieces small enough that one file of 0.3 MB makes several."""
    rng = random.Random(5)
    (tmp_path / "huge.txt").write_text(_text(rng, 4000), encoding="utf-8")
    (tmp_path / "small.txt").write_text("走访xx户。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(parallel, "SPLIT_ABOVE", 50_000)
    monkeypatch.setattr(parallel, "PIECE_CHARS", 30_000)
    plan = plan_run(_parser().parse_args(["check", "--isolated", "--show-verified", "huge.txt", "small.txt"]))
    units = list(parallel.work_units(plan.documents(["huge.txt", "small.txt"]), True))
    assert sum(1 for _, meta in units if meta is not None) >= 4  # the huge file went out in pieces
    serial_plan = plan_run(_parser().parse_args(
        ["check", "--isolated", "--show-verified", "--jobs", "1", "huge.txt", "small.txt"]))
    serial = [_rows(r) for r in serial_plan.results(["huge.txt", "small.txt"])]
    two = [_rows(r) for r in parallel.parallel_results(plan, ["huge.txt", "small.txt"], 2)]
    assert two == serial
    assert sum(len(findings) for findings, _ in two) > 1000


def _unit_rows(units):
    """What each unit covers: ``(path, own start, own end)`` of its pieces, or the paths of its chunk."""
    return [[(meta[0].path, meta[1].own_start, meta[1].own_end)] if meta is not None else [d.path for d in chunk]
            for chunk, meta in units]


def test_the_last_characters_of_the_input_go_out_in_smaller_units(monkeypatch):
    monkeypatch.setattr(parallel, "TAIL_UNIT_CHARS", 1_000)
    rng = random.Random(11)
    docs = [Document(f"d{i}.txt", _text(rng, 3)) for i in range(40)]
    tail = 5_000
    units = list(parallel.work_units(docs, True, tail))
    assert all(meta is None for _, meta in units)  # (short documents: chunks only)
    assert [d.path for chunk, _ in units for d in chunk] == [d.path for d in docs]  # each once, in order
    # the last documents (at least `tail` characters of them) come in chunks of about TAIL_UNIT_CHARS …
    held, chars = [], 0
    for doc in reversed(docs):  # the shortest run of last documents that holds `tail` characters
        if chars >= tail:
            break
        held.append(doc)
        chars += len(doc.text)
    tail_units = [chunk for chunk, _ in units if chunk[0] in held]
    assert len(tail_units) >= 4
    assert all(sum(len(d.text) for d in chunk[:-1]) < 1_000 for chunk in tail_units)
    # … and those before them as without a tail
    before = [chunk for chunk, _ in units if chunk[0] not in held]
    assert before == [chunk for chunk, _ in parallel.work_units(docs[:len(docs) - len(held)], True)]


def test_a_long_last_document_is_cut_finely_only_near_the_end(monkeypatch):
    monkeypatch.setattr(parallel, "TAIL_UNIT_CHARS", 400)
    rng = random.Random(12)
    docs = [Document("a.txt", _text(rng, 300)), Document("b.txt", _text(rng, 300)), Document("c.txt", "短。\n")]
    units = list(parallel.work_units(docs, True, 1500))
    first = [meta[1] for _, meta in units if meta is not None and meta[0] is docs[0]]
    second = [meta[1] for _, meta in units if meta is not None and meta[0] is docs[1]]
    assert not first  # a.txt ends more than 1,500 characters before the end of the input: whole
    assert units[0] == ([docs[0]], None)
    assert second and second[0].own_start == 0 and second[-1].own_end == len(docs[1].text)
    sizes = [p.own_end - p.own_start for p in second]
    fine_from = len(docs[1].text) - (1500 - len(docs[2].text))
    assert all(size < 400 + 200 for p, size in zip(second, sizes, strict=True) if p.own_start >= fine_from)
    assert any(size > 1000 for size in sizes)  # before that, pieces of PIECE_CHARS (the whole stretch here)
    assert units[-1] == ([docs[2]], None)


def test_two_processes_print_what_one_prints_with_the_tail_in_pieces(run_cli, tmp_path, monkeypatch):
    """The real process pool, with a tail of whole short documents and a long one cut in pieces."""
    rng = random.Random(7)
    names = []
    for i in range(6):
        name = f"doc{i}.txt"
        (tmp_path / name).write_text(_text(rng, 600 if i == 4 else 40), encoding="utf-8")
        names.append(name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(parallel, "TAIL_CHARS", 60_000)
    monkeypatch.setattr(parallel, "TAIL_UNIT_CHARS", 8_000)
    args = ["check", "--isolated", "--show-verified", *names]
    plan = plan_run(_parser().parse_args(args))
    units = list(parallel.work_units(plan.documents(names), True, parallel.TAIL_CHARS))
    assert sum(1 for _, meta in units if meta is not None) >= 4  # doc4 went out in pieces
    serial = [_rows(r) for r in plan_run(_parser().parse_args([*args, "--jobs", "1"])).results(names)]
    two = [_rows(r) for r in parallel.parallel_results(plan, names, 2)]
    assert two == serial
    assert sum(len(findings) for findings, _ in two) > 500
