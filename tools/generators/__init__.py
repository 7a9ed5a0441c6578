"""Image generators are plugins: each registers a factory under the ``atelier.generators`` group.

A plugin module exposes ``register_generators(register)`` and is listed under the
``atelier.generators`` entry-point group; ``register(name, factory, description=...)`` adds one
generator, where ``factory(settings) -> Generator``. The built-ins (procedural, a1111, comfyui,
openai) register the same way. ``ATELIER_GENERATOR`` names the one to use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from memory.settings import Settings
from tools.errors import InvalidInput
from tools.generators.base import Generator, GeneratorError
from tools.registry import load_plugins

ENTRY_POINT_GROUP = "atelier.generators"

GeneratorFactory = Callable[[Settings], Generator]


@dataclass(frozen=True)
class GeneratorPlugin:
    name: str
    factory: GeneratorFactory
    description: str = ""


class GeneratorRegistry:
    def __init__(self) -> None:
        self.generators: dict[str, GeneratorPlugin] = {}

    def register(self, name: str, factory: GeneratorFactory, *, description: str = "") -> GeneratorPlugin:
        """Add a generator: ``factory(settings)`` builds it when ATELIER_GENERATOR names it."""
        key = name.strip().lower()
        if not key:
            raise ValueError("a generator needs a name")
        if key in self.generators:
            raise ValueError(f"generator {key!r} is registered twice")
        plugin = GeneratorPlugin(key, factory, description)
        self.generators[key] = plugin
        return plugin

    def __contains__(self, name: str) -> bool:
        return name in self.generators

    def __iter__(self):
        return iter(self.generators.values())

    def known(self) -> str:
        return ", ".join(sorted(self.generators))


_registry: GeneratorRegistry | None = None


def get_generator_registry() -> GeneratorRegistry:
    """Every generator from the ``atelier.generators`` entry points, loaded once per process."""
    global _registry
    if _registry is None:
        registry = GeneratorRegistry()
        load_plugins(ENTRY_POINT_GROUP, "register_generators", registry.register)
        _registry = registry
    return _registry


def build_generator(settings: Settings) -> Generator:
    """The generator ATELIER_GENERATOR names, built from the settings; one clear sentence if not."""
    registry = get_generator_registry()
    name = (settings.generator or "").strip().lower()
    plugin = registry.generators.get(name)
    if plugin is None:
        raise InvalidInput(f"ATELIER_GENERATOR is '{settings.generator}', which is not a known "
                           f"generator; use one of: {registry.known()}")
    try:
        return plugin.factory(settings)
    except GeneratorError as error:  # e.g. a server URL that is missing or malformed
        raise InvalidInput(str(error)) from None


__all__ = ["ENTRY_POINT_GROUP", "GeneratorRegistry", "build_generator", "get_generator_registry"]
