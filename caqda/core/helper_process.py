"""A second process for Python work that can be split in two, on a machine with a core to spare.

Rendering a large report is Python work, one item at a time, and Python runs one thread at a
time: on the 50 MB project the Word export spent 2-2.5 s of its 3.5-5 s rendering 300,000
segments on one core of two (issue 9). A second process takes half of such work.

It cannot read the project itself: an open project holds its file with an exclusive lock
(``project.py``). So the caller writes what the second process needs, as pickles, to a
temporary input file (``send``), and asks it to run a module's function on that file
(``run``) while it does its own half; the function writes its output to a temporary file the
caller then owns (``finish``), and returns a small picklable result.

The process is started at once (``start``), so that its interpreter and the function's module
load (~0.2-0.3 s) while the caller reads the project. It is started by ``spawn``, never
``fork``: a fork copies whatever Qt's and SQLite's threads hold at that moment. The frozen app
calls ``multiprocessing.freeze_support()`` first thing (``packaging/caqda_entry.py``) so that
its executable acts as the second interpreter. As with any ``spawn``, the second interpreter
runs the caller's main script again unless it is guarded by ``if __name__ == "__main__"``
(``python -m caqda``, the ``caqda`` command and pytest are). If the process cannot start or
dies, ``run`` or ``finish`` raises :class:`HelperFailed`, and the caller can do the work
itself from what it sent (``sent``); it closes the files (``close``) whatever happens, which
ends a process still running.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import multiprocessing
import os
import pickle
import tempfile
import traceback
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import IO, Any

_PREFIX = "caqda-helper-"
_log = logging.getLogger(__name__)
# How large (segments, codings) a job must be before a second process is worth starting
# (~0.1-0.3 s to start and load, while the caller reads the project). The environment variable
# sets another threshold: the packaged app's check uses 1.
SECOND_PROCESS_FROM = int(os.environ.get("CAQDA_SECOND_PROCESS_FROM", "40000"))


def start_helper(amount: int, module: str, threshold: int) -> HelperProcess | None:
    """A second process loading ``module``, started now (it loads while the caller reads the
    project), for a job of ``amount`` items; None when the job is below ``threshold``, the
    machine has one core, or no process can be started (then one process does it all)."""
    if amount < threshold or (os.cpu_count() or 1) < 2:
        return None
    try:
        return HelperProcess.start(module)
    except OSError as error:  # a limit on processes: the job takes longer, nothing more
        _log.warning("caqda could not start a second process (%s); this takes longer.", error)
        return None


class HelperFailed(RuntimeError):
    """The second process stopped or raised; the message says how."""


class HelperProcess:
    """A second process that runs one function on what it is sent."""

    def __init__(self, module: str) -> None:
        context = multiprocessing.get_context("spawn")
        self._connection, child_end = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(child_end, module), name="caqda-helper", daemon=True
        )
        self._input: IO[bytes] | None = None
        self._paths: list[str] = []
        self._process.start()
        child_end.close()

    @classmethod
    def start(cls, module: str) -> HelperProcess:
        """Start a process that loads ``module`` (the one ``run`` will name) meanwhile."""
        return cls(module)

    def send(self, item: Any) -> None:
        """Add ``item`` (picklable) to what the function will read, in order."""
        if self._input is None:
            self._input = self._temporary("input-")
        pickle.dump(item, self._input, protocol=pickle.HIGHEST_PROTOCOL)

    def run(self, module: str, function: str) -> None:
        """Have the second process run ``module.function(items, output)`` on what was sent,
        while the caller goes on: ``items`` yields what was sent, ``output`` is a binary
        file to write to. Nothing can be sent after."""
        if self._input is None:
            self._input = self._temporary("input-")
        self._input.close()
        output = self._temporary("output-")
        output.close()
        try:
            self._connection.send((module, function, self._paths[0], output.name))
        except OSError as error:
            raise self._failed() from error

    def finish(self) -> tuple[Any, IO[bytes]]:
        """Wait for the function ``run`` started; return its result and its output file, open
        for reading (deleted once closed, or by ``close``)."""
        try:
            outcome, value = self._connection.recv()
        except (EOFError, OSError) as error:
            raise self._failed() from error
        if outcome != "done":
            raise HelperFailed(f"caqda's second process failed: {value}")
        self._process.join(timeout=5)
        return value, open(self._paths[1], "rb")  # the caller's to close

    def _failed(self) -> HelperFailed:
        return HelperFailed(f"caqda's second process stopped unexpectedly ({_how(self._process)}).")

    def sent(self) -> Iterator[Any]:
        """What was sent, read back: for the caller to do the work itself when ``run`` or
        ``finish`` failed (the second process is only a way to finish sooner)."""
        if self._input is None:
            return iter(())
        self._input.close()
        return _items(open(self._paths[0], "rb"))

    def close(self) -> None:
        """End the process if it still runs, and delete the temporary files (an output file
        ``finish`` returned stays readable while open, as deleted files do here)."""
        with contextlib.suppress(OSError):
            self._connection.close()
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=5)
        if self._input is not None:
            self._input.close()
        for path in self._paths:
            with contextlib.suppress(OSError):
                os.unlink(path)

    def _temporary(self, kind: str) -> IO[bytes]:
        file = tempfile.NamedTemporaryFile(prefix=_PREFIX + kind, delete=False)  # noqa: SIM115
        self._paths.append(file.name)
        return file


def _how(process: multiprocessing.process.BaseProcess) -> str:
    process.join(timeout=1)
    code = process.exitcode
    if code is None:
        return "it did not answer"
    return f"exit status {code}" if code >= 0 else f"ended by signal {-code}"


def _serve(connection: Connection, module: str) -> None:
    """The second process: load ``module`` at once, then run the one function asked for."""
    with contextlib.suppress(Exception):  # if it cannot load, the job says why below
        importlib.import_module(module)
    try:
        job = connection.recv()
    except EOFError:  # the caller gave up before asking
        return
    module_name, function_name, input_path, output_path = job
    try:
        function = getattr(importlib.import_module(module_name), function_name)
        with open(input_path, "rb") as source, open(output_path, "r+b") as output:
            result = function(_items(source), output)
        connection.send(("done", result))
    except BaseException as error:  # told to the caller, which raises it in its own words
        # The message names the error and where it was raised, never the text being rendered.
        where = traceback.extract_tb(error.__traceback__)[-1:] if error.__traceback__ else []
        place = f" at {where[0].filename.rsplit(os.sep, 1)[-1]}:{where[0].lineno}" if where else ""
        connection.send(("failed", f"{type(error).__name__}{place}"))
    finally:
        connection.close()


def _items(source: IO[bytes]) -> Iterator[Any]:
    with source:
        while True:
            try:
                yield pickle.load(source)
            except EOFError:
                return
