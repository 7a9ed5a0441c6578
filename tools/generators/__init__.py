"""Image generators. The procedural renderer is the embedded default; others when configured."""

from __future__ import annotations

from tools.generators.base import Generator, GeneratorError

KNOWN_GENERATORS = ("procedural",)


def build_generator(name: str) -> Generator:
    """The generator named by ATELIER_GENERATOR."""
    if name == "procedural":
        from tools.generators.procedural import ProceduralGenerator

        return ProceduralGenerator()
    raise GeneratorError(
        f"generator '{name}' is not available in this build; use one of: {', '.join(KNOWN_GENERATORS)}"
    )
