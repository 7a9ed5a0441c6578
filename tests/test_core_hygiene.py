"""The headless core never imports a front-end library, and `atelier --help` stays light."""

from __future__ import annotations

import subprocess
import sys

CORE_MODULES = [
    "memory.store", "memory.blobs", "tools.registry", "tools.sessions", "tools.generations",
    "tools.library", "tools.posts", "tools.credits", "tools.retention", "tools.state", "channels.cli",
]


def test_core_does_not_import_front_ends():
    probe = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}: importlib.import_module(name)\n"
        "from tools.registry import get_registry; get_registry()\n"
        "import pkgutil, agent\n"
        "for info in pkgutil.walk_packages(agent.__path__, 'agent.'):\n"
        "    importlib.import_module(info.name)\n"
        "leaks = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'slack_bolt', 'slack_sdk'))\n"
        "print(','.join(leaks))\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == ""


def test_help_imports_no_heavy_library():
    probe = (
        "import sys\nfrom channels.cli import build_parser\nbuild_parser().format_help()\n"
        "heavy = ('langgraph', 'langchain_core', 'chromadb', 'PIL', 'numpy', 'sqlite_utils', 'textual', 'openai')\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == ""


def test_every_tool_has_a_description_and_schema():
    from tools.registry import get_registry

    for tool in get_registry():
        assert tool.description, tool.name
        schema = tool.args_model.model_json_schema()
        assert schema["type"] == "object", tool.name


def test_only_the_settings_module_reads_the_environment():
    """One Settings object holds every piece of configuration; nothing else reads os.environ."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readers = re.compile(r"\bos\.environ\b|\bos\.getenv\b|\bgetenv\(")
    offenders = [str(path.relative_to(root)) for package in ("agent", "tools", "memory", "channels", "tui")
                 for path in sorted((root / package).rglob("*.py"))
                 if path != root / "memory" / "settings.py" and readers.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
