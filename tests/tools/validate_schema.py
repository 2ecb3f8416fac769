#!/usr/bin/env python3
"""Validates project files against resources/twinloom-project.schema.json.

usage: validate_schema.py SCHEMA FILE... [--expect-invalid]

Exits 0 when every file is valid (or, with --expect-invalid, when every file is invalid), and
prints each problem with its JSON pointer otherwise.
"""
import json
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit("validate_schema.py: python3-jsonschema is missing; run scripts/setup")


def pointer(path):
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def main(argv):
    expect_invalid = "--expect-invalid" in argv
    args = [a for a in argv if a != "--expect-invalid"]
    if len(args) < 2:
        sys.exit(__doc__)
    with open(args[0], encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    failed = False
    for name in args[1:]:
        with open(name, encoding="utf-8") as f:
            document = json.load(f)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        if expect_invalid:
            if not errors:
                print(f"{name}: expected to be invalid, but the schema accepts it")
                failed = True
            else:
                print(f"{name}: rejected as expected ({len(errors)} problem(s), first at {pointer(errors[0].path)})")
            continue
        for e in errors:
            print(f"{name}:{pointer(e.path)}: {e.message}")
        failed = failed or bool(errors)
        if not errors:
            print(f"{name}: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
