"""Chain-of-custody reports and evidence labels (issue #6, item 4).

The PDFs are read back the way a court clerk's tools would: text with poppler's
``pdftotext``, pages rasterised with ``pdftoppm`` and QR codes decoded with zxing-cpp.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scelle import cli
from scelle.core import model, review
from scelle.core.errors import BadInput
from scelle.core.hashing import Digests
from scelle.core.interop.export import build_case_export
from tests.conftest import PASSWORDS, open_as

REF = "2026-0042"
POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils (pdftotext, pdftoppm) is not installed"
)

HASHES = Digests(
    size=31_457_280,
    md5="9e107d9d372bb6826bd81d3542a419d6",
    sha1="2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    sha256="d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592",
)


@pytest.fixture
def doc(vault_path: Path, qapp: Any) -> dict[str, Any]:
    """A case with a physical item (moved, resealed, transferred to carol), a digital one
    with hashes, and carol's sign-off; exported by carol."""
    with open_as(vault_path, "bob") as v:
        model.add_case(v, REF, "Burglary at the Dufresne jewellery", members=["carol"])
        bar = model.add_item(
            v,
            REF,
            model.ItemDraft(
                description="Steel crowbar, 60 cm, blue paint traces",
                seal="S-0001",
                seized_where="12 rue Mercière, Lyon",
                seized_from="Crime scene",
                location="Evidence room, locker 3",
            ),
        ).item.exhibit_id
        model.add_item(
            v,
            REF,
            model.ItemDraft(description="USB stick 32 GB", kind="digital", seal="S-0002"),
            digests=HASHES,
        )
        model.move_item(v, bar, "Laboratory, bench 2", reason="DNA sampling")
        model.reseal(v, bar, "S-0001-B", reason="Opened for sampling")
        model.transfer_custody(v, bar, "carol", PASSWORDS["carol"], reason="For review")
    with open_as(vault_path, "carol") as v:
        review.sign_off(v, REF, "Chain of custody checked.")
        return build_case_export(v, REF)


def _render(doc: dict[str, Any], path: Path, **kw: Any) -> Path:
    from scelle.gui.report import render_case_report

    render_case_report(doc, path, **kw)
    return path


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)$", out.stdout, re.M)
    assert match, out.stdout
    return int(match.group(1))


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(
        [*args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def qr_codes(path: Path, tmp_path: Path, dpi: int = 300) -> list[list[str]]:
    """The QR codes decoded on each page, rasterised by pdftoppm."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from PySide6.QtGui import QImage

    prefix = tmp_path / f"raster-{path.stem}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(prefix)], check=True)
    pages = []
    for png in sorted(tmp_path.glob(f"{prefix.name}-*.png")):
        image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        pages.append([r.text for r in found])
    return pages


# -- the report ---------------------------------------------------------------------------------


@needs_poppler
def test_report_names_every_item_event_review_and_the_head(
    doc: dict[str, Any], tmp_path: Path
) -> None:
    pdf = _render(doc, tmp_path / "report.pdf")
    pages = pdf_pages(pdf)
    assert pages >= 2
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    for item in doc["items"]:
        assert item["exhibit_id"] in text
        assert " ".join(item["description"].split()) in flat
        for event in item["timeline"]:
            assert re.search(rf"#{event['seq']}\b", text), f"event #{event['seq']} missing"
    for r in doc["reviews"]:
        assert re.search(rf"#{r['seq']}\b", text)
        assert "Chain of custody checked." in flat
    # seals: current and history; hashes in full
    assert "S-0001-B" in text and "S-0001 (at seizure" in flat
    for digest in (HASHES.md5, HASHES.sha1, HASHES.sha256):
        assert digest and digest in text
    # the head on every page, with "page X of Y"
    head = doc["head"]
    for n in range(1, pages + 1):
        page = pdf_text(pdf, n)
        assert f"page {n} of {pages}" in page.lower()
        assert head["entry_hash"] in page
        assert f"entry #{head['seq']}" in page
    assert "Test office".upper() in text
    assert "Intact" in text and "Verification problems" not in text
    assert text.count("\u2717") == 1  # in the legend only
    assert text.count("\u2713") >= sum(len(i["timeline"]) for i in doc["items"])


@needs_poppler
def test_every_page_has_a_qr_code_of_the_journal_head(doc: dict[str, Any], tmp_path: Path) -> None:
    from scelle.gui.report import head_qr_text

    pdf = _render(doc, tmp_path / "report.pdf")
    expected = f"scelle:{doc['vault_id']}:{doc['head']['seq']}:{doc['head']['entry_hash']}"
    assert head_qr_text(doc) == expected
    codes = qr_codes(pdf, tmp_path)
    assert len(codes) == pdf_pages(pdf)
    for n, found in enumerate(codes, 1):
        assert found == [expected], f"page {n}: {found}"


@needs_poppler
def test_letter_pages_and_a4_pages(doc: dict[str, Any], tmp_path: Path) -> None:
    a4 = _render(doc, tmp_path / "a4.pdf", page_size="A4")
    letter = _render(doc, tmp_path / "letter.pdf", page_size="Letter")
    info_a4 = subprocess.run(["pdfinfo", str(a4)], capture_output=True, text=True).stdout
    info_letter = subprocess.run(["pdfinfo", str(letter)], capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+595(\.\d+)? x 841(\.\d+)? pts|595 x 842 pts", info_a4)
    assert "612 x 792 pts" in info_letter
    n = pdf_pages(letter)
    assert f"page {n} of {n}" in pdf_text(letter, n).lower()


@needs_poppler
def test_a_tampered_signature_is_marked_on_its_event(doc: dict[str, Any], tmp_path: Path) -> None:
    transfer = next(ev for it in doc["items"] for ev in it["timeline"] if ev["kind"] == "transfer")
    entry = next(e for e in doc["entries"] if e["seq"] == transfer["seq"])
    entry["signature"] = ("0" if entry["signature"][0] != "0" else "1") + entry["signature"][1:]
    pdf = _render(doc, tmp_path / "tampered.pdf")
    text = pdf_text(pdf)
    assert "NOT intact" in text
    row = next(line for line in text.splitlines() if re.search(rf"#{transfer['seq']}\b", line))
    assert "\u2717" in row and "\u2713" not in row
    assert "Verification problems" in text
    assert f"the signature of entry #{transfer['seq']}" in " ".join(text.split())


@needs_poppler
def test_a_row_taller_than_a_page_goes_on_over_the_next_pages(
    doc: dict[str, Any], tmp_path: Path
) -> None:
    doc["reviews"][0]["comment"] = "\n".join(f"line-{n:03d} of a long comment" for n in range(150))
    pdf = _render(doc, tmp_path / "long.pdf")
    pages = pdf_pages(pdf)
    seen = []
    for n in range(1, pages + 1):
        text = pdf_text(pdf, n)
        body, _, footer = text.partition("Journal head: entry")
        assert f"page {n} of {pages}" in footer.lower()
        assert "line-" not in footer, f"page {n}: the comment runs into the footer"
        seen += re.findall(r"line-(\d{3})", body)
    assert seen == [f"{n:03d}" for n in range(150)]


def test_the_pdf_has_as_many_pages_as_it_says(doc: dict[str, Any], tmp_path: Path) -> None:
    """Without poppler: count the page objects Qt wrote."""
    pdf = _render(doc, tmp_path / "report.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 2


def test_unknown_page_size_is_refused(doc: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(BadInput, match="A4, Letter"):
        _render(doc, out / "x.pdf", page_size="A5")
    assert list(out.iterdir()) == []


# -- writing the file --------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["missing-folder", "a-folder", "under-a-file"])
def test_unwritable_path_is_one_sentence_and_leaves_nothing(
    doc: dict[str, Any], tmp_path: Path, where: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "plain.txt").write_text("x")
    target = {
        "missing-folder": out / "nope" / "report.pdf",
        "a-folder": out,
        "under-a-file": out / "plain.txt" / "report.pdf",
    }[where]
    before = sorted(p.name for p in out.iterdir())
    with pytest.raises(BadInput) as err:
        _render(doc, target)
    message = str(err.value)
    assert message.endswith(".") and message.count(". ") == 0
    assert sorted(p.name for p in out.iterdir()) == before


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="root (or Windows) can write into a read-only folder",
)
def test_read_only_folder_is_refused(doc: dict[str, Any], tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(BadInput, match="cannot be written"):
            _render(doc, folder / "report.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failure_while_drawing_leaves_the_old_file_and_no_temp(
    doc: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scelle.gui import report

    out = tmp_path / "out"
    out.mkdir()
    target = out / "report.pdf"
    target.write_bytes(b"the previous report")

    def broken(self: Any) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(report._Report, "build", broken)
    with pytest.raises(RuntimeError):
        _render(doc, target)
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in out.iterdir()] == ["report.pdf"]


def test_an_existing_report_is_replaced_whole(doc: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "report.pdf"
    target.write_bytes(b"old")
    _render(doc, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out.iterdir()] == ["report.pdf"]


# -- labels ---------------------------------------------------------------------------------


@needs_poppler
def test_labels_read_back_as_exactly_the_exhibit_ids(doc: dict[str, Any], tmp_path: Path) -> None:
    from scelle.gui.report import render_labels

    pdf = tmp_path / "labels.pdf"
    render_labels(doc, pdf)
    ids = [it["exhibit_id"] for it in doc["items"]]
    assert pdf_pages(pdf) == 1
    (found,) = qr_codes(pdf, tmp_path, dpi=150)
    assert sorted(found) == sorted(ids)
    text = pdf_text(pdf)
    for it in doc["items"]:
        assert it["exhibit_id"] in text and f"Seal {it['seal']}" in text
    assert f"Case {REF}" in text


@needs_poppler
def test_labels_of_chosen_items_over_several_sheets(doc: dict[str, Any], tmp_path: Path) -> None:
    from scelle.gui.report import render_labels

    second = doc["items"][1]["exhibit_id"]
    pdf = tmp_path / "one.pdf"
    render_labels(doc, pdf, exhibits=[second], layout="Letter-2x5")
    assert qr_codes(pdf, tmp_path) == [[second]]
    # 30 labels of the same two items: two A4 sheets of 24
    many = dict(doc, items=[doc["items"][i % 2] for i in range(30)])
    pdf = tmp_path / "many.pdf"
    render_labels(many, pdf)
    assert pdf_pages(pdf) == 2


def test_labels_for_an_item_not_in_the_case_are_refused(
    doc: dict[str, Any], tmp_path: Path
) -> None:
    from scelle.gui.report import render_labels

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(BadInput, match="has no item 2026-0042/9"):
        render_labels(doc, out / "labels.pdf", exhibits=["2026-0042/9"])
    with pytest.raises(BadInput, match="layout"):
        render_labels(doc, out / "labels.pdf", layout="A3-1x1")
    assert list(out.iterdir()) == []


# -- the command line -----------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], vault: Path, *argv: str) -> tuple[int, str]:
    code = cli.main(
        [argv[0], "--vault", str(vault), "--user", "carol", "--password-stdin", *argv[1:]],
        stdin=io.StringIO(PASSWORDS["carol"] + "\n"),
    )
    return code, capsys.readouterr().err


def test_cli_report_and_labels(
    doc: dict[str, Any], vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code, err = _cli(capsys, vault_path, "report", REF, "--output", str(out / "r.pdf"))
    assert code == 0, err
    assert "chain-of-custody report of case 2026-0042" in err
    code, err = _cli(
        capsys, vault_path, "report", REF, "--output", str(out / "l.pdf"), "--page-size", "Letter"
    )
    assert code == 0, err
    first = doc["items"][0]["exhibit_id"]
    code, err = _cli(
        capsys, vault_path, "labels", REF, "--output", str(out / "lab.pdf"), "--item", first
    )
    assert code == 0, err
    assert "1 evidence label(s)" in err
    assert sorted(p.name for p in out.iterdir()) == ["l.pdf", "lab.pdf", "r.pdf"]
    for name in ("l.pdf", "lab.pdf", "r.pdf"):
        assert (out / name).read_bytes().startswith(b"%PDF-")
    if POPPLER:
        assert (
            "612 x 792"
            in subprocess.run(
                ["pdfinfo", str(out / "l.pdf")], capture_output=True, text=True
            ).stdout
        )


def test_cli_unknown_case_and_unwritable_path_exit_2(
    doc: dict[str, Any], vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code, err = _cli(capsys, vault_path, "report", "2026-9999", "--output", str(out / "r.pdf"))
    assert code == 2
    assert err.startswith("scelle: error: ") and err.count("\n") <= 2
    code, err = _cli(capsys, vault_path, "report", REF, "--output", str(out / "missing" / "r.pdf"))
    assert code == 2
    assert (
        err == f"scelle: error: The folder {out / 'missing'} does not exist; nothing was written.\n"
    )
    code, err = _cli(capsys, vault_path, "labels", REF, "--output", str(out), "--item", "x")
    assert code == 2 and "is a folder" in err
    code, err = _cli(
        capsys, vault_path, "labels", REF, "--output", str(out / "l.pdf"), "--item", "2026-0042/7"
    )
    assert code == 2 and "has no item 2026-0042/7" in err
    assert list(out.iterdir()) == []


# -- the Qt binding ------------------------------------------------------------------------------


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_qt_calls_keep_none_alive(qapp: Any) -> None:
    """PySide6 6.12.0 drops a reference to None on each call returning nothing, which
    aborts Python 3.11 after a few thousand calls (a report makes ~10^5): pyproject caps it."""
    from PySide6.QtGui import QFont

    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        font.setBold(True)
    assert sys.getrefcount(None) - before > -100


def test_the_report_benchmark_runs_on_a_tiny_case(qapp: Any) -> None:
    """``benchmarks/report.py`` through the same code on 4 items and 12 events."""
    from benchmarks.report import bench_report

    result = bench_report(items=4, events=12)
    figure = result["report_500_items_10000_events"]
    assert set(figure) == {"value", "unit", "target"}
    assert figure["unit"] == "s" and figure["target"] == "<= 10"
    assert 0 < figure["value"] < 60


@needs_poppler
def test_location_labels_read_back_as_their_codes(vault_path: Path, tmp_path: Path) -> None:
    from scelle import cli
    from scelle.core import inventory

    with open_as(vault_path, "carol") as carol:
        inventory.add_location(carol, "R1-L3", "Room 1, locker 3", kind="locker")
        inventory.add_location(carol, "SAFE-2", "Safe 2", kind="safe")
    out = tmp_path / "locations.pdf"
    code = cli.main(
        [
            "location",
            "labels",
            "--output",
            str(out),
            "--vault",
            str(vault_path),
            "--user",
            "carol",
            "--password-stdin",
        ],
        stdin=io.StringIO("carol-password\n"),
    )
    assert code == 0
    assert sorted(c for page in qr_codes(out, tmp_path) for c in page) == ["R1-L3", "SAFE-2"]
    assert "Room 1, locker 3" in pdf_text(out)
