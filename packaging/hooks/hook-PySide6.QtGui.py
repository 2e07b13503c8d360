"""Scellé's override of PyInstaller's hook for PySide6.QtGui.

PyInstaller's own hook (hook-PySide6.QtGui.py) collects every plugin type that QtGui may
load: all platforms, image formats, input contexts, platform themes and so on, together
with everything those plugins link to. A hook in the spec's ``hookspath`` replaces the
built-in one, so this file does what that hook does and then leaves out the plugins that
packaging/scelle.spec names in ``hooksconfig["scelle-qt"]`` *before* PyInstaller analyses
their shared-library dependencies (filtering ``a.binaries`` afterwards would keep those
dependencies: QtPdf for the PDF image plugin, QtQuick for the virtual keyboard, GTK's
stack for the GTK theme, and so on).
"""

from pathlib import Path

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, _binaries, datas = add_qt6_dependencies(__file__)


def _stem(filename):
    stem = Path(filename).name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def hook(hook_api):
    drop_dirs = set(get_hook_config(hook_api, "scelle-qt", "drop_plugin_dirs") or ())
    drop = set(get_hook_config(hook_api, "scelle-qt", "drop_plugins") or ())
    kept = []
    for src, dest in _binaries:
        parts = Path(dest).parts
        plugin_type = "/".join(parts[parts.index("plugins") + 1 :]) if "plugins" in parts else ""
        if plugin_type in drop_dirs or _stem(src) in drop:
            continue
        kept.append((src, dest))
    hook_api.add_binaries(kept)
