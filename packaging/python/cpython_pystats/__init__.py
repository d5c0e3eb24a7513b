"""pystats for Python: the native pystats executable, installed by this wheel, and a tiny API.

The wheel installs the Native AOT executable itself as the `pystats` script (no Python start-up
on that path). From Python:

    import cpython_pystats
    done = cpython_pystats.run(["base/", "head/", "--format", "json"])
    done.returncode, done.stdout

`python -m cpython_pystats ARGS` runs the same executable with the same arguments and exit code.
"""

import os
import sys

# subprocess and csv (which imports re) are imported only where needed: `python -m cpython_pystats`
# only reads RECORD and execs, and every import here is start-up time on that path.

__all__ = ["binary_path", "run", "__version__"]

# Replaced by packaging/python/build_wheel.py with the version in the repository's VERSION file.
__version__ = "@VERSION@"

_DIST_INFO = "cpython_pystats-" + __version__ + ".dist-info"
_EXECUTABLE = "pystats.exe" if os.name == "nt" else "pystats"
_found = None


class BinaryNotFoundError(FileNotFoundError):
    """The pystats executable of this installation is missing (a broken or partial install)."""


def _record_candidates(site_dir):
    # pip writes every installed file into RECORD relative to site-packages, the script too
    # (e.g. ../../../bin/pystats): the exact place for any install scheme (venv, --user, --prefix).
    try:
        with open(os.path.join(site_dir, _DIST_INFO, "RECORD"), newline="", encoding="utf-8") as record:
            lines = record.read().splitlines()
    except OSError:
        return
    for line in lines:
        if line.startswith('"'):  # a quoted path (it has a comma or a quote): the csv module's job
            import csv

            path = next(csv.reader([line]))[0]
        else:
            path = line.rsplit(",", 2)[0]
        if os.path.basename(path) == _EXECUTABLE:
            yield os.path.normpath(os.path.join(site_dir, path))


def _candidates():
    site_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    yield from _record_candidates(site_dir)
    import sysconfig

    yield os.path.join(sysconfig.get_path("scripts"), _EXECUTABLE)


def binary_path():
    """The full path of the pystats executable this package installed."""
    global _found
    if _found is None:
        looked = []
        for candidate in _candidates():
            if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
                _found = candidate
                break
            looked.append(candidate)
        else:
            raise BinaryNotFoundError(
                "the pystats executable of cpython-pystats is missing (looked at "
                + ", ".join(looked)
                + "); reinstall: pip install --force-reinstall cpython-pystats"
            )
    return _found


def _environment():
    """The environment for the executable: the history store's library when its wheel is installed."""
    env = os.environ
    if "PYSTATS_DUCKDB_LIB" not in env:
        try:
            import cpython_pystats_history
        except ImportError:
            return env
        library = cpython_pystats_history.library_path()
        if library:
            env = dict(env, PYSTATS_DUCKDB_LIB=library)
    return env


def run(args, *, capture_output=True, text=True, check=False, **kwargs):
    """Run pystats with ARGS (strings or paths); returns subprocess.CompletedProcess.

    By default stdout and stderr are captured as UTF-8 text; pass capture_output=False to let
    them through, check=True to raise CalledProcessError on a non-zero exit status. Other keyword
    arguments go to subprocess.run.
    """
    import subprocess

    command = [binary_path()] + [os.fspath(arg) for arg in args]
    if text and "encoding" not in kwargs:
        kwargs["encoding"] = "utf-8"
    kwargs.setdefault("env", _environment())
    return subprocess.run(command, capture_output=capture_output, text=text, check=check, **kwargs)


def main(argv=None):
    """`python -m cpython_pystats ARGS`: become pystats (POSIX exec: same pid, exit code, signals)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        executable = binary_path()
    except BinaryNotFoundError as error:
        print("pystats: " + str(error), file=sys.stderr)
        return 127
    env = _environment()
    if os.name == "posix":
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(executable, [executable] + argv, env)
    import subprocess

    return subprocess.call([executable] + argv, env=env)
