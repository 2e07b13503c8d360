"""Start-up time of Scellé to a visible window: packaged app against the virtual env.

Two methods (docs/PACKAGING.md, "Measurements"); each prints the median of --runs:

``x11 PROGRAM…``
    Starts an Xvfb server, then runs each PROGRAM (e.g. /usr/bin/scelle and
    .venv/bin/scelle, in turns so that they share the machine's load) with
    QT_QPA_PLATFORM=xcb and times from the process's start to the moment the X server
    maps its first top-level window (a MapNotify seen on the root window): the window a
    person would see. It needs no change to the app, so it times the packaged program
    exactly as installed. Needs Xvfb (apt-get install xvfb).

``probe``
    Runs this interpreter's Scellé (the virtual env) offscreen in a child process that
    installs an event filter before ``scelle.gui.app.run`` starts the GUI; at the first
    Show event of a top-level window (the start, unlock or main window, whichever the
    app opens first) it prints a line and quits via QTimer.singleShot(0, quit).
    Times from the child's start to that line. (A frozen app cannot run this probe
    without a hook in the app itself: see docs/PACKAGING.md.)

    .venv/bin/python packaging/measure_startup.py x11 /usr/bin/scelle .venv/bin/scelle
    .venv/bin/python packaging/measure_startup.py probe
"""

from __future__ import annotations

import argparse
import ctypes
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class _X11:
    """Just enough Xlib, through ctypes, to see top-level windows being mapped."""

    def __init__(self, display: str) -> None:
        self.lib = ctypes.CDLL("libX11.so.6")
        self.lib.XOpenDisplay.restype = ctypes.c_void_p
        self.lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.lib.XDefaultRootWindow.restype = ctypes.c_ulong
        self.lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self.lib.XFlush.argtypes = [ctypes.c_void_p]
        self.lib.XPending.argtypes = [ctypes.c_void_p]
        self.lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self.lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
        self.dpy = self.lib.XOpenDisplay(display.encode())
        if not self.dpy:
            raise SystemExit(f"cannot open X display {display}")
        root = self.lib.XDefaultRootWindow(self.dpy)
        self.lib.XSelectInput(self.dpy, root, SUBSTRUCTURE_NOTIFY_MASK)
        self.lib.XFlush(self.dpy)
        self.fd = self.lib.XConnectionNumber(self.dpy)
        self.event = ctypes.create_string_buffer(192)  # sizeof(XEvent) on LP64

    def drain(self) -> None:
        while self.lib.XPending(self.dpy):
            self.lib.XNextEvent(self.dpy, self.event)

    def wait_for_map(self, deadline: float) -> bool:
        """Block until a top-level, non-override-redirect window is mapped."""
        while time.monotonic() < deadline:
            while self.lib.XPending(self.dpy):
                self.lib.XNextEvent(self.dpy, self.event)
                raw = self.event.raw
                kind = int.from_bytes(raw[0:4], sys.byteorder)
                override_redirect = int.from_bytes(raw[48:52], sys.byteorder)
                if kind == MAP_NOTIFY and not override_redirect:
                    return True
            select.select([self.fd], [], [], 0.005)
        return False


def measure_x11(programs: list[str], runs: int, warmup: int) -> dict[str, list[float]]:
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is needed: apt-get install xvfb")
    display = ":98"
    server = subprocess.Popen(
        ["Xvfb", display, "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
        stderr=subprocess.DEVNULL,
    )
    times: dict[str, list[float]] = {program: [] for program in programs}
    try:
        time.sleep(1.0)
        x11 = _X11(display)
        home = tempfile.mkdtemp(prefix="scelle-measure-")
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "SCELLE_HOME": home}
        # Round after round, each program once, so that they share the machine's load.
        for i in range(warmup + runs):
            for program in programs:
                x11.drain()
                start = time.perf_counter()
                process = subprocess.Popen(
                    [program], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
                shown = x11.wait_for_map(time.monotonic() + 30)
                elapsed = time.perf_counter() - start
                process.terminate()
                process.wait(timeout=10)
                if not shown:
                    raise SystemExit(f"{program}: no window within 30 s")
                if i >= warmup:
                    times[program].append(elapsed)
        shutil.rmtree(home, ignore_errors=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return times


_CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])

class FirstShow(QObject):
    done = False
    def eventFilter(self, obj, event):
        if (
            not self.done
            and event.type() == QEvent.Type.Show
            and isinstance(obj, QWidget)
            and obj.isWindow()
            and obj.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        ):
            self.done = True
            print("shown", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

probe = FirstShow()
app.installEventFilter(probe)
from scelle.gui.app import run
sys.exit(run(sys.argv[:1]))
"""


def measure_probe(runs: int, warmup: int) -> list[float]:
    home = tempfile.mkdtemp(prefix="scelle-measure-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SCELLE_HOME": home}
    times: list[float] = []
    for i in range(warmup + runs):
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-c", _CHILD], env=env, stdout=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 30)
        line = process.stdout.readline() if ready else ""
        elapsed = time.perf_counter() - start
        if line.strip() != "shown":
            process.kill()
            raise SystemExit("the probe saw no window within 30 s")
        process.wait(timeout=30)
        if i >= warmup:
            times.append(elapsed)
    shutil.rmtree(home, ignore_errors=True)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description="Scellé start-up time to a visible window.")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--warmup", type=int, default=1, help="runs not counted (page cache)")
    sub = parser.add_subparsers(dest="method", required=True)
    x11 = sub.add_parser("x11", help="time each PROGRAM to its first mapped window (Xvfb)")
    x11.add_argument("program", nargs="+", help="e.g. /usr/bin/scelle .venv/bin/scelle")
    sub.add_parser("probe", help="time this interpreter's Scellé to the first Show event")
    args = parser.parse_args()
    if args.method == "x11":
        results = measure_x11(args.program, args.runs, args.warmup)
    else:
        results = {f"{sys.executable} (offscreen probe)": measure_probe(args.runs, args.warmup)}
    for label, times in results.items():
        print(
            f"{label}: median {statistics.median(times):.3f} s, min {min(times):.3f} s, "
            f"max {max(times):.3f} s over {len(times)} runs"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
