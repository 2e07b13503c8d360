"""CASE/UCO JSON-LD export (issue #6 item 5): structure, and the official validator.

A real case (a physical and a digital item, a two-party transfer, a check-out/check-in, a
disposition under an authority, a supervisor's sign-off) is exported, converted and written;
``case_validate`` from ``case-utils`` (a test-only dependency) must find it conformant with
no violation, warning or info, and no unknown CASE/UCO concept.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scelle import cli
from scelle.core import model, review
from scelle.core.hashing import Digests, hash_file
from scelle.core.interop import caseuco, export
from tests.conftest import PASSWORDS, open_as

REF = "2026-0042"
UCO_CORE = "https://ontology.unifiedcyberontology.org/uco/core/"


def _validator() -> str | None:
    """The case_validate script of this interpreter's environment, else one on PATH."""
    beside = Path(sys.executable).parent / "case_validate"
    return str(beside) if beside.is_file() else shutil.which("case_validate")


CASE_VALIDATE = _validator()
needs_validator = pytest.mark.skipif(
    CASE_VALIDATE is None,
    reason="case_validate is not installed (pip install case-utils, the test extra)",
)


@pytest.fixture
def built(vault_path: Path, tmp_path: Path) -> Iterator[tuple[dict[str, Any], Digests]]:
    """The JSON export of a case with the custody events listed in the module docstring."""
    image = tmp_path / "disk.img"
    image.write_bytes(b"evidence\x00" * 50_000)
    digests = hash_file(image)
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Burglary at the Quai d'Orsay depot")
        crowbar = model.add_item(
            bob,
            REF,
            model.ItemDraft(
                description="Red crowbar, 60 cm",
                seal="S-0001",
                seized_where="Depot, 12 quai d'Orsay",
                seized_from="Jean Dupont",
                location="Locker 3",
            ),
        ).item
        disk = model.add_item(
            bob,
            REF,
            model.ItemDraft(description="Image of the depot's CCTV disk", kind="digital"),
            digests=digests,
        ).item
        glove = model.add_item(bob, REF, model.ItemDraft(description="Left glove")).item
        model.transfer_custody(
            bob, crowbar.exhibit_id, "carol", PASSWORDS["carol"], reason="analysis", location="Lab"
        )
        model.check_out(bob, disk.exhibit_id, "imaging")
        model.check_in(bob, disk.exhibit_id, location="Locker 4")
        model.request_disposition(
            bob, glove.exhibit_id, "destroyed", authority="Court order 2026/17", witness="dave"
        )
    with open_as(vault_path, "carol") as carol:
        model.approve_disposition(carol, glove.exhibit_id)
        review.sign_off(carol, REF, "Chain of custody checked.")
        doc = export.build_case_export(carol, REF)
    yield doc, digests


def _nodes(graph: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every node object of the graph, nested ones included."""
    stack: list[Any] = list(graph["@graph"])
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            if "@type" in node and "@id" in node:
                yield node
            stack.extend(v for k, v in node.items() if k != "@context")


def _typed(graph: dict[str, Any], rdf_type: str) -> list[dict[str, Any]]:
    return [n for n in _nodes(graph) if n["@type"] == rdf_type]


def _ids(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [v["@id"] for v in values]


def test_the_graph_maps_the_case(built: tuple[dict[str, Any], Digests]) -> None:
    doc, digests = built
    graph = caseuco.to_case_uco(doc)
    ctx = graph["@context"]
    assert isinstance(ctx, dict)  # inline, nothing to fetch
    assert ctx["kb"] == f"urn:scelle:{doc['vault_id']}:"
    assert ctx["uco-core"] == UCO_CORE
    nodes = list(_nodes(graph))
    ids = [n["@id"] for n in nodes]
    assert len(ids) == len(set(ids)), "every node has its own @id"
    assert all(i.startswith("kb:") for i in ids)
    for i in ids:  # UCO's advice: a UcoThing's IRI ends with a UUID
        uuid.UUID(i[-36:])
    by_id = {n["@id"]: n for n in nodes}

    (investigation,) = _typed(graph, "case-investigation:Investigation")
    assert investigation["uco-core:name"] == REF
    assert investigation["uco-core:description"] == doc["case"]["title"]
    assert investigation["uco-core:startTime"] == {
        "@type": "xsd:dateTime",
        "@value": doc["case"]["opened_at"],
    }
    contained = set(_ids(investigation["uco-core:object"]))

    records = _typed(graph, "case-investigation:ProvenanceRecord")
    assert sorted(r["case-investigation:exhibitNumber"] for r in records) == sorted(
        it["exhibit_id"] for it in doc["items"]
    )
    observables = {o["@id"]: o for o in _typed(graph, "uco-observable:ObservableObject")}
    assert len(observables) == len(doc["items"]) == 3
    record_of: dict[str, dict[str, Any]] = {}
    for record in records:
        (target,) = _ids(record["uco-core:object"])
        assert target in observables
        record_of[record["case-investigation:exhibitNumber"]] = record
        assert {record["@id"], target} <= contained

    items = {it["exhibit_id"]: it for it in doc["items"]}
    disk_id = next(e for e, it in items.items() if it["kind"] == "digital")
    (disk_obs,) = _ids(record_of[disk_id]["uco-core:object"])
    facets = {f["@type"]: f for f in observables[disk_obs]["uco-core:hasFacet"]}
    assert facets["uco-observable:FileFacet"]["uco-observable:sizeInBytes"] == digests.size
    content = facets["uco-observable:ContentDataFacet"]
    assert content["uco-observable:sizeInBytes"] == digests.size
    hashes = {
        h["uco-types:hashMethod"]: h["uco-types:hashValue"] for h in content["uco-observable:hash"]
    }
    assert hashes == {
        "MD5": {"@type": "xsd:hexBinary", "@value": digests.md5},
        "SHA1": {"@type": "xsd:hexBinary", "@value": digests.sha1},
        "SHA256": {"@type": "xsd:hexBinary", "@value": digests.sha256},
    }
    for exhibit, it in items.items():  # physical items carry no file facets nor hashes
        if it["kind"] == "physical":
            (obs,) = _ids(record_of[exhibit]["uco-core:object"])
            assert "uco-core:hasFacet" not in observables[obs]

    actions = [
        a
        for a in _typed(graph, "case-investigation:InvestigativeAction")
        if a["@id"].startswith("kb:custody-action-")
    ]
    events = [ev for it in doc["items"] for ev in it["timeline"]]
    assert len(actions) == len(events) == 8
    assert {a["@id"] for a in actions} <= contained
    names = {p["uco-core:name"]: p["@id"] for p in _typed(graph, "uco-identity:Person")}
    for exhibit, it in items.items():
        record = record_of[exhibit]["@id"]
        linked = [a for a in actions if record in _ids(a.get("uco-action:result", []))]
        assert len(linked) == 1, "the first event creates the provenance record"
        later = [a for a in actions if record in _ids(a.get("uco-action:object", []))]
        assert len(linked) + len(later) == len(it["timeline"])
        for a in linked + later:
            assert a["uco-action:startTime"]["@type"] == "xsd:dateTime"
            assert by_id[a["uco-action:performer"]["@id"]]["@type"] == "uco-identity:Person"

    (transfer,) = [a for a in actions if a["uco-core:name"] == "custody transfer"]
    assert transfer["uco-action:performer"] == {"@id": names["bob"]}
    assert _ids(transfer["uco-action:participant"]) == [names["carol"]]
    assert [by_id[i]["uco-core:name"] for i in _ids(transfer["uco-action:location"])] == ["Lab"]
    seizure = next(
        a
        for a in actions
        if record_of[next(iter(items))]["@id"] in _ids(a.get("uco-action:result", []))
    )
    assert names["Jean Dupont"] in _ids(seizure["uco-action:participant"])
    assert {"check-out", "check-in", "disposition request", "disposition"} <= {
        a["uco-core:name"] for a in actions
    }
    (authorization,) = _typed(graph, "case-investigation:Authorization")
    assert authorization["case-investigation:authorizationIdentifier"] == "Court order 2026/17"
    assert _ids(investigation["case-investigation:relevantAuthorization"]) == [authorization["@id"]]
    (sign_off,) = [
        a
        for a in _typed(graph, "case-investigation:InvestigativeAction")
        if a["uco-core:name"] == "supervisor review"
    ]
    assert sign_off["uco-action:performer"] == {"@id": names["carol"]}

    again = caseuco.to_case_uco(doc)
    assert caseuco.encode(again) == caseuco.encode(graph), "the mapping is deterministic"


def test_identifiers_follow_case_utils_inherence(built: tuple[dict[str, Any], Digests]) -> None:
    inherent = pytest.importorskip("case_utils.inherent_uuid", reason="case-utils is not installed")
    from rdflib import Literal, Namespace, URIRef
    from rdflib.namespace import XSD

    doc, _ = built
    graph = caseuco.to_case_uco(doc)
    kb = Namespace(graph["@context"]["kb"])
    obs_ns = graph["@context"]["uco-observable"]
    for node in _typed(graph, "uco-observable:ObservableObject"):
        for facet in node.get("uco-core:hasFacet", []):
            local = facet["@type"].partition(":")[2]
            expected = inherent.get_facet_uriref(
                URIRef(kb[node["@id"][3:]]), URIRef(obs_ns + local), namespace=kb
            )
            assert str(expected) == str(kb[facet["@id"][3:]])
            for h in facet.get("uco-observable:hash", []):
                ident = inherent.hash_method_value_uuid(
                    Literal(h["uco-types:hashMethod"]),
                    Literal(h["uco-types:hashValue"]["@value"], datatype=XSD.hexBinary),
                )
                assert h["@id"].endswith(str(ident))


@needs_validator
def test_case_validate_finds_no_result_of_any_severity(
    built: tuple[dict[str, Any], Digests], tmp_path: Path
) -> None:
    doc, _ = built
    out = tmp_path / "case.jsonld"
    export.write_file(out, caseuco.encode(caseuco.to_case_uco(doc)))
    assert CASE_VALIDATE is not None
    probe = (
        "import case_utils, case_utils.ontology.version_info as v;"
        "print(case_utils.__version__, v.CURRENT_CASE_VERSION)"
    )
    version, ontology = subprocess.run(
        [str(Path(CASE_VALIDATE).parent / "python"), "-c", probe],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert ontology == caseuco.CASE_VERSION, (
        f"case-utils {version} validates against CASE {ontology}; the mapping targets "
        f"CASE {caseuco.CASE_VERSION}: review it against the new ontology"
    )
    started = time.monotonic()
    # No --allow-info(s) / --allow-warning(s): with pySHACL, a result of severity Info or
    # Warning then makes the graph non-conformant, and case_validate also fails on any
    # CASE/UCO IRI that is not in the ontology; exit status 0 means no result at all.
    proc = subprocess.run(
        [CASE_VALIDATE, "--format", "turtle", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    elapsed = time.monotonic() - started
    print(f"case_validate (case-utils {version}, CASE {ontology}) took {elapsed:.1f} s")
    report = proc.stdout
    assert proc.returncode == 0, report + proc.stderr
    assert "sh:conforms true" in report
    assert "sh:result" not in report and "sh:ValidationResult" not in report, report
    assert "NonExistentCDOConceptWarning" not in proc.stderr, proc.stderr
    assert "concepts with CDO IRIs" not in proc.stderr, proc.stderr


@needs_validator
def test_case_validate_rejects_a_broken_graph(
    built: tuple[dict[str, Any], Digests], tmp_path: Path
) -> None:
    """The strict run above is not vacuous: a wrong datatype and a typo'd term fail it."""
    doc, _ = built
    graph = caseuco.to_case_uco(doc)
    for node in _typed(graph, "uco-types:Hash"):
        node["uco-types:hashMethod"] = {
            "@type": "https://ontology.unifiedcyberontology.org/uco/vocabulary/HashNameVocab",
            "@value": node["uco-types:hashMethod"],
        }
    out = tmp_path / "broken.jsonld"
    out.write_bytes(caseuco.encode(graph))
    assert CASE_VALIDATE is not None
    proc = subprocess.run(
        [CASE_VALIDATE, str(out)], capture_output=True, text=True, timeout=600, check=False
    )
    assert proc.returncode == 1
    assert "Severity: sh:Warning" in proc.stdout and "hashMethod" in proc.stdout


def test_cli_writes_the_case_jsonld(
    built: tuple[dict[str, Any], Digests], vault_path: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "case.jsonld"
    code = cli.main(
        [
            "export",
            REF,
            "--format",
            "case-jsonld",
            "--output",
            str(out),
            "--vault",
            str(vault_path),
            "--user",
            "carol",
            "--password-stdin",
        ],
        stdin=io.StringIO(PASSWORDS["carol"] + "\n"),
    )
    _, err = capsys.readouterr()
    assert code == 0, err
    assert "case-jsonld" in err
    graph = json.loads(out.read_text("utf-8"))
    (investigation,) = _typed(graph, "case-investigation:Investigation")
    assert investigation["uco-core:name"] == REF
    assert len(_typed(graph, "case-investigation:ProvenanceRecord")) == 3
