#!/usr/bin/env python3
"""Writes the built-in metadata of one CPython version from that Python's own modules.

Run it with the Python whose metadata you want (e.g. ~/.pyenv/versions/3.12.1/bin/python3):

    python3.12 generate_from_python.py            # writes cpython-3.12.json, opcodes-3.12.json
    python3.13 generate_from_python.py --check    # compares with the files already here

Sources, all part of the running Python installation:
- specialized instruction names: `_opcode_metadata._specialized_opmap` (3.13+) or
  `opcode._specialized_instructions` (3.12);
- instruction numbers (only 3.12 writes numbered counter keys): `dis._all_opname` (3.12);
- `_stats_defines`: the `#define EVAL_CALL_<NAME> <N>` lines of the installed `pystats.h`.
`_defines` (`SPEC_FAIL_...`) live in `Python/specialize.c`, which an installation does not
ship; they are left empty here unless the file already has them (3.13+ files come from
pipeline JSON files, see README.md).
"""
import json
import os
import re
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
VERSION = f"{sys.version_info.major}.{sys.version_info.minor}"


def specialized_instructions():
    try:
        import _opcode_metadata  # 3.13+
        return [name for name in _opcode_metadata._specialized_opmap if "__" not in name]
    except ImportError:
        import opcode  # 3.12
        return [name for name in opcode._specialized_instructions if "__" not in name]


def stats_defines():
    include = sysconfig.get_paths()["include"]
    table = {}
    for candidate in ("cpython/pystats.h", "pystats.h"):
        path = os.path.join(include, candidate)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as header:
            for line in header:
                match = re.match(r"\s*#\s*define\s+EVAL_CALL_(\w+)\s+(\d+)\s*$", line)
                if match:
                    table.setdefault(match.group(2), []).append(match.group(1))
        if table:
            return table
    raise SystemExit(f"no EVAL_CALL_ defines in {include}")


def opcode_numbers():
    try:
        import _opcode_metadata  # noqa: F401  3.13+ writes names, not numbers
        return None
    except ImportError:
        import dis
    names = dis._all_opname
    return {"version": sys.version.split()[0], "opname": list(names[:256])}


def main():
    check = "--check" in sys.argv[1:]
    metadata_path = os.path.join(HERE, f"cpython-{VERSION}.json")
    existing = {}
    if os.path.exists(metadata_path):
        with open(metadata_path, encoding="utf-8") as f:
            existing = json.load(f)
    metadata = {
        "_specialized_instructions": specialized_instructions(),
        "_stats_defines": stats_defines(),
        "_defines": existing.get("_defines", {}),
    }
    outputs = {metadata_path: metadata}
    numbers = opcode_numbers()
    if numbers is not None:
        outputs[os.path.join(HERE, f"opcodes-{VERSION}.json")] = numbers
    failed = False
    for path, value in outputs.items():
        text = json.dumps(value, indent=1) + "\n"
        if check:
            with open(path, encoding="utf-8") as f:
                same = json.load(f) == value
            print(f"{os.path.basename(path)}: {'same' if same else 'DIFFERENT'}")
            failed |= not same
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {os.path.basename(path)}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
