#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CallScope authors
# SPDX-License-Identifier: MIT
"""Checks HAR files against the HAR 1.2 JSON Schema in tests/data/har/schema (see its README).

Usage: validate_har.py FILE...   Exit 0 when every file is valid; 1 with each error on stderr.
Formats are checked: request.url must be a URI (RFC 3986, by rfc3987), which a plain schema run skips.
"""
import json
import pathlib
import sys

import jsonschema
import rfc3987  # noqa: F401 (imported so that a missing package fails here, not as an unchecked "uri")

SCHEMA_DIR = pathlib.Path(__file__).resolve().parent.parent / "data" / "har" / "schema"


def validator():
    store = {}
    for path in SCHEMA_DIR.glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        store[schema["$id"]] = schema
        store[schema["$id"].rstrip("#")] = schema
    root = store["har.json#"]
    resolver = jsonschema.RefResolver(base_uri="har.json#", referrer=root, store=store)
    checker = jsonschema.Draft6Validator.FORMAT_CHECKER
    if "uri" not in checker.checkers:
        sys.exit("validate_har.py: this jsonschema cannot check the uri format (install python3-rfc3987)")
    return jsonschema.Draft6Validator(root, resolver=resolver, format_checker=checker)


def main(files):
    check = validator()
    failed = False
    for name in files:
        with open(name, encoding="utf-8") as f:
            har = json.load(f)  # strict: Python's parser refuses what is not JSON
        for error in sorted(check.iter_errors(har), key=lambda e: list(e.absolute_path)):
            failed = True
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{name}: {where}: {error.message}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
