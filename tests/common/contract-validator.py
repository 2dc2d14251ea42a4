#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the sandbox city's answers against docs/api/openapi.yaml (the contract).

Used by every API test through tests/common/contractcheck.h: started once per test process,
it reads one JSON object per line on stdin

    {"method": "GET", "path": "/v1/requests/12", "status": 200,
     "content_type": "application/json", "body": "<the body, UTF-8 text or empty>",
     "headers": {"<lower-case name>": "<value>", …}}

and answers one JSON line {"checked": true|false, "errors": ["…", …]}. `checked` is false for
paths outside the API's base path (/dev/, /provider/: not part of the contract).

What is checked, with python3-jsonschema (Draft 2020-12, the dialect of OpenAPI 3.1):
- the operation (method + path template) exists in the contract; an answer for no operation
  must be an error (status >= 400) with the `Error` schema;
- the status is one the operation declares (exact, `4XX`-style or `default`), or one the
  contract's conventions give every operation (400, 413, 415, 500: the `Error` schema);
- the Content-Type is one the response declares; a response without content has no body;
- the headers the response marks `required: true` are there, with a value of their schema
  (an integer header holds digits), and `Vary` names Accept-Language (conventions);
- a JSON body is valid against the response's schema, formats included (date-time, uuid,
  email, uri), and has no member the contract does not name (where an object lists its
  `properties` and allows no others by `additionalProperties`): a client must not come to
  rely on what only the sandbox sends.
With --self-test it checks that it does refuse answers that are wrong. With the environment
variable EGUICHET_CONTRACT_SEEN=FILE it appends "METHOD /template STATUS" per checked answer to
FILE (which operations and statuses the API tests reach: `--coverage FILE` summarises).
"""
import os
import json
import re
import sys
from datetime import datetime
from urllib.parse import urlsplit

import yaml
from jsonschema import Draft202012Validator, FormatChecker, RefResolver

# Statuses the contract's conventions ("Conventions (all operations)") allow on any operation.
CONVENTION_STATUSES = {400, 413, 415, 500}
ERROR_REF = {"$ref": "#/components/schemas/Error"}
# Error.err_class by status (the contract's description of err_class).
ERR_CLASS = {400: "bad_request", 413: "bad_request", 415: "bad_request", 401: "auth",
             403: "forbidden", 404: "not_found", 409: "conflict", 422: "validation",
             429: "rate_limited"}

_RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def format_checker():
    checker = FormatChecker(formats=())

    @checker.checks("date-time")
    def _date_time(value):
        if not isinstance(value, str):
            return True
        if not _RFC3339.match(value):
            return False
        datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        return True

    @checker.checks("uuid")
    def _uuid(value):
        return not isinstance(value, str) or bool(_UUID.match(value))

    @checker.checks("email")
    def _email(value):
        return not isinstance(value, str) or bool(re.match(r"^[^@\s]+@[^@\s]+$", value))

    @checker.checks("uri")
    def _uri(value):
        return not isinstance(value, str) or bool(urlsplit(value).scheme)

    return checker


class Contract:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.doc = yaml.safe_load(f)
        self.base = urlsplit(self.doc["servers"][0]["url"]).path.rstrip("/")
        self.resolver = RefResolver(base_uri="", referrer=self.doc)
        self.formats = format_checker()
        # Literal paths before templated ones, so /services/{slug}/schema never eats a literal.
        self.routes = []
        for template, item in self.doc["paths"].items():
            pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
            self.routes.append((template.count("{"), re.compile(pattern), template, item))
        self.routes.sort(key=lambda r: r[0])

    def seen(self, line):
        target = os.environ.get("EGUICHET_CONTRACT_SEEN")
        if target:
            with open(target, "a", encoding="utf-8") as f:
                f.write(line + "\n")

    def coverage(self, seen_file):
        """Prints each operation's declared statuses, marked by whether an answer had them."""
        with open(seen_file, encoding="utf-8") as f:
            seen = {tuple(line.split()) for line in f if line.strip()}
        reached = total = 0
        for template, item in self.doc["paths"].items():
            for method, op in item.items():
                if not isinstance(op, dict) or "responses" not in op:
                    continue
                for status in op["responses"]:
                    total += 1
                    hit = (method.upper(), template, str(status)) in seen
                    reached += hit
                    print(f"{'x' if hit else ' '} {method.upper()} {template} {status}")
        print(f"{reached} of {total} declared answers reached")
        return 0

    def validate(self, schema, value):
        validator = Draft202012Validator(
            schema, resolver=self.resolver, format_checker=self.formats)
        out = []
        for e in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in e.absolute_path) or "(body)"
            out.append(f"{where}: {e.message[:300]}")
        return out

    def deref(self, obj):
        while isinstance(obj, dict) and "$ref" in obj:
            obj = self.resolver.resolve(obj["$ref"])[1]
        return obj

    def check(self, method, path, status, content_type, body, headers=None):
        """(checked, errors) for one answer; headers: lower-case names (None: not checked)."""
        path = urlsplit(path).path
        if path != self.base and not path.startswith(self.base + "/"):
            return False, []
        local = path[len(self.base):] or "/"
        what = f"{method} {path} -> {status}"
        operation = template = None
        for _, pattern, tmpl, item in self.routes:
            if pattern.match(local) and method.lower() in item:
                operation, template = item[method.lower()], tmpl
                break
        if operation is None:
            if status < 400:
                return True, [f"{what}: no such operation in the contract"]
            return True, self.body_errors(what, {"application/json": {"schema": ERROR_REF}},
                                          content_type, body)
        responses = operation.get("responses", {})
        response = (responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
                    or responses.get("default"))
        if response is None:
            if status in CONVENTION_STATUSES:
                response = {"content": {"application/json": {"schema": ERROR_REF}}}
            else:
                declared = ", ".join(sorted(responses))
                return True, [f"{what}: status {status} is not in the contract for "
                              f"{method} {template} (declared: {declared})"]
        self.seen(f"{method} {template} {status}")
        response = self.deref(response)
        errors = self.body_errors(what, response.get("content"), content_type, body)
        if headers is not None:
            errors += self.header_errors(what, response.get("headers", {}), headers)
        return True, errors

    def header_errors(self, what, declared, headers):
        out = []
        if "accept-language" not in headers.get("vary", "").lower():
            out.append(f"{what}: no 'Vary: Accept-Language' (conventions)")
        for name, header in declared.items():
            header = self.deref(header)
            value = headers.get(name.lower())
            if value is None:
                if header.get("required"):
                    out.append(f"{what}: the required header {name} is missing")
                continue
            schema = header.get("schema", {})
            if self.deref(schema).get("type") == "integer":
                if not re.fullmatch(r"\d+", value):
                    out.append(f"{what}: header {name} '{value}' is not an integer")
                    continue
                value = int(value)
            out += [f"{what}: header {name}: {e}" for e in self.validate(schema, value)]
        return out

    def body_errors(self, what, content, content_type, body):
        if not content:
            return [] if not body else [f"{what}: a body where the contract declares none"]
        media = (content_type or "").split(";")[0].strip().lower()
        if media not in content:
            return [f"{what}: Content-Type '{content_type}' is not one the contract declares "
                    f"({', '.join(content)})"]
        schema = content[media].get("schema")
        if media != "application/json" or schema is None:
            return []
        try:
            value = json.loads(body)
        except ValueError as e:
            return [f"{what}: the body is not JSON ({e})"]
        errors = [f"{what}: {e}" for e in self.validate(schema, value)]
        errors += self.error_class_errors(what, value)
        if not errors:
            errors = [f"{what}: {e}" for e in self.undeclared(schema, value, "")]
        return errors

    def error_class_errors(self, what, value):
        """The contract's Error.err_class is given by the status (its description)."""
        if not isinstance(value, dict) or value.get("err") != 1:
            return []
        status = int(what.rsplit(" ", 1)[1])
        expected = ERR_CLASS.get(status, "server" if status >= 500 else None)
        if expected and value.get("err_class") != expected:
            return [f"{what}: err_class '{value.get('err_class')}' where the status gives "
                    f"'{expected}'"]
        return []

    def declared(self, schema, value):
        """(names, subschemas by name, open) of an object schema for this value: allOf merged,
        the oneOf/anyOf branches the value matches; open when any part allows other names."""
        schema = self.deref(schema)
        names, subs, open_ = set(), {}, False
        if not isinstance(schema, dict):
            return names, subs, True
        parts = [schema] + list(schema.get("allOf", []))
        for key in ("oneOf", "anyOf"):
            parts += [b for b in schema.get(key, []) if Draft202012Validator(
                self.deref(b), resolver=self.resolver).is_valid(value)]
        for part in parts:
            part = self.deref(part)
            if part is not schema:
                n, sub, o = self.declared(part, value)
                names |= n
                open_ |= o
                for k, v in sub.items():
                    subs.setdefault(k, []).extend(v)
                continue
            for k, v in part.get("properties", {}).items():
                names.add(k)
                subs.setdefault(k, []).append(v)
            if part.get("additionalProperties") not in (None, False):
                open_ = True
                for k in value:
                    if k not in part.get("properties", {}):
                        subs.setdefault(k, []).append(part["additionalProperties"])
        has_shape = any("properties" in self.deref(p) or "allOf" in self.deref(p)
                        or "oneOf" in self.deref(p) for p in parts)
        return names, subs, open_ or not has_shape

    def undeclared(self, schema, value, path):
        """Members the sandbox sends that the contract does not name (drift: a client could
        come to rely on what a real city never sends)."""
        out = []
        schema = self.deref(schema)
        if isinstance(value, dict):
            names, subs, open_ = self.declared(schema, value)
            for k, v in value.items():
                where = f"{path}/{k}" if path else k
                if k not in names and not open_:
                    out.append(f"{where}: not in the contract (undeclared member)")
                for sub in subs.get(k, []):
                    out += self.undeclared(sub, v, where)
        elif isinstance(value, list) and isinstance(schema, dict):
            items = [schema.get("items")] + [self.deref(p).get("items") for p in schema.get("allOf", [])]
            for i, v in enumerate(value):
                for sub in filter(None, items):
                    out += self.undeclared(sub, v, f"{path}/{i}")
        return sorted(set(out))


def self_test(contract):
    """The validator must refuse what is wrong, or a green API test would mean nothing."""
    ok = json.dumps({"err": 0, "data": [{"slug": "etat-civil", "title": "État civil"}]})
    cases = [
        (True, ("GET", "/v1/categories", 200, "application/json", ok)),
        (False, ("GET", "/v1/categories", 200, "application/json",
                 json.dumps({"err": 0, "data": [{"slug": 12}]}))),
        (False, ("GET", "/v1/categories", 200, "text/html", ok)),
        (False, ("GET", "/v1/categories", 201, "application/json", ok)),
        (False, ("GET", "/v1/nowhere", 200, "application/json", ok)),
        (True, ("GET", "/v1/nowhere", 404, "application/json", json.dumps(
            {"err": 1, "err_class": "not_found", "err_code": "not_found", "err_desc": "…",
             "errors": {}}))),
        (False, ("GET", "/v1/nowhere", 404, "application/json", json.dumps({"err": 1}))),
        (False, ("GET", "/v1/payments/7", 200, "application/json", json.dumps(
            {"err": 0, "data": {"payment_id": "7", "created_at": "yesterday"}}))),
        (False, ("GET", "/v1/payments/7", 200, "application/json", json.dumps(
            {"err": 0, "data": {"payment_id": "7", "status": "lost"}}))),
    ]
    vary = {"vary": "Accept-Language"}
    created = json.dumps({"err": 0, "data": {
        "payment_id": "7", "method": "qr", "status": "pending", "amount_cents": 300,
        "currency": "EUR", "request_ids": ["1"], "created_at": "2026-12-05T10:00:00Z",
        "updated_at": "2026-12-05T10:00:00Z"}})
    cases += [
        (True, ("GET", "/v1/categories", 200, "application/json", ok, vary)),
        (False, ("GET", "/v1/categories", 200, "application/json", ok, {})),
        (True, ("POST", "/v1/payments", 201, "application/json", created,
                {**vary, "location": "/v1/payments/7"})),
        (False, ("POST", "/v1/payments", 201, "application/json", created, vary)),
        (False, ("GET", "/v1/categories", 200, "application/json",
                 json.dumps({"err": 0, "data": [{"slug": "a", "title": "A", "secret": 1}]}))),
        (False, ("GET", "/v1/payments/7", 200, "application/json",
                 created.replace('"qr"', '"qr", "psp": {"card_number": "4111"}'))),
        (False, ("GET", "/v1/nowhere", 404, "application/json", json.dumps(
            {"err": 1, "err_class": "validation", "err_code": "not_found", "err_desc": "…",
             "errors": {}}))),
        (False, ("GET", "/v1/nowhere", 404, "application/json", json.dumps(
            {"err": 1, "err_class": "not_found", "err_code": "no_such_code", "err_desc": "…",
             "errors": {}}))),
    ]
    failures = 0
    for expect_ok, args in cases:
        checked, errors = contract.check(*args)
        if not checked or (not errors) != expect_ok:
            failures += 1
            print(f"self-test: {args[:4]} gave {errors or 'no error'}", file=sys.stderr)
    print(f"contract-validator self-test: {len(cases) - failures} passed, {failures} failed")
    return 1 if failures else 0


def main():
    if len(sys.argv) < 2:
        print("usage: contract-validator.py OPENAPI.yaml [--self-test]", file=sys.stderr)
        return 2
    contract = Contract(sys.argv[1])
    if "--self-test" in sys.argv[2:]:
        return self_test(contract)
    if len(sys.argv) > 3 and sys.argv[2] == "--coverage":
        return contract.coverage(sys.argv[3])
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            a = json.loads(line)
            checked, errors = contract.check(a["method"].upper(), a["path"], int(a["status"]),
                                             a.get("content_type", ""), a.get("body", ""),
                                             a.get("headers"))
        except Exception as e:  # a bug here must fail the test, never pass it
            checked, errors = True, [f"contract validator error: {type(e).__name__}: {e}"]
        print(json.dumps({"checked": checked, "errors": errors}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
