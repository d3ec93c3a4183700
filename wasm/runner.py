"""Run one listing under Pyodide the way `python main.py` runs it.

The one way of running a listing in WebAssembly: the page's Run button (theme/run.js, through
wasm/worker.mjs) and the test harness (tests/support/wasm.rs, through wasm/node.mjs) both load
this file with wasm/engine.mjs and call `run`. One interpreter runs many listings one after the
other, so each run gets what a fresh `python main.py` would have and leaves nothing behind:

- a fresh `__main__` module whose globals are laid out as CPython lays them out for a script
  (`__file__` is DIR/main.py, so tracebacks name the listing's file, and no frame of this file
  shows in them); cwd = DIR, sys.path[0] = DIR, sys.argv = ['main.py'];
- stdout and stderr are one ordered stream (as the harness's single pipe), unbuffered and UTF-8
  like PYTHONUNBUFFERED=1 PYTHONIOENCODING=utf-8, with a cap on its size (OutputLimit);
- stdin is empty (as the harness's /dev/null): input() raises EOFError, and the run says that
  the program asked for input;
- an uncaught exception is printed by sys.excepthook and exits with status 1; SystemExit sets
  the status (a message goes to stderr, status 1), as CPython's own handler does;
- at the end, what interpreter shutdown would do: atexit callbacks, then the module's globals
  are let go (their __del__ methods run) and cycles collected;
- then the interpreter's state is put back: sys.modules (modules the listing imported are
  forgotten), builtins, cwd, os.environ, sys.path/argv/std streams/hooks, the recursion
  limit, the switch interval, the garbage collector's settings and warnings filters.
"""

import atexit
import builtins
import gc
import io
import os
import sys
import time
import types
import warnings
from importlib.machinery import SourceFileLoader


class OutputLimit(BaseException):
    """The program printed more than the page (or the harness) keeps: it is stopped."""


class _Stream(io.RawIOBase):
    """The raw layer under sys.stdout / sys.stderr: hands every write to `emit(name, text)`."""

    def __init__(self, name, fd, state):
        self._name = name
        self._fd = fd
        self._state = state

    def writable(self):
        return True

    def fileno(self):
        return self._fd

    def isatty(self):
        return False

    def write(self, b):
        data = bytes(b)
        self._state.write(self._name, data.decode("utf-8", "replace"))
        return len(data)


class _Stdin(io.RawIOBase):
    """An empty stdin that remembers being read (input() gets EOF, as under /dev/null)."""

    def __init__(self, state):
        self._state = state

    def readable(self):
        return True

    def fileno(self):
        return 0

    def isatty(self):
        return False

    def readinto(self, b):
        self._state.stdin_read = True
        return 0


class _State:
    def __init__(self, emit, limit):
        self.emit = emit
        self.limit = limit
        self.chars = 0
        self.limited = False
        self.stdin_read = False

    def write(self, name, text):
        if self.limited:
            raise OutputLimit()
        room = self.limit - self.chars
        if len(text) > room:
            text = text[:room]
            self.limited = True
        self.chars += len(text)
        if text:
            self.emit(name, text)
        if self.limited:
            raise OutputLimit()


def _text_stream(raw, errors):
    return io.TextIOWrapper(
        raw, encoding="utf-8", errors=errors, line_buffering=False, write_through=True
    )


def _exit_status(exc, stderr):
    """What CPython's handler does with an uncaught SystemExit: the status, or print + 1."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF if code >= 0 else code % 256
    try:
        stderr.write(str(code) + "\n")
    except OutputLimit:
        raise
    except BaseException:
        pass
    return 1


def _print_exception(exc, skip_frames):
    tb = exc.__traceback__
    for _ in range(skip_frames):
        if tb is not None:
            tb = tb.tb_next
    sys.last_exc = exc  # as PyErr_Print does
    try:
        sys.excepthook(type(exc), exc, tb)
    finally:
        del sys.last_exc


def _save():
    return {
        "modules": dict(sys.modules),
        "builtins": dict(builtins.__dict__),
        "cwd": os.getcwd(),
        "environ": dict(os.environ),
        "path": list(sys.path),
        "argv": list(sys.argv),
        "streams": (sys.stdin, sys.stdout, sys.stderr),
        "hooks": (sys.excepthook, sys.displayhook, sys.unraisablehook, sys.breakpointhook),
        "recursion": sys.getrecursionlimit(),
        "switch": sys.getswitchinterval(),
        "gc": (gc.isenabled(), gc.get_threshold(), gc.get_debug()),
        "warnings": list(warnings.filters),
        "trace": (sys.gettrace(), sys.getprofile()),
    }


def _restore(s):
    sys.modules.clear()
    sys.modules.update(s["modules"])
    builtins.__dict__.clear()
    builtins.__dict__.update(s["builtins"])
    try:
        os.chdir(s["cwd"])
    except OSError:
        pass
    os.environ.clear()
    os.environ.update(s["environ"])
    sys.path[:] = s["path"]
    sys.argv[:] = s["argv"]
    sys.stdin, sys.stdout, sys.stderr = s["streams"]
    sys.excepthook, sys.displayhook, sys.unraisablehook, sys.breakpointhook = s["hooks"]
    sys.setrecursionlimit(s["recursion"])
    sys.setswitchinterval(s["switch"])
    enabled, threshold, debug = s["gc"]
    (gc.enable if enabled else gc.disable)()
    gc.set_threshold(*threshold)
    gc.set_debug(debug)
    warnings.filters[:] = s["warnings"]
    getattr(warnings, "_filters_mutated", lambda: None)()
    sys.settrace(s["trace"][0])
    sys.setprofile(s["trace"][1])
    atexit._clear()


def _main_module(filename):
    """`__main__` as CPython sets it up for `python main.py` (the order of its globals too)."""
    main = types.ModuleType("__main__")
    d = main.__dict__  # __name__, __doc__, __package__, __loader__, __spec__
    d["__builtins__"] = builtins
    d["__file__"] = filename
    d["__cached__"] = None
    d["__loader__"] = SourceFileLoader("__main__", filename)
    return main


def run(code, directory, emit, limit=200_000, env=None):
    """Run `code` as DIR/main.py. `emit(stream, text)` receives the output in order.

    Returns a dict: exit (the status `python main.py` would exit with), limited (the output
    reached `limit` characters and the program was stopped), stdin_read (it asked for input),
    ms (how long the program itself took).
    """
    state = _State(emit, limit)
    directory = directory.rstrip("/") or "/"
    filename = directory + "/main.py"
    os.makedirs(directory, exist_ok=True)
    with open(filename, "w", encoding="utf-8") as f:
        f.write(code)
    saved = _save()
    stdout = _text_stream(_Stream("stdout", 1, state), "strict")
    stderr = _text_stream(_Stream("stderr", 2, state), "backslashreplace")
    stdin = io.TextIOWrapper(io.BufferedReader(_Stdin(state)), encoding="utf-8")
    status = 0
    start = time.perf_counter()
    try:
        os.chdir(directory)
        os.environ.update(env or {})
        sys.path.insert(0, directory)
        sys.argv[:] = ["main.py"]
        sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr
        sys.__stdout__, sys.__stderr__ = stdout, stderr
        atexit._clear()
        main = _main_module(filename)
        sys.modules["__main__"] = main
        try:
            compiled = compile(code, filename, "exec", dont_inherit=True)
        except SyntaxError as e:
            _print_exception(e, 1)  # no frame at all: CPython prints only the error
            status = 1
        else:
            status = _execute(compiled, main, stderr)
        del main
        status = _shutdown(status, stderr)
    except OutputLimit:
        status = 1
    finally:
        ms = (time.perf_counter() - start) * 1000
        sys.__stdout__, sys.__stderr__ = saved["streams"][1], saved["streams"][2]
        _restore(saved)
    return {
        "exit": status,
        "limited": state.limited,
        "stdin_read": state.stdin_read,
        "ms": ms,
    }


def _execute(compiled, main, stderr):
    try:
        exec(compiled, main.__dict__)
    except SystemExit as e:
        return _exit_status(e, stderr)
    except OutputLimit:
        raise
    except BaseException as e:
        _print_exception(e, 1)  # the frame of this function is not the listing's
        return 1
    return 0


def _shutdown(status, stderr):
    """What Py_FinalizeEx does after the script: atexit callbacks, flush, then __main__ goes."""
    try:
        atexit._run_exitfuncs()
    except OutputLimit:
        raise
    except SystemExit as e:
        status = _exit_status(e, stderr)
    sys.stdout.flush()
    # CPython sets sys.modules' entries to None and collects: the module's globals live in a
    # cycle with its functions, so the collector finalizes them (their __del__ runs, with the
    # globals still there) before it clears them.
    sys.modules["__main__"] = None
    gc.collect()
    return status
