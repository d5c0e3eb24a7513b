#!/usr/bin/env python3
"""Build the Python wheels of pystats with nothing but the standard library.

    python3 packaging/python/build_wheel.py --binary PUBLISH/pystats [--duckdb PUBLISH/libduckdb.so] --out DIR

A wheel is a zip: the package, `{name}-{version}.data/` for files installed outside
site-packages, and `{name}-{version}.dist-info/` with METADATA, WHEEL and RECORD (sha256 of every
file). Two wheels:

- cpython-pystats: the module cpython_pystats (API + `python -m`) and the Native AOT executable as
  the script `pystats` (`.data/scripts/`): pip installs it executable into the environment's bin/,
  so `pystats` on PATH *is* the native program, with no Python start-up in front of it.
- cpython-pystats-history (only with --duckdb): libduckdb.so for `pystats history`, installed as
  <prefix>/lib/pystats/libduckdb.so beside <prefix>/bin/pystats, so the core wheel stays small.
  `pip install cpython-pystats[history]` pulls it in.

The platform tag is computed from the executables: manylinux_2_N_x86_64 where 2.N is the newest
glibc symbol version they need (that is what the manylinux tags promise; pip checks the running
glibc against it). The version comes from VERSION at the repository root. Entries are sorted and
dated SOURCE_DATE_EPOCH (else 1980-01-01), so the same inputs give the same bytes.
"""

import argparse
import base64
import hashlib
import io
import os
import re
import struct
import sys
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

SUMMARY = "Reports on the counters of a CPython built with --enable-pystats (native pystats executable)."
HISTORY_SUMMARY = "The history store library (DuckDB) for `pystats history`."
DESCRIPTION = """\
pystats turns the counters of a CPython built with `--enable-pystats` into reports: CPython's own
`Tools/scripts/summarize_stats.py` report byte for byte, comparisons of runs and benchmark suites,
CI checks, HTML, JSON and CSV. This wheel carries the native (ahead-of-time compiled) executable,
installed as `pystats`; it needs no .NET runtime.

    pystats /tmp/py_stats/                   # report of one run
    pystats base/ head/                      # comparison
    python -m cpython_pystats base/ head/    # the same
    python -c "import cpython_pystats; print(cpython_pystats.run(['--help']).stdout)"
"""


class BuildError(Exception):
    pass


# ---------------------------------------------------------------- the platform tag


SHT_GNU_VERNEED = 0x6FFFFFFE


def glibc_requirement(path):
    """The newest GLIBC_2.N symbol version the ELF file needs, as (2, N); (2, 17) when none."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise BuildError(f"{path}: not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    newest = (2, 17)
    for _name, kind, _flags, _addr, offset, _size, link, count, _align, _entsize in sections:
        if kind != SHT_GNU_VERNEED:
            continue
        strtab = sections[link][4]
        entry = offset
        for _ in range(count):  # Verneed entries, each with a chain of Vernaux (one per version)
            _version, aux_count, _file, aux, following = struct.unpack_from("<HHIII", data, entry)
            at = entry + aux
            for _ in range(aux_count):
                _hash, _aflags, _other, name, aux_next = struct.unpack_from("<IHHII", data, at)
                end = data.index(b"\0", strtab + name)
                match = re.fullmatch(rb"GLIBC_(\d+)\.(\d+)", data[strtab + name:end])
                if match:
                    newest = max(newest, (int(match.group(1)), int(match.group(2))))
                at += aux_next
            entry += following
    return newest


def platform_tag(*executables):
    major, minor = max(glibc_requirement(path) for path in executables)
    return f"manylinux_{major}_{minor}_x86_64"


# ---------------------------------------------------------------- wheel writing


def record_hash(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")


def zip_date():
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return (1980, 1, 1, 0, 0, 0)
    return time.gmtime(max(int(epoch), 315532800))[:6]


class Wheel:
    """The files of one wheel; write() adds METADATA, WHEEL and RECORD and zips them."""

    def __init__(self, name, version, tag):
        self.name = name  # distribution name, e.g. cpython-pystats
        self.version = version
        self.tag = tag
        self.stem = name.replace("-", "_") + "-" + version
        self.files = {}  # archive path -> (bytes, executable)

    def add(self, path, data, executable=False):
        self.files[path] = (data, executable)

    def add_file(self, path, source, executable=False):
        with open(source, "rb") as f:
            self.add(path, f.read(), executable)

    def filename(self):
        return f"{self.stem}-{self.tag}.whl"

    def write(self, out_dir, metadata):
        dist_info = self.stem + ".dist-info"
        self.add(f"{dist_info}/METADATA", metadata.encode("utf-8"))
        self.add(
            f"{dist_info}/WHEEL",
            (
                "Wheel-Version: 1.0\n"
                "Generator: pystats packaging/python/build_wheel.py\n"
                "Root-Is-Purelib: false\n"
                f"Tag: {self.tag}\n"
            ).encode("ascii"),
        )
        licence = os.path.join(ROOT, "LICENSE")
        self.add_file(f"{dist_info}/LICENSE", licence)
        record_path = f"{dist_info}/RECORD"
        # dist-info last, RECORD last of all, as the wheel format recommends.
        order = sorted(self.files, key=lambda p: (p.startswith(dist_info), p))
        record = io.StringIO()
        for path in order:
            data, _ = self.files[path]
            record.write(f"{path},{record_hash(data)},{len(data)}\n")
        record.write(f"{record_path},,\n")
        self.files[record_path] = (record.getvalue().encode("utf-8"), False)
        order.append(record_path)

        target = os.path.join(out_dir, self.filename())
        temporary = target + ".tmp"
        date = zip_date()
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for path in order:
                data, executable = self.files[path]
                info = zipfile.ZipInfo(path, date_time=date)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # Unix: the mode below is read by pip (it keeps the exec bit)
                info.external_attr = (0o100755 if executable else 0o100644) << 16
                archive.writestr(info, data)
        os.replace(temporary, target)
        return target


def package_sources(package, version):
    """The .py files of a package directory beside this script, with @VERSION@ filled in."""
    directory = os.path.join(HERE, package)
    for name in sorted(os.listdir(directory)):
        if name.endswith(".py"):
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                text = f.read()
            yield f"{package}/{name}", text.replace("@VERSION@", version).encode("utf-8")


def metadata(name, version, summary, extra_lines=()):
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {name}",
        f"Version: {version}",
        f"Summary: {summary}",
        "License: MIT",
        "Classifier: License :: OSI Approved :: MIT License",
        "Classifier: Operating System :: POSIX :: Linux",
        "Classifier: Programming Language :: Python :: 3",
        "Requires-Python: >=3.8",
        *extra_lines,
        "Description-Content-Type: text/markdown",
    ]
    return "\n".join(lines) + "\n\n" + DESCRIPTION


def build_core(binary, version, tag, out_dir):
    wheel = Wheel("cpython-pystats", version, tag)
    for path, data in package_sources("cpython_pystats", version):
        wheel.add(path, data)
    # The native executable is the `pystats` script: pip copies .data/scripts/* into bin/ and
    # keeps the executable bit. No console_scripts entry point: its Python wrapper would put the
    # interpreter's start-up in front of every run.
    wheel.add_file(f"{wheel.stem}.data/scripts/pystats", binary, executable=True)
    extra = ["Provides-Extra: history", f'Requires-Dist: cpython-pystats-history=={version}; extra == "history"']
    return wheel.write(out_dir, metadata(wheel.name, version, SUMMARY, extra))


def build_history(library, version, tag, out_dir):
    wheel = Wheel("cpython-pystats-history", version, tag)
    for path, data in package_sources("cpython_pystats_history", version):
        wheel.add(path, data)
    # .data/data/ installs relative to the environment's prefix: <prefix>/lib/pystats/libduckdb.so.
    wheel.add_file(f"{wheel.stem}.data/data/lib/pystats/libduckdb.so", library)
    extra = [f"Requires-Dist: cpython-pystats=={version}"]
    return wheel.write(out_dir, metadata(wheel.name, version, HISTORY_SUMMARY, extra))


def read_version():
    with open(os.path.join(ROOT, "VERSION"), encoding="ascii") as f:
        version = f.read().strip()
    if not re.fullmatch(r"\d+(\.\d+)*([ab]|rc)?\d*", version):
        raise BuildError(f"VERSION: {version!r} is not a plain version such as 1.2.3")
    return version


def main(argv=None):
    parser = argparse.ArgumentParser(description="Build the pystats wheels (standard library only).")
    parser.add_argument("--binary", required=True, help="the Native AOT pystats executable (linux-x64)")
    parser.add_argument("--duckdb", help="libduckdb.so: also build the cpython-pystats-history wheel")
    parser.add_argument("--out", required=True, help="directory for the .whl files")
    parser.add_argument("--platform", help="platform tag instead of the computed manylinux_2_N_x86_64")
    args = parser.parse_args(argv)
    try:
        version = read_version()
        for path in filter(None, (args.binary, args.duckdb)):
            if not os.path.isfile(path):
                raise BuildError(f"{path}: no such file")
        os.makedirs(args.out, exist_ok=True)
        core_tag = "py3-none-" + (args.platform or platform_tag(args.binary))
        print(build_core(args.binary, version, core_tag, args.out))
        if args.duckdb:
            history_tag = "py3-none-" + (args.platform or platform_tag(args.duckdb))
            print(build_history(args.duckdb, version, history_tag, args.out))
    except (BuildError, OSError, ValueError, struct.error) as error:
        print(f"build_wheel: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
