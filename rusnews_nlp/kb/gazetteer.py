"""Checks of a user gazetteer's records (``--kb FILE``), before the knowledge base is built.

A gazetteer is written by hand, so its mistakes must come back as a message naming the file,
the line and the field (``newsroom.jsonl:3: "aliases" must be a list of strings``), not as a
traceback from deep inside the index, and never be read in a way that changes their meaning:
``"aliases": "Петров"`` is one alias, not six one-letter ones.
"""

from __future__ import annotations

from typing import Any, Mapping

#: Record types, and the fields each needs (non-empty strings).
REQUIRED: Mapping[str, tuple[str, ...]] = {
    "PER": ("id", "name"),
    "ORG": ("id", "name"),
    "LOC": ("id", "name"),
    "POSITION": ("id", "name"),
    "ROLE_PHRASE": ("phrase", "role"),
}

#: Fields that hold one string (or null).
TEXT_FIELDS = ("id", "type", "name", "full_name", "first", "surname", "gender", "kind",
               "head_role", "wikidata", "phrase", "role")

#: Fields that hold a list of strings; a single string is taken as a one-item list.
LIST_FIELDS = ("aliases", "adjectives", "descriptors", "implies")

#: Where a record came from (``file:line``), kept in the record for later messages.
WHERE = "_where"


class GazetteerError(ValueError):
    """A gazetteer record that cannot be used; the message starts with ``file:line``."""


def record_type(rec: Mapping[str, Any]) -> str:
    """``type``, else the prefix of the id (``per:…`` -> ``PER``)."""
    return str(rec.get("type") or str(rec.get("id") or "").split(":", 1)[0]).upper()


def check_record(rec: Any, where: str) -> dict[str, Any]:
    """The record with list fields as lists and its origin under ``WHERE``; raises
    ``GazetteerError`` naming ``where`` and the field at the first problem."""
    def fail(problem: str) -> GazetteerError:
        return GazetteerError(f"{where}: {problem}")

    if not isinstance(rec, dict):
        raise fail(f"a record must be a JSON object, not {_kind(rec)}")
    rtype = record_type(rec)
    if rtype not in REQUIRED:
        if not rec.get("type") and not rec.get("id"):
            raise fail('the record has no "id" (and no "type")')
        raise fail(f"unknown record type {rtype!r}: use one of {', '.join(REQUIRED)}")
    for name in TEXT_FIELDS:
        if rec.get(name) is not None and not isinstance(rec[name], str):
            raise fail(f'"{name}" must be a string, not {_kind(rec[name])}')
    for name in REQUIRED[rtype]:
        if not (rec.get(name) or "").strip():
            raise fail(f'a {rtype} record needs a non-empty "{name}"'
                       + (f" ({rec['id']})" if name != "id" and rec.get("id") else ""))
    out = dict(rec)
    for name in LIST_FIELDS:
        value = rec.get(name)
        if value is None:
            continue
        if isinstance(value, str):
            out[name] = [value] if value.strip() else []
        elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f'"{name}" must be a list of strings, not {_kind(value)}')
    if "roles" in rec:
        out["roles"] = _check_roles(rec["roles"], fail)
    out[WHERE] = where
    return out


def _check_roles(roles: Any, fail) -> list[Any]:
    if roles is None:
        return []
    if not isinstance(roles, list):
        raise fail('"roles" must be a list of {"role": …, "start": …, "end": …} objects, '
                   f"not {_kind(roles)}")
    for n, role in enumerate(roles, 1):
        if not isinstance(role, dict):
            raise fail(f'role {n} must be an object with "role", "start", "end", '
                       f"not {_kind(role)}")
        if not isinstance(role.get("role"), str) or not role["role"].strip():
            raise fail(f'role {n} needs a non-empty "role" phrase')
        for bound in ("start", "end"):
            if role.get(bound) is not None and not isinstance(role[bound], (str, int)):
                raise fail(f'role {n}: "{bound}" must be a date string or null')
    return roles


def _kind(value: Any) -> str:
    """How a JSON value is called in a message."""
    if isinstance(value, bool):
        return "a boolean"
    return {dict: "an object", list: "a list", str: "a string", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)
