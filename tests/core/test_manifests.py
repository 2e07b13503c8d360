"""Parsing hash manifests (core/interop/manifests.py): every format, encoding and refusal.

The samples in tests/data/manifests/ list files whose contents are in CONTENT below, so the
expected digests are recomputed here rather than copied. Each malformed sample in bad/ is
refused as a whole, with the line (or record) named in the table MALFORMED.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scelle.core.errors import BadInput
from scelle.core.interop.manifests import (
    FORMATS,
    ManifestEntry,
    ManifestError,
    parse_manifest,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "manifests"
REL = "Relevé de compte, mars 2024.pdf"
CONTENT = {
    "IMG_0001.JPG": b"\xff\xd8\xff\xe0\x00\x10JFIF photo one",
    "IMG_0002.JPG": b"\xff\xd8\xff\xe1 Exif photo two",
    REL: b"%PDF-1.7 releve de compte",
    "chat.db": b"SQLite format 3\x00 messages",
    "empty.txt": b"",
}
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
EMPTY_MD5 = hashlib.md5(b"").hexdigest()


def digest(name: str, algorithm: str) -> str:
    return hashlib.new(algorithm, CONTENT[name]).hexdigest()


def sample(name: str) -> bytes:
    return (DATA / name).read_bytes()


def parse(name: str) -> tuple[str, list[ManifestEntry]]:
    return parse_manifest(sample(name), name=name)


def base(path: str) -> str:
    return re.split(r"[/\\]", path)[-1]


# -- hashdeep ------------------------------------------------------------------------------


def test_hashdeep_default_columns_comments_comma_and_nfd_name() -> None:
    raw = sample("hashdeep.txt")
    assert unicodedata.normalize("NFD", REL).encode() in raw  # the sample is really NFD
    fmt, entries = parse("hashdeep.txt")
    assert fmt == "hashdeep"
    assert [e.path for e in entries] == [
        "/mnt/evidence/DCIM/100APPLE/IMG_0001.JPG",
        "/mnt/evidence/DCIM/100APPLE/IMG_0002.JPG",
        f"/mnt/evidence/Documents/{REL}",  # NFC, comma kept
        "/mnt/evidence/empty.txt",
    ]
    assert [e.line for e in entries] == [6, 7, 8, 9]
    for e in entries:
        name = base(e.path)
        assert e.size == len(CONTENT[name])
        assert e.md5 == digest(name, "md5")
        assert e.sha256 == digest(name, "sha256")
        assert e.sha1 is None


def test_hashdeep_reordered_columns_crlf_upper_case() -> None:
    raw = sample("hashdeep_reordered.txt")
    assert b"\r\n" in raw and digest("chat.db", "md5").upper().encode() in raw
    fmt, entries = parse("hashdeep_reordered.txt")
    assert fmt == "hashdeep"
    assert [e.path for e in entries] == [r"E:\Messages\chat.db", "E:\\Documents\\" + REL]
    for e in entries:
        name = base(e.path)
        assert (e.size, e.md5, e.sha1, e.sha256) == (
            len(CONTENT[name]),
            digest(name, "md5"),
            digest(name, "sha1"),
            digest(name, "sha256"),
        )
        assert e.path == unicodedata.normalize("NFC", e.path)


def test_hashdeep_repeated_header_starts_new_columns() -> None:
    md5, sha1 = digest("chat.db", "md5"), digest("chat.db", "sha1")
    data = (
        "%%%% HASHDEEP-1.0\n%%%% size,md5,filename\n## one\n25," + md5 + ",/a/chat.db\n"
        "%%%% HASHDEEP-1.0\n%%%% size,sha1,filename\n# two (hashdeep reads any # line as a comment)\n25,"
        + sha1
        + ",/b/chat.db\n"
    ).encode()
    _, entries = parse_manifest(data)
    assert [(e.path, e.md5, e.sha1, e.line) for e in entries] == [
        ("/a/chat.db", md5, None, 4),
        ("/b/chat.db", None, sha1, 8),
    ]


def test_hashdeep_piecewise_is_refused_as_such() -> None:
    with pytest.raises(ManifestError) as info:
        parse("hashdeep_piecewise.txt")
    assert info.value.line == 6
    assert "piecewise" in str(info.value) and "-p" in str(info.value)
    assert info.value.hint and "without -p" in info.value.hint


def test_md5deep_piecewise_is_refused_too() -> None:
    data = f"{EMPTY_MD5}  /mnt/disk.img offset 0-1048575\n".encode()
    with pytest.raises(ManifestError, match="piecewise") as info:
        parse_manifest(data)
    assert info.value.line == 1


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("%%%% HASHDEEP-1.0\n5,{md5},a\n", 2, "column line"),
        ("%%%% HASHDEEP-1.0\n%%%% size,filename,md5\n5,a,{md5}\n", 2, "must be the last"),
        ("%%%% HASHDEEP-1.0\n%%%% size,tiger,filename\n5,{tiger},a\n", 2, "no MD5, SHA-1"),
        ("%%%% HASHDEEP-1.0\n%%%% size,md5\n5,{md5}\n", 2, "no filename column"),
        ("%%%% HASHDEEP-1.0\n%%%% size,md5,filename\nx5,{md5},a\n", 3, "size"),
        ("%%%% HASHDEEP-1.0\n%%%% size,md5,filename\n5,{md5},\n", 3, "file name is empty"),
        ("%%%% HASHDEEP-1.0\n%%%% size,md5,filename\n%%%% extra\n", 3, "not a hashdeep"),
    ],
)
def test_hashdeep_malformed_inline(text: str, line: int, fragment: str) -> None:
    data = text.format(md5=EMPTY_MD5, tiger="0" * 48).encode()
    with pytest.raises(ManifestError) as info:
        parse_manifest(data, name="h.txt")
    assert info.value.line == line
    assert str(info.value).startswith(f"Line {line} of h.txt: ")
    assert fragment in str(info.value)


# -- sha256sum, md5sum, sha1sum, md5deep, --tag ----------------------------------------------


def test_sha256sum_text_binary_and_escaped_names() -> None:
    fmt, entries = parse("sha256sum.txt")
    assert fmt == "sha256sum"
    assert [e.path for e in entries] == [
        "DCIM/100APPLE/IMG_0001.JPG",
        "DCIM/100APPLE/IMG_0002.JPG",  # binary marker '*' is not part of the name
        f"Documents/{REL}",
        "Messages\\backup\\chat.db",  # '\\\\' unescaped to one backslash
        "notes\nempty.txt",  # '\\n' unescaped to a line break
    ]
    assert [e.line for e in entries] == [1, 2, 3, 4, 5]
    for e in entries:
        name = base(e.path).split("\n")[-1]
        assert e.sha256 == digest(name, "sha256")
        assert (e.md5, e.sha1, e.size) == (None, None, None)


def test_md5deep_windows_paths_are_literal() -> None:
    fmt, entries = parse("md5deep.txt")
    assert fmt == "md5sum"
    assert [e.path for e in entries] == [r"E:\DCIM\100APPLE\IMG_0001.JPG", r"E:\Messages\chat.db"]
    assert [e.md5 for e in entries] == [digest("IMG_0001.JPG", "md5"), digest("chat.db", "md5")]


def test_sha1sum_binary_mode() -> None:
    fmt, entries = parse("sha1sum.txt")
    assert fmt == "sha1sum"
    assert [(e.path, e.sha1) for e in entries] == [
        ("IMG_0001.JPG", digest("IMG_0001.JPG", "sha1")),
        ("empty.txt", digest("empty.txt", "sha1")),
    ]


def test_bsd_tag_form_with_all_three_algorithms() -> None:
    fmt, entries = parse("tag.txt")
    assert fmt == "bsd-tag"
    got = [(e.path, e.md5, e.sha1, e.sha256) for e in entries]
    assert got == [
        ("DCIM/100APPLE/IMG_0001.JPG", None, None, digest("IMG_0001.JPG", "sha256")),
        ("DCIM/100APPLE/IMG_0001.JPG", None, digest("IMG_0001.JPG", "sha1"), None),
        (f"Documents/{REL}", digest(REL, "md5"), None, None),
        ("Messages/chat (copy) = old.db", None, None, digest("chat.db", "sha256")),
    ]


@pytest.mark.parametrize(
    ("line", "path"),
    [
        (f"SHA256(a b.txt)= {EMPTY_SHA256}", "a b.txt"),  # openssl dgst
        (f"SHA2-256(a b.txt)= {EMPTY_SHA256}", "a b.txt"),  # OpenSSL 3
        (f"\\SHA256 (a\\\\b\\nc) = {EMPTY_SHA256}", "a\\b\nc"),  # escaped --tag
        (f"{EMPTY_SHA256} (1).txt", "(1).txt"),  # BSD md5 -r: one space
        (f"  {EMPTY_SHA256}  a.txt  \t", "a.txt"),  # surrounding whitespace
        (f"\\{EMPTY_SHA256}  a\\rb", "a\rb"),
    ],
)
def test_other_checksum_spellings(line: str, path: str) -> None:
    _, entries = parse_manifest(line.encode())
    assert [(e.path, e.sha256) for e in entries] == [(path, EMPTY_SHA256)]


def test_a_checksum_line_naming_a_csv_like_file_is_not_a_csv_header() -> None:
    fmt, entries = parse_manifest(f"{EMPTY_MD5}  export,md5\n".encode())
    assert fmt == "md5sum"
    assert [(e.path, e.md5) for e in entries] == [("export,md5", EMPTY_MD5)]


def test_mixed_algorithms_are_told_by_length() -> None:
    data = f"{EMPTY_MD5}  a\n{hashlib.sha1().hexdigest()}  b\n{EMPTY_SHA256}  c\n".encode()
    fmt, entries = parse_manifest(data)
    assert fmt == "checksums"
    assert [(e.md5 is not None, e.sha1 is not None, e.sha256 is not None) for e in entries] == [
        (True, False, False),
        (False, True, False),
        (False, False, True),
    ]


def test_sha512sum_is_named_in_the_refusal() -> None:
    data = f"{hashlib.sha512().hexdigest()}  a\n".encode()
    with pytest.raises(ManifestError, match="SHA-512") as info:
        parse_manifest(data)
    assert info.value.line == 1


# -- DFXML ---------------------------------------------------------------------------------


def test_dfxml_fiwalk_namespaced_skips_directories() -> None:
    fmt, entries = parse("dfxml_fiwalk.xml")
    assert fmt == "dfxml"
    assert [e.path for e in entries] == [
        "DCIM/100APPLE/IMG_0001.JPG",
        f"Documents/{REL}",
        "empty & blank.txt",
    ]
    assert [e.line for e in entries] == [2, 3, 4]  # the directory is fileobject 1
    for e, name in zip(entries, ["IMG_0001.JPG", REL, "empty.txt"], strict=True):
        assert e.size == len(CONTENT[name])
        assert e.md5 == digest(name, "md5") and e.sha1 == digest(name, "sha1")
    assert entries[1].sha256 == digest(REL, "sha256")
    assert entries[0].sha256 is None


def test_dfxml_hashdeep_upper_case_types() -> None:
    fmt, entries = parse("dfxml_hashdeep.xml")
    assert fmt == "dfxml"
    assert [(e.path, e.size, e.md5, e.sha256) for e in entries] == [
        (
            "/mnt/evidence/Messages/chat.db",
            len(CONTENT["chat.db"]),
            digest("chat.db", "md5"),
            digest("chat.db", "sha256"),
        ),
        (
            "/mnt/evidence/DCIM/100APPLE/IMG_0002.JPG",
            len(CONTENT["IMG_0002.JPG"]),
            digest("IMG_0002.JPG", "md5"),
            digest("IMG_0002.JPG", "sha256"),
        ),
    ]


@pytest.mark.parametrize("name", ["dfxml_bomb.xml", "dfxml_xxe.xml"])
def test_dfxml_dtd_and_entities_are_refused_before_parsing(name: str) -> None:
    with pytest.raises(ManifestError) as info:
        parse(name)
    assert info.value.line == 2
    assert "DTD" in str(info.value)


def test_dfxml_dtd_refused_in_utf16_too() -> None:
    data = b"\xff\xfe" + sample("dfxml_bomb.xml").decode().encode("utf-16-le")
    with pytest.raises(ManifestError, match="DTD"):
        parse_manifest(data)


def test_dfxml_even_a_harmless_doctype_is_refused() -> None:
    data = (
        f"<!DOCTYPE dfxml>\n<dfxml><fileobject><filename>a</filename>"
        f"<hashdigest type='md5'>{EMPTY_MD5}</hashdigest></fileobject></dfxml>"
    ).encode()
    with pytest.raises(ManifestError, match="DTD") as info:
        parse_manifest(data)
    assert info.value.line == 1


def test_dfxml_piecewise_is_refused_as_such() -> None:
    with pytest.raises(ManifestError, match="piecewise") as info:
        parse("dfxml_piecewise.xml")
    assert info.value.line == 1
    assert str(info.value).startswith("Record 1 of dfxml_piecewise.xml: ")


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (
            "<fileobject><filename>a</filename><error>Permission denied</error></fileobject>",
            "error instead of hashes",
        ),
        (
            "<fileobject><filename>a</filename><filesize>3</filesize></fileobject>",
            "no MD5, SHA-1 or SHA-256",
        ),
        (
            f"<fileobject><hashdigest type='md5'>{EMPTY_MD5}</hashdigest></fileobject>",
            "no filename",
        ),
        (
            f"<fileobject><filename>a</filename><hashdigest>{EMPTY_MD5}</hashdigest></fileobject>",
            "no type",
        ),
        (
            "<fileobject><filename>a</filename><filename>b</filename>"
            f"<hashdigest type='md5'>{EMPTY_MD5}</hashdigest></fileobject>",
            "two filename",
        ),
        (
            "<fileobject><filename>a</filename><filesize>-1</filesize>"
            f"<hashdigest type='md5'>{EMPTY_MD5}</hashdigest></fileobject>",
            "size",
        ),
    ],
)
def test_dfxml_malformed_fileobjects(body: str, fragment: str) -> None:
    with pytest.raises(ManifestError) as info:
        parse_manifest(f"<dfxml>{body}</dfxml>".encode(), name="d.xml")
    assert info.value.line == 1
    assert str(info.value).startswith("Record 1 of d.xml: ")
    assert fragment in str(info.value)


def test_xml_that_is_not_dfxml_is_an_unknown_format() -> None:
    with pytest.raises(ManifestError, match="not DFXML") as info:
        parse_manifest(b"<html><body>hello</body></html>")
    assert info.value.line is None


# -- FTK Imager and PowerShell CSV ---------------------------------------------------------


def test_ftk_imager_export_file_hash_list() -> None:
    assert sample("ftk_imager.csv").startswith(b"MD5,SHA1,FileNames\r\n")
    fmt, entries = parse("ftk_imager.csv")
    assert fmt == "ftk-imager-csv"
    root = "evidence.E01\\Partition 1\\NONAME [FAT32]\\[root]\\"
    assert [e.path for e in entries] == [
        root + "DCIM\\100APPLE\\IMG_0001.JPG",
        root + "Documents\\" + REL,
        root + "Messages\\chat.db",
    ]
    assert [e.line for e in entries] == [2, 3, 4]
    for e in entries:
        name = base(e.path)
        assert (e.md5, e.sha1, e.sha256, e.size) == (
            digest(name, "md5"),
            digest(name, "sha1"),
            None,
            None,
        )


def test_hash_csv_header_variants_size_and_sha256() -> None:
    data = (f'"File Name";"Size";"SHA-256"\n"a;b.txt";"0";"{EMPTY_SHA256.upper()}"\n').encode()
    fmt, entries = parse_manifest(data)
    assert fmt == "ftk-imager-csv"
    assert [(e.path, e.size, e.sha256) for e in entries] == [("a;b.txt", 0, EMPTY_SHA256)]


def test_powershell_51_utf16_le_bom_crlf() -> None:
    raw = sample("powershell51_utf16.csv")
    assert raw.startswith(b"\xff\xfe#\x00T\x00Y\x00P\x00E\x00") and b"\r\x00\n\x00" in raw
    fmt, entries = parse("powershell51_utf16.csv")
    assert fmt == "powershell-csv"
    assert [e.path for e in entries] == [
        r"E:\DCIM\100APPLE\IMG_0001.JPG",
        "E:\\Documents\\" + REL,
        r"E:\empty.txt",
    ]
    assert [e.line for e in entries] == [3, 4, 5]
    assert [e.sha256 for e in entries] == [
        digest("IMG_0001.JPG", "sha256"),
        digest(REL, "sha256"),
        EMPTY_SHA256,
    ]
    assert all(e.md5 is None and e.sha1 is None for e in entries)


def test_powershell_7_utf8_no_type_line() -> None:
    raw = sample("powershell7.csv")
    assert raw.startswith(b'"Algorithm","Hash","Path"\r\n')
    fmt, entries = parse("powershell7.csv")
    assert fmt == "powershell-csv"
    assert [(e.md5, e.sha1) for e in entries] == [
        (digest("chat.db", "md5"), None),
        (None, digest("IMG_0002.JPG", "sha1")),
    ]
    assert entries[0].path == r"C:\Users\enqueteur\Desktop\Saisie\chat.db"


def test_powershell_use_culture_semicolons() -> None:
    data = (
        "#TYPE Microsoft.PowerShell.Commands.FileHashInfo\r\n"
        '"Algorithm";"Hash";"Path"\r\n'
        f'"SHA256";"{EMPTY_SHA256.upper()}";"C:\\Saisie\\vide; copie.txt"\r\n'
    ).encode("utf-8-sig")
    fmt, entries = parse_manifest(data)
    assert fmt == "powershell-csv"
    assert [(e.path, e.sha256, e.line) for e in entries] == [
        ("C:\\Saisie\\vide; copie.txt", EMPTY_SHA256, 3)
    ]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ('"Algorithm","Hash","Path"\n"SHA256","","C:\\a"\n', 2, "no hash"),
        ('"Algorithm","Hash","Path"\n"","00","C:\\a"\n', 2, "Algorithm cell is empty"),
        ('"Algorithm","Hash"\n"MD5","{md5}"\n', 1, "no file name column"),
        ('"Algorithm","Path"\n"MD5","a"\n', 1, "both Algorithm and Hash"),
        ('"Algorithm","Hash","Path","MD5"\n', 1, "mixes"),
        (
            '#TYPE Microsoft.PowerShell.Commands.FileHashInfo\n"MD5","FileNames"\n',
            2,
            "Get-FileHash",
        ),
        ("#TYPE Microsoft.PowerShell.Commands.FileHashInfo\n\n", 1, "no header"),
        ('MD5,SHA1,FileNames\n"{md5}","","a","extra"\n', 2, "4 columns"),
        ('MD5,SHA1,FileNames\n"{md5}"x,"","a"\n', 2, "malformed"),
        ('MD5,SHA1,FileNames\n"{md5}","","  "\n', 2, "file name is empty"),
        ("Path,Size\na,5\n", 1, "no MD5, SHA1 or SHA256 column"),
        ('"MD5","Comment","FileNames"\n', 1, "“Comment”"),
        ('"MD5","FileNames","Path"\n', 1, "two columns give the file name"),
    ],
)
def test_csv_malformed_inline(text: str, line: int, fragment: str) -> None:
    with pytest.raises(ManifestError) as info:
        parse_manifest(text.format(md5=EMPTY_MD5).encode(), name="x.csv")
    assert info.value.line == line
    assert str(info.value).startswith(f"Line {line} of x.csv: ")
    assert fragment in str(info.value)


# -- Project VIC ---------------------------------------------------------------------------


def test_vics_13() -> None:
    fmt, entries = parse("vics13.json")
    assert fmt == "vics-1.3"
    assert [(e.path, e.size, e.md5, e.sha1, e.line) for e in entries] == [
        (
            "VIC_Files\\IMG_0001.JPG",
            len(CONTENT["IMG_0001.JPG"]),  # MediaSize was a string
            digest("IMG_0001.JPG", "md5"),
            digest("IMG_0001.JPG", "sha1"),
            1,
        ),
        (
            "VIC_Files\\chat.db",
            len(CONTENT["chat.db"]),
            digest("chat.db", "md5"),
            digest("chat.db", "sha1"),
            2,
        ),
    ]


def test_vics_20_cases_with_utf8_bom() -> None:
    assert sample("vics20.json").startswith(b"\xef\xbb\xbf{")
    fmt, entries = parse("vics20.json")
    assert fmt == "vics-2.0"
    assert [(e.path, e.size, e.md5, e.sha1) for e in entries] == [
        (
            "Files\\IMG_0002.JPG",
            len(CONTENT["IMG_0002.JPG"]),
            digest("IMG_0002.JPG", "md5"),
            digest("IMG_0002.JPG", "sha1"),
        ),
        ("Files\\" + REL, len(CONTENT[REL]), digest(REL, "md5"), digest(REL, "sha1")),
    ]


def vics(value: list[object], context: str = "2.0.xml/US/$metadata#Media") -> bytes:
    url = "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/" + context
    return json.dumps({"@odata.context": url, "value": value}).encode()


def test_vics_media_list_case_insensitive_keys_and_alternative_hashes() -> None:
    data = vics(
        [
            {
                "mediaid": 1,
                "md5": EMPTY_MD5.upper(),
                "Sha1": None,
                "AlternativeHashes": [
                    {"HashName": "SHA256", "HashValue": EMPTY_SHA256.upper()},
                    {"HashName": "PhotoDNA", "HashValue": "not hex at all"},
                ],
                "MediaSize": 0,
                "MediaFiles": [{"FileName": "vide.txt", "FilePath": "/sdcard/vide.txt"}],
            }
        ]
    )
    fmt, entries = parse_manifest(data)
    assert fmt == "vics-2.0"
    assert entries == [
        ManifestEntry(
            path="/sdcard/vide.txt",
            size=0,
            md5=EMPTY_MD5,
            sha1=None,
            sha256=EMPTY_SHA256,
            line=1,
        )
    ]


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ([{"MD5": EMPTY_MD5, "md5": EMPTY_MD5, "FileName": "a"}], "appears twice"),
        ([{"MD5": EMPTY_MD5, "FileName": "a", "MediaSize": -1}], "MediaSize"),
        ([{"MD5": EMPTY_MD5, "FileName": "a", "MediaSize": 1.5}], "MediaSize"),
        ([{"MD5": EMPTY_MD5, "FileName": "a", "MediaSize": True}], "MediaSize"),
        ([{"MD5": EMPTY_MD5, "FileName": 7}], "not a string"),
        ([{"FileName": "a", "MediaSize": 3}], "no MD5, SHA-1 or SHA-256"),
        ([{"MD5": EMPTY_MD5, "FileName": "a\ud800"}], "surrogate"),
        ([{"MD5": EMPTY_MD5, "FileName": "a\x00b"}], "NUL"),
        (
            [
                {
                    "MD5": EMPTY_MD5,
                    "FileName": "a",
                    "AlternativeHashes": [{"HashName": "MD5", "HashValue": "0" * 32}],
                }
            ],
            "two different MD5",
        ),
    ],
)
def test_vics_malformed_records(value: list[object], fragment: str) -> None:
    with pytest.raises(ManifestError) as info:
        parse_manifest(vics(value), name="v.json")
    assert info.value.line == 1
    assert str(info.value).startswith("Record 1 of v.json: ")
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("data", "line", "fragment"),
    [
        (b'{"value": []}', None, "not a Project VIC"),
        (b"[1, 2]", None, "not a Project VIC"),
        (b'{\n"@odata.context": "x",\n"value": [1,]\n}', 3, "JSON is malformed"),
        (b'{"@odata.context": "x", "value": {}}', None, "not an array"),
        (b'{"@odata.context": "x", "value": [], "value": []}', None, "twice"),
        (b"[" * 200_000, None, "nested too deeply"),
        (b'{"@odata.context": "x", "value": [' + b"9" * 5000 + b"]}", None, "cannot be read"),
        (b'{"@odata.context": "x", "value": []}', None, "lists no file"),
    ],
)
def test_json_refusals(data: bytes, line: int | None, fragment: str) -> None:
    with pytest.raises(ManifestError) as info:
        parse_manifest(data)
    assert info.value.line == line
    assert fragment in str(info.value)


# -- encodings, line endings, whitespace ---------------------------------------------------

ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8 BOM": lambda t: t.encode("utf-8-sig"),
    "utf-16 LE BOM": lambda t: b"\xff\xfe" + t.encode("utf-16-le"),
    "utf-16 BE BOM": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "utf-16 LE no BOM": lambda t: t.encode("utf-16-le"),
    "utf-16 BE no BOM": lambda t: t.encode("utf-16-be"),
    "utf-32 BOM": lambda t: t.encode("utf-32"),
}


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize(
    "name", ["sha256sum.txt", "hashdeep.txt", "ftk_imager.csv", "dfxml_fiwalk.xml", "vics13.json"]
)
def test_every_encoding_and_line_ending_gives_the_same_entries(
    name: str, encoding: str, newline: str
) -> None:
    text = sample(name).decode("utf-8-sig").replace("\r\n", "\n").replace("\n", newline)
    expected = parse(name)
    assert parse_manifest(ENCODINGS[encoding](text), name=name) == expected


def test_blank_lines_and_trailing_whitespace_are_tolerated() -> None:
    lines = sample("sha256sum.txt").decode().splitlines()
    padded = "\n\n" + "\n \t\n".join(line + " \t\r" for line in lines) + "\n\n"
    fmt, entries = parse_manifest(padded.encode())
    _, plain = parse("sha256sum.txt")
    assert fmt == "sha256sum"
    assert [(e.path, e.sha256) for e in entries] == [(e.path, e.sha256) for e in plain]
    assert [e.line for e in entries] == [3, 5, 7, 9, 11]


@pytest.mark.parametrize(
    ("data", "line", "fragment"),
    [
        (b"", None, "empty"),
        (b" \r\n\t\n", None, "empty"),
        (f"{EMPTY_MD5}  a\n{EMPTY_MD5}  caf\xe9\n".encode("latin-1"), 2, "not UTF-8"),
        (b"\xff\xfe" + "a\nb".encode("utf-16-le") + b"\x00", 2, "UTF-16 LE"),
        (f"{EMPTY_MD5}  a\x00b\n".encode(), 1, "NUL"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 1, "not UTF-8"),
        (b"GIF89a\n\x01\x00\x01\x00\x00\x00\x00", 2, "NUL"),
    ],
)
def test_bytes_that_are_not_a_text_manifest(data: bytes, line: int | None, fragment: str) -> None:
    with pytest.raises(ManifestError) as info:
        parse_manifest(data)
    assert info.value.line == line
    assert fragment in str(info.value)


# -- malformed samples: the whole manifest is refused, naming the line ---------------------

MALFORMED = [
    ("sha256sum_bad_hex.txt", "Line", 3, "not a hex digit"),
    ("sha256sum_63_digits.txt", "Line", 2, "63 hex digits"),
    ("sha256sum_no_name.txt", "Line", 2, "no file name"),
    ("sha256sum_bad_escape.txt", "Line", 2, "unknown escape \\t"),
    ("tag_short.txt", "Line", 2, "the SHA-256 has 63 hex digits instead of 64"),
    ("tag_sha512.txt", "Line", 2, "SHA512"),
    ("hashdeep_truncated.txt", "Line", 6, "truncated"),
    ("hashdeep_unknown_header.txt", "Line", 1, "HASHDEEP-2.0"),
    ("hashdeep_unknown_column.txt", "Line", 2, "crc32"),
    ("hashdeep_duplicate_column.txt", "Line", 2, "twice"),
    ("hashdeep_bad_tiger.txt", "Line", 4, "Tiger"),
    ("hashdeep_empty.txt", None, None, "lists no file"),
    ("ftk_no_hash.csv", "Line", 3, "no MD5, SHA-1 or SHA-256"),
    ("ftk_duplicate_column.csv", "Line", 1, "two columns give the MD5"),
    ("ftk_truncated.csv", "Line", 3, "truncated"),
    ("powershell_sha512.csv", "Line", 3, "SHA512"),
    ("powershell_wrong_type.csv", "Line", 1, "System.IO.FileInfo"),
    ("vics_bad_md5.json", "Record", 2, "not a hex digit"),
    ("vics_hash_set.json", "Record", 1, "no file name"),
    ("dfxml_bad_sha1.xml", "Record", 2, "38 hex digits"),
    ("dfxml_malformed.xml", "Line", 5, "malformed"),
    ("unknown_format.txt", None, None, "not a manifest Scellé can read"),
]


@pytest.mark.parametrize(("name", "unit", "line", "fragment"), MALFORMED)
def test_malformed_samples_are_refused_whole(
    name: str, unit: str | None, line: int | None, fragment: str
) -> None:
    with pytest.raises(ManifestError) as info:
        parse_manifest((DATA / "bad" / name).read_bytes(), name=name)
    message = str(info.value)
    assert info.value.line == line
    prefix = f"{unit} {line} of {name}: " if unit else f"{name}: "
    assert message.startswith(prefix)
    assert message.endswith("; nothing was imported.")
    assert fragment in message
    assert "\n" not in message  # one sentence
    assert isinstance(info.value, BadInput) and info.value.exit_code == 2


def test_every_bad_sample_is_in_the_table() -> None:
    assert sorted(p.name for p in (DATA / "bad").iterdir()) == sorted(m[0] for m in MALFORMED)


def test_error_names_are_made_printable() -> None:
    with pytest.raises(ManifestError) as info:
        parse_manifest(b"nonsense", name="evil\nname\x1b[31m.txt")
    assert "\n" not in str(info.value) and "\x1b" not in str(info.value)
    assert str(info.value).startswith("evil?name?[31m.txt: ")


# -- properties ----------------------------------------------------------------------------


def plausible_name(name: str) -> bool:
    """A name the writers below can round-trip: not only white space, no trailing white
    space (lines are stripped), no suffix that looks like piecewise output."""
    return (
        not name.isspace()
        and name == name.rstrip(" \t\r\f\v")
        and not re.search(r" offset [0-9]+-[0-9]+\Z", name)
    )


names = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
).filter(plausible_name)
algorithms = st.sampled_from(["md5", "sha1", "sha256"])


def gnu_line(name: str, algorithm: str, digest_bytes: bytes, binary: bool) -> str:
    hexdigest = hashlib.new(algorithm, digest_bytes).hexdigest()
    escaped = name.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    prefix = "\\" if escaped != name else ""
    return f"{prefix}{hexdigest} {'*' if binary else ' '}{escaped}"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(names, algorithms, st.binary(max_size=8), st.booleans()), min_size=1, max_size=12
    )
)
def test_gnu_checksum_files_round_trip(rows: list[tuple[str, str, bytes, bool]]) -> None:
    text = "\n".join(gnu_line(*row) for row in rows) + "\n"
    _, entries = parse_manifest(text.encode())
    assert len(entries) == len(rows)
    for entry, (name, algorithm, content, _) in zip(entries, rows, strict=True):
        assert entry.path == unicodedata.normalize("NFC", name)
        assert getattr(entry, algorithm) == hashlib.new(algorithm, content).hexdigest()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            names.filter(lambda s: "\n" not in s and "\r" not in s), st.integers(0, 2**64 - 1)
        ),
        min_size=1,
        max_size=12,
    ),
    st.permutations(["size", "md5", "sha1", "sha256"]),
)
def test_hashdeep_round_trip_any_column_order(
    rows: list[tuple[str, int]], order: list[str]
) -> None:
    def value(column: str, name: str, size: int) -> str:
        if column == "size":
            return str(size)
        return hashlib.new(column, name.encode()).hexdigest()

    lines = ["%%%% HASHDEEP-1.0", "%%%% " + ",".join([*order, "filename"]), "## comment"]
    lines += [",".join([*(value(c, n, s) for c in order), n]) for n, s in rows]
    _, entries = parse_manifest(("\r\n".join(lines) + "\r\n").encode())
    assert [(e.path, e.size) for e in entries] == [
        (unicodedata.normalize("NFC", n), s) for n, s in rows
    ]
    assert [e.sha1 for e in entries] == [hashlib.sha1(n.encode()).hexdigest() for n, _ in rows]


def check_result(fmt: str, entries: list[ManifestEntry]) -> None:
    """What any accepted manifest must satisfy."""
    assert fmt in FORMATS
    assert entries
    for e in entries:
        assert e.path and not e.path.isspace() and "\x00" not in e.path
        assert e.path == unicodedata.normalize("NFC", e.path)
        e.path.encode("utf-8")  # no unpaired surrogate
        assert e.line >= 1
        assert e.size is None or 0 <= e.size < 2**64
        assert any(h is not None for h in (e.md5, e.sha1, e.sha256))
        for value, length in ((e.md5, 32), (e.sha1, 40), (e.sha256, 64)):
            assert value is None or re.fullmatch(f"[0-9a-f]{{{length}}}", value)


def parse_or_refuse(data: bytes) -> None:
    try:
        fmt, entries = parse_manifest(data, name="fuzz")
    except ManifestError as exc:
        message = str(exc)
        assert message.endswith("; nothing was imported.") and "\n" not in message
        assert exc.line is None or exc.line >= 1
        return
    check_result(fmt, entries)


SAMPLES = sorted(p for p in DATA.rglob("*") if p.is_file())


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=3000))
@example(b"\xff\xfe")
@example(b"\xfe\xff\x00")
@example(b"\xef\xbb\xbf\f")
@example(b"\x00")
@example(b"<")
@example(b"{")
@example(b"#TYPE")
@example(b"%%%%")
@example(b'"')
def test_fuzz_random_bytes(data: bytes) -> None:
    parse_or_refuse(data)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SAMPLES),
    st.lists(
        st.tuples(
            st.sampled_from(["replace", "insert", "delete", "duplicate"]),
            st.integers(0, 1 << 16),
            st.sampled_from(b'\x00\n\r \t",;\\*()=%#<>&!{}[]:/0aFzZ\xc3\xa9\xff'),
        ),
        min_size=1,
        max_size=6,
    ),
    st.one_of(st.none(), st.integers(0, 1 << 16)),
)
def test_fuzz_mutated_samples(
    path: Path, mutations: list[tuple[str, int, int]], cut: int | None
) -> None:
    data = bytearray(path.read_bytes())
    for op, position, byte in mutations:
        at = position % (len(data) + 1)
        if op == "replace" and at < len(data):
            data[at] = byte
        elif op == "insert":
            data.insert(at, byte)
        elif op == "delete" and at < len(data):
            del data[at]
        elif op == "duplicate":
            end = data.find(b"\n", at)
            data[at:at] = data[at : end + 1 if end >= 0 else len(data)]
    if cut is not None:
        del data[cut % (len(data) + 1) :]
    parse_or_refuse(bytes(data))


FRAGMENTS = [
    "%%%% HASHDEEP-1.0\n",
    "%%%% size,md5,sha256,filename\n",
    "%%%% md5,filename\n",
    "## comment\n",
    "#TYPE Microsoft.PowerShell.Commands.FileHashInfo\n",
    '"Algorithm","Hash","Path"\n',
    "MD5,SHA1,FileNames\n",
    '"SHA256",',
    '"MD5",',
    EMPTY_MD5,
    EMPTY_SHA256,
    EMPTY_SHA256.upper(),
    "  ",
    " *",
    "\\",
    "\\n",
    ",",
    ";",
    '"',
    "\n",
    "\r\n",
    "SHA256 (",
    ") = ",
    " offset 0-9",
    "a.txt",
    "é",
    "e\u0301",
    "<dfxml>",
    "<fileobject>",
    "<filename>",
    "</filename>",
    "<hashdigest type='md5'>",
    "</hashdigest>",
    "</fileobject>",
    "</dfxml>",
    '{"@odata.context": "x", "value": [',
    '{"MD5": "',
    '", "FileName": "',
    '"}',
    "]}",
    "0",
    "99999999999999999999999",
]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=30),
    st.sampled_from(list(ENCODINGS)),
)
def test_fuzz_manifest_like_text(parts: list[str], encoding: str) -> None:
    text = "".join(parts)
    try:
        data = ENCODINGS[encoding](text)
    except UnicodeEncodeError:  # a lone surrogate drawn by st.text
        return
    parse_or_refuse(data)


def test_benchmark_function_reports_its_figures() -> None:
    from benchmarks.manifests import bench_parse

    results = bench_parse(n=300)
    assert set(results) == {"manifest_parse_sha256sum", "manifest_parse_hashdeep"}
    for figure in results.values():
        assert figure["unit"] == "lines/s" and figure["target"] == "informational"
        assert isinstance(figure["value"], float) and figure["value"] > 0
