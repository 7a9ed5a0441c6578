"""Sessions with known content for the search and reflection tests, written as an import would."""

from __future__ import annotations

import io
import json

from PIL import Image

from memory.clock import new_id
from tools.context import Context

THEMES = {
    "forest": ["misty pine forest at dawn", "fog rolling through a dark forest", "moss covered trees in a quiet forest",
               "sunbeams through forest fog", "an old forest path in mist"],
    "city": ["neon city street at night", "rainy city alley with neon signs", "a city skyline glowing at night",
             "crowded night market in the city", "city rooftops under neon light"],
    "portrait": ["portrait of an old fisherman", "close-up portrait of a smiling child", "studio portrait of a dancer",
                 "portrait of a woman in a red scarf", "candid portrait of a street musician"],
}
WARM, COOL = (222, 110, 40), (40, 90, 210)


def _image(colour: tuple[int, int, int], variant: int) -> bytes:
    image = Image.new("RGB", (64, 64), colour)
    # A second, smaller colour keeps the quantiser honest.
    image.paste(tuple(max(0, c - 60) for c in colour), (0, 0, 16 + variant % 8, 16))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def add_session(ctx: Context, name: str, prompts: list[str], *, colours=None, settings=None, model="sdxl",
                start_minute: int = 0, with_images: bool = True) -> str:
    """A session holding one generation per prompt, a minute apart, each with a real PNG file."""
    session_id = new_id("ses")
    with ctx.store.transaction():
        ctx.store.insert("sessions", {
            "id": session_id, "workspace_id": ctx.workspace_id, "name": name, "kind": "visual",
            "created_at": "2026-05-01T09:00:00+00:00", "last_used_at": "2026-05-01T09:00:00+00:00"})
        for n, prompt in enumerate(prompts, 1):
            sha = ext = None
            if with_images:
                colour = colours[n - 1] if colours else WARM
                sha, ext = ctx.blobs.put_bytes(_image(colour, n), ".png"), ".png"
            minute = start_minute + n
            ctx.store.insert("generations", {
                "id": new_id("gen"), "workspace_id": ctx.workspace_id, "session_id": session_id, "idx": n,
                "prompt": prompt, "seed": n, "model": model, "provider": "procedural", "width": 768,
                "height": 512, "settings": json.dumps((settings or {}) if not callable(settings) else settings(n)),
                "blob_sha256": sha, "file_ext": ext,
                "created_at": f"2026-05-{1 + minute // 1440:02d}T{(minute // 60) % 24:02d}:{minute % 60:02d}:00+00:00"})
    ctx.current_session_id = session_id
    return session_id


def three_theme_prompts(count: int = 60) -> list[str]:
    """``count`` prompts cycling through the three themes (variants of each so none is a copy)."""
    names = list(THEMES)
    return [THEMES[names[n % 3]][(n // 3) % 5] + (", cinematic lighting" if n % 2 else "") for n in range(count)]
