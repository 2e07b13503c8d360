"""A case export as CASE/UCO JSON-LD (issue #6 item 5; https://caseontology.org).

:func:`to_case_uco` maps the document of :func:`scelle.core.interop.export.build_case_export`
to a CASE 1.5.0 / UCO 1.5.0 graph, the version validated by ``case_validate`` from
``case-utils`` 0.18. The ``@context`` is inline: nothing is fetched to read the file.

The graph holds:

* the case as a ``case-investigation:Investigation`` (name = case reference, description =
  title, ``uco-core:startTime`` = opening, ``investigationStatus`` = status) whose
  ``uco-core:object`` lists every other object of the graph;
* each item as a ``uco-observable:ObservableObject``; a digital item carries a
  ``uco-observable:FileFacet`` (size) and a ``uco-observable:ContentDataFacet`` whose
  ``uco-observable:hash`` values are ``uco-types:Hash`` objects (``hashMethod`` "MD5",
  "SHA1", "SHA256" as ``xsd:string`` — the datatype UCO 1.4+ requires; a
  ``vocabulary:HashNameVocab`` literal is a SHACL warning there — and ``hashValue`` as
  ``xsd:hexBinary``);
* one ``case-investigation:ProvenanceRecord`` per item (``exhibitNumber`` = exhibit id,
  ``uco-core:object`` = the item);
* each custody event as a ``case-investigation:InvestigativeAction``: ``uco-action:startTime``
  (``xsd:dateTime``), ``performer`` (who acted; for a seizure, the seizing officer),
  ``participant`` (the other party, countersigners), ``location``, ``instrument`` (the
  authority, as a ``case-investigation:Authorization``), and the provenance record and item
  as ``uco-action:result`` of the first event (seizure or receipt) and ``uco-action:object``
  of every later one; ``uco-core:createdBy``/``objectCreatedTime`` say who recorded it and
  when (the journal entry), its description names the entry's seq;
* supervisors' sign-offs and the export itself as further actions, people as
  ``uco-identity:Person``, places as ``uco-location:Location``, Scellé as a ``uco-tool:Tool``.

Every node has an IRI ending with a UUID (UCO's advisory shape), under the namespace
``urn:scelle:<vault id>:``. Identifiers are stable across exports of the same vault: ids the
vault already has (case, item, user) are reused when they are version 4 UUIDs (UCO's shape
knows versions 0 to 5 only), the others, version 7 ids included, are UUIDv5 names in the
vault's namespace; facets and hashes follow ``case_utils.inherent_uuid`` (a facet's UUID derives from
its object's UUID and its class IRI, a hash's from ``urn:hash::<method>:<value>``).
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from scelle.core.errors import BadInput

CASE_VERSION = "1.5.0"

CASE_INVESTIGATION = "https://ontology.caseontology.org/case/investigation/"
UCO = "https://ontology.unifiedcyberontology.org/uco/"
XSD = "http://www.w3.org/2001/XMLSchema#"

_PREFIXES = {
    "case-investigation": CASE_INVESTIGATION,
    "uco-action": UCO + "action/",
    "uco-core": UCO + "core/",
    "uco-identity": UCO + "identity/",
    "uco-location": UCO + "location/",
    "uco-observable": UCO + "observable/",
    "uco-tool": UCO + "tool/",
    "uco-types": UCO + "types/",
    "xsd": XSD,
}

# Scellé hash names -> UCO HashNameVocab members.
HASH_METHODS = (("md5", "MD5"), ("sha1", "SHA1"), ("sha256", "SHA256"))

EVENT_NAMES = {
    "seizure": "seizure",
    "receipt": "receipt",
    "transfer": "custody transfer",
    "checkout": "check-out",
    "checkin": "check-in",
    "move": "move",
    "seal": "seal",
    "reseal": "reseal",
    "hash_verify": "hash verification",
    "disposition_request": "disposition request",
    "disposition": "disposition",
}


def _dt(value: str) -> dict[str, str]:
    return {"@type": "xsd:dateTime", "@value": value}


def _ref(iri: str) -> dict[str, str]:
    return {"@id": iri}


def _is_uuid(value: Any) -> bool:
    try:
        return str(uuid.UUID(str(value))) == str(value).lower()
    except ValueError:
        return False


def _expand(iri: str) -> str:
    prefix, _, local = iri.partition(":")
    return _PREFIXES[prefix] + local


# case_utils.inherent_uuid.RX_UUID: only UUID versions 0 to 5 count as an IRI's own UUID.
_INHERENT_UUID = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-5][0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE
)


class _Graph:
    """Nodes under the vault's namespace, each created once per key."""

    def __init__(self, vault_id: str) -> None:
        vid = str(vault_id)
        if _is_uuid(vid):
            self.ns = uuid.UUID(vid)
        else:
            vid = re.sub(r"[^A-Za-z0-9._~-]", "-", vid) or "vault"
            self.ns = uuid.uuid5(uuid.NAMESPACE_URL, f"urn:scelle:{vid}")
        self.base = f"urn:scelle:{vid}:"
        self.nodes: list[dict[str, Any]] = []
        self.by_key: dict[str, dict[str, Any]] = {}

    def iri(self, slug: str, key: str, known: str | None = None) -> str:
        """``kb:<slug>-<uuid>``: ``known`` if it is a UUID of version 0 to 5 (the versions
        UCO's identifier shape recognises), else the UUIDv5 of ``key`` (version 7 ids)."""
        ident = (
            known.lower()
            if known is not None and _is_uuid(known) and _INHERENT_UUID.search(known)
            else None
        )
        return f"kb:{slug}-{ident or uuid.uuid5(self.ns, key)}"

    def add(self, node: dict[str, Any]) -> dict[str, Any]:
        self.nodes.append(node)
        self.by_key[node["@id"]] = node
        return node


def _facet_iri(owner: str, facet_class: str, base: str) -> str:
    """As ``case_utils.inherent_uuid.get_facet_uriref`` (``owner`` is ``kb:…``, ``base``
    the kb namespace): the owner's trailing UUID is the namespace when it is a version 0
    to 5 UUID; otherwise (version 7 item ids) the UUIDv5 of the owner's full IRI is."""
    full = base + owner.partition(":")[2]
    if len(full) < 40 or _INHERENT_UUID.search(full) is None:
        owner_ns = uuid.uuid5(uuid.NAMESPACE_URL, full)
    else:
        owner_ns = uuid.UUID(full[-36:])
    local = facet_class.partition(":")[2]
    return f"kb:{local}-{uuid.uuid5(owner_ns, _expand(facet_class))}"


def _hash_node(method: str, value: str, scelle_name: str) -> dict[str, Any]:
    """A ``uco-types:Hash`` named as ``case_utils.inherent_uuid.hash_method_value_uuid``."""
    hex_value = value.lower()
    if not re.fullmatch(r"(?:[0-9a-f]{2})+", hex_value):
        raise BadInput(f"The {scelle_name} of an item is not hexadecimal; it cannot be exported.")
    ident = uuid.uuid5(uuid.NAMESPACE_URL, f"urn:hash::{scelle_name}:{hex_value}")
    return {
        "@id": f"kb:hash-{ident}",
        "@type": "uco-types:Hash",
        "uco-types:hashMethod": method,
        "uco-types:hashValue": {"@type": "xsd:hexBinary", "@value": hex_value},
    }


class _Mapper:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.g = _Graph(str(doc["vault_id"]))
        self.users_by_id: dict[str, dict[str, Any]] = {}
        self.users_by_name: dict[str, dict[str, Any]] = {}
        for u in doc.get("users") or []:
            self.users_by_id[str(u["id"])] = u
            self.users_by_name[str(u["name"])] = u
        self.authorizations: list[str] = []

    # -- shared objects ---------------------------------------------------------------------

    def person(self, *, name: str | None = None, user_id: str | None = None) -> str | None:
        """The Person for a Scellé user (by id or name) or for a name typed by a user."""
        user = None
        if user_id is not None:
            user = self.users_by_id.get(user_id)
        if user is None and name is not None:
            user = self.users_by_name.get(name)
        if user is not None:
            iri = self.g.iri("person", f"user:{user['id']}", known=str(user["id"]))
            label = str(user["name"])
            description = f"Scellé user ({user.get('role', 'user')})"
        elif name:
            iri = self.g.iri("person", f"person-name:{name}")
            label = name
            description = "Person named in the custody record (not a Scellé user)"
        elif user_id:
            iri = self.g.iri("person", f"user:{user_id}", known=user_id)
            label = user_id
            description = "Scellé user"
        else:
            return None
        if iri not in self.g.by_key:
            self.g.add(
                {
                    "@id": iri,
                    "@type": "uco-identity:Person",
                    "uco-core:name": label,
                    "uco-core:description": description,
                }
            )
        return iri

    def location(self, name: str | None) -> str | None:
        if not name:
            return None
        iri = self.g.iri("location", f"location:{name}")
        if iri not in self.g.by_key:
            self.g.add({"@id": iri, "@type": "uco-location:Location", "uco-core:name": name})
        return iri

    def authorization(self, text: str | None) -> str | None:
        if not text:
            return None
        iri = self.g.iri("authorization", f"authorization:{text}")
        if iri not in self.g.by_key:
            self.g.add(
                {
                    "@id": iri,
                    "@type": "case-investigation:Authorization",
                    "uco-core:name": text,
                    "case-investigation:authorizationIdentifier": text,
                }
            )
            self.authorizations.append(iri)
        return iri

    # -- the document -----------------------------------------------------------------------

    def run(self) -> dict[str, Any]:
        doc = self.doc
        case = doc["case"]
        g = self.g
        investigation: dict[str, Any] = {
            "@id": g.iri("investigation", f"case:{case['id']}", known=str(case["id"])),
            "@type": "case-investigation:Investigation",
            "uco-core:name": str(case["ref"]),
            "uco-core:description": str(case["title"]),
            "case-investigation:investigationStatus": str(case["status"]),
        }
        if case.get("opened_at"):
            investigation["uco-core:startTime"] = _dt(case["opened_at"])
        g.add(investigation)
        creator = self.person(name=case.get("created_by"))
        if creator:
            investigation["uco-core:createdBy"] = _ref(creator)
        for member in case.get("members") or []:
            self.person(name=str(member))

        tool = g.add(
            {
                "@id": g.iri("tool", f"tool:{doc.get('software', 'Scellé')}"),
                "@type": "uco-tool:Tool",
                "uco-core:name": "Scellé",
                "uco-tool:toolType": "evidence custody management",
            }
        )
        software = str(doc.get("software") or "")
        if software.startswith("Scellé "):
            tool["uco-tool:version"] = software.removeprefix("Scellé ")

        for item in doc["items"]:
            self.item(item)
        for review in doc.get("reviews") or []:
            self.review(review, investigation["@id"])
        self.export_action(investigation["@id"], tool["@id"])

        if self.authorizations:
            investigation["case-investigation:relevantAuthorization"] = [
                _ref(a) for a in self.authorizations
            ]
        investigation["uco-core:object"] = [
            _ref(n["@id"]) for n in g.nodes if n is not investigation
        ]
        return {"@context": {"kb": g.base, **_PREFIXES}, "@graph": g.nodes}

    def item(self, item: dict[str, Any]) -> None:
        g = self.g
        obs_iri = g.iri("item", f"item:{item['id']}", known=str(item["id"]))
        observable: dict[str, Any] = {
            "@id": obs_iri,
            "@type": "uco-observable:ObservableObject",
            "uco-core:name": str(item.get("label") or item["exhibit_id"]),
            "uco-core:description": str(item["description"]),
            "uco-core:tag": [f"{item['kind']} item"],
        }
        if item.get("seal"):
            observable["uco-core:tag"].append(f"seal {item['seal']}")
        facets: list[dict[str, Any]] = []
        if item["kind"] == "digital":
            file_facet: dict[str, Any] = {
                "@id": _facet_iri(obs_iri, "uco-observable:FileFacet", g.base),
                "@type": "uco-observable:FileFacet",
            }
            content: dict[str, Any] = {
                "@id": _facet_iri(obs_iri, "uco-observable:ContentDataFacet", g.base),
                "@type": "uco-observable:ContentDataFacet",
            }
            if item.get("size") is not None:
                file_facet["uco-observable:sizeInBytes"] = int(item["size"])
                content["uco-observable:sizeInBytes"] = int(item["size"])
            hashes = [
                _hash_node(method, str(item[key]), key)
                for key, method in HASH_METHODS
                if item.get(key)
            ]
            if hashes:
                content["uco-observable:hash"] = hashes
            facets = [file_facet, content]
            if item.get("hash_mismatch"):
                observable["uco-observable:hasChanged"] = True
        if facets:
            observable["uco-core:hasFacet"] = facets
        g.add(observable)

        record_iri = g.iri("provenance-record", f"provenance-record:{item['id']}")
        g.add(
            {
                "@id": record_iri,
                "@type": "case-investigation:ProvenanceRecord",
                "case-investigation:exhibitNumber": str(item["exhibit_id"]),
                "uco-core:description": _record_description(item),
                "uco-core:object": [_ref(obs_iri)],
            }
        )
        for index, event in enumerate(item.get("timeline") or []):
            self.event(item, event, first=index == 0, links=[_ref(record_iri), _ref(obs_iri)])

    def event(
        self,
        item: dict[str, Any],
        ev: dict[str, Any],
        *,
        first: bool,
        links: list[dict[str, str]],
    ) -> None:
        g = self.g
        kind = str(ev["kind"])
        recorder = self.person(name=ev.get("actor_name"), user_id=ev.get("actor"))
        performer = recorder
        start = str(ev["at"])
        place = ev.get("location")
        if kind in ("seizure", "receipt"):
            if item.get("seized_by"):
                performer = self.person(name=str(item["seized_by"]))
            if item.get("seized_at"):
                start = str(item["seized_at"])
            if kind == "seizure" and item.get("seized_where"):
                place = item["seized_where"]
        action: dict[str, Any] = {
            "@id": g.iri("custody-action", f"custody-event:{ev['seq']}"),
            "@type": "case-investigation:InvestigativeAction",
            "uco-core:name": EVENT_NAMES.get(kind, kind),
            "uco-core:description": _event_description(item, ev),
            "uco-action:startTime": _dt(start),
            "uco-core:objectCreatedTime": _dt(str(ev["at"])),
        }
        if recorder:
            action["uco-core:createdBy"] = _ref(recorder)
        if performer:
            action["uco-action:performer"] = _ref(performer)
        participants: list[str] = []
        for name in [ev.get("counterpart"), *(ev.get("cosigned_by") or [])]:
            who = self.person(name=str(name)) if name else None
            if who and who != performer and who not in participants:
                participants.append(who)
        if participants:
            action["uco-action:participant"] = [_ref(p) for p in participants]
        where = [w for w in (self.location(place),) if w]
        if kind == "seizure" and ev.get("location") and ev.get("location") != place:
            stored = self.location(str(ev["location"]))
            if stored:
                where.append(stored)
        if where:
            action["uco-action:location"] = [_ref(w) for w in where]
        authority = self.authorization(ev.get("authority"))
        if authority:
            action["uco-action:instrument"] = [_ref(authority)]
        action["uco-action:result" if first else "uco-action:object"] = links
        g.add(action)

    def review(self, review: dict[str, Any], investigation: str) -> None:
        g = self.g
        reviewer = self.person(name=str(review["reviewer"]))
        text = (
            f"Supervisor's sign-off of the case's custody log up to journal entry "
            f"#{review['up_to_seq']} (entry hash {review['up_to_hash']}); "
            f"{review.get('anomalies', 0)} anomalies listed; journal entry #{review['seq']}."
        )
        node: dict[str, Any] = {
            "@id": g.iri("review-action", f"review:{review['seq']}"),
            "@type": "case-investigation:InvestigativeAction",
            "uco-core:name": "supervisor review",
            "uco-core:description": f"{text} Comment: {review['comment']}"
            if review.get("comment")
            else text,
            "uco-action:startTime": _dt(str(review["at"])),
            "uco-action:object": [_ref(investigation)],
        }
        if reviewer:
            node["uco-action:performer"] = _ref(reviewer)
        g.add(node)

    def export_action(self, investigation: str, tool: str) -> None:
        doc = self.doc
        g = self.g
        head = doc.get("head") or {}
        by = doc.get("exported_by") or {}
        exporter = self.person(name=by.get("name"), user_id=by.get("id"))
        node: dict[str, Any] = {
            "@id": g.iri("export-action", f"export:{head.get('seq')}:{doc.get('exported_at')}"),
            "@type": "case-investigation:InvestigativeAction",
            "uco-core:name": "case export",
            "uco-core:description": (
                f"Exported from the Scellé vault {doc['vault_id']} at journal head "
                f"#{head.get('seq')} (entry hash {head.get('entry_hash')}); the JSON export "
                "of the same case carries the signed journal entries behind this graph."
            ),
            "uco-action:instrument": [_ref(tool)],
            "uco-action:object": [_ref(investigation)],
        }
        if doc.get("exported_at"):
            node["uco-action:startTime"] = _dt(str(doc["exported_at"]))
        if exporter:
            node["uco-action:performer"] = _ref(exporter)
        g.add(node)


def _record_description(item: dict[str, Any]) -> str:
    parts = [f"Exhibit {item['exhibit_id']}: {item['description']}"]
    for label, key in (
        ("seal", "seal"),
        ("status", "status"),
        ("custodian", "custodian_name"),
        ("location", "location"),
    ):
        if item.get(key):
            parts.append(f"{label} {item[key]}")
    if item.get("hashed_at"):
        parts.append(f"hashed {item['hashed_at']} by {item.get('hashed_by') or 'unknown'}")
    return "; ".join(parts) + "."


def _event_description(item: dict[str, Any], ev: dict[str, Any]) -> str:
    kind = str(ev["kind"])
    parts = [f"{EVENT_NAMES.get(kind, kind).capitalize()} of exhibit {item['exhibit_id']}"]
    details = ev.get("details")
    if not isinstance(details, dict):
        details = {}
    if kind in ("seizure", "receipt"):
        if item.get("seized_from"):
            parts.append(f"from {item['seized_from']}")
        if ev.get("location"):
            parts.append(f"stored at {ev['location']}")
    elif ev.get("counterpart"):
        role = {"transfer": "to", "disposition_request": "witness"}.get(kind, "counterpart")
        parts.append(f"{role} {ev['counterpart']}")
        if ev.get("location"):
            parts.append(f"location {ev['location']}")
    elif ev.get("location"):
        parts.append(f"location {ev['location']}")
    for label, key in (("purpose", "purpose"), ("authority", "authority"), ("reason", "reason")):
        if ev.get(key):
            parts.append(f"{label}: {ev[key]}")
    if kind == "checkout" and details.get("due"):
        parts.append(f"due {details['due']}")
    if kind in ("seal", "reseal") and details.get("new_seal"):
        old = details.get("old_seal")
        parts.append(
            f"seal {old} -> {details['new_seal']}" if old else f"seal {details['new_seal']}"
        )
    if kind == "hash_verify" and "match" in details:
        parts.append("hashes match the recorded ones" if details["match"] else "HASH MISMATCH")
    if kind == "disposition" and details.get("method"):
        parts.append(f"method: {details['method']}")
    if ev.get("cosigned_by"):
        parts.append("countersigned by " + ", ".join(ev["cosigned_by"]))
    if ev.get("tz"):
        parts.append(f"local time zone {ev['tz']}")
    parts.append(f"recorded by {ev.get('actor_name')} as journal entry #{ev['seq']}")
    return "; ".join(parts) + "."


def to_case_uco(doc: dict[str, Any]) -> dict[str, Any]:
    """The CASE/UCO JSON-LD document of a case export (see the module docstring)."""
    for key in ("vault_id", "case", "items"):
        if key not in doc:
            raise BadInput(f"The case export has no {key!r}; it cannot be converted to CASE.")
    return _Mapper(doc).run()


def encode(doc: dict[str, Any]) -> bytes:
    """The JSON-LD document as UTF-8 JSON text."""
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
