"""The embedded default generator: a seeded procedural Pillow renderer. It is NOT an AI model.

It turns a prompt into abstract generative art (gradients, orbs, bands, rings, ribbons, blocks)
so that Atelier works offline with no model and no network. Colour words in the prompt ("red",
"teal", "gold", "sunset", ...) pick real hues; the other words hash to a palette and a
composition; the seed moves the layout. The same request always gives the same PNG bytes.

Every PNG says what it is: a ``Software`` chunk reading "Atelier procedural renderer (not an AI
model)", an A1111-style ``parameters`` chunk, and an ``atelier`` iTXt chunk of JSON that carries
the request and every key of ``request.embed`` (written by tools/generators/png.py, as for every
generator). For video sessions it makes short animated WebP clips.
"""

from __future__ import annotations

import colorsys
import hashlib
import math
import random
import re
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image

from tools.generators.base import (
    SEED_LIMIT,
    GeneratedImage,
    GenerationCancelled,
    ImageRequest,
    ProgressCallback,
    check_side_range,
)
from tools.generators.png import (
    ATELIER_KEY,
    atelier_metadata,
    encode_png,
    encode_webp_animation,
    metadata_json,
)

RENDERER_NOTE = "Atelier procedural renderer (not an AI model)"
MODEL_NAME = "procedural"
# Bump when the drawing changes, so stored bytes can be told apart from a re-render.
RENDERER_VERSION = 1
MIN_SIDE, MAX_SIDE, SIDE_STEP = 64, 2048, 8
# Video sessions get short looping clips: a slow drift of the same composition.
CLIP_FRAMES, CLIP_FRAME_MS, CLIP_MAX_SIDE = 12, 100, 1024

HSV = tuple[float, float, float]  # hue in degrees, saturation and value in 0..1

COLOUR_WORDS: dict[str, HSV] = {
    "red": (0, 0.85, 0.85), "crimson": (348, 0.85, 0.75), "scarlet": (5, 0.9, 0.9),
    "maroon": (350, 0.8, 0.45), "ruby": (345, 0.85, 0.7), "coral": (12, 0.65, 0.95),
    "salmon": (8, 0.5, 0.95), "rust": (15, 0.8, 0.6), "copper": (22, 0.75, 0.75),
    "orange": (28, 0.9, 0.95), "peach": (25, 0.45, 0.98), "brown": (25, 0.65, 0.45),
    "bronze": (32, 0.7, 0.65), "tan": (32, 0.4, 0.8), "sepia": (30, 0.45, 0.55),
    "ochre": (38, 0.75, 0.75), "beige": (38, 0.25, 0.9), "sand": (40, 0.35, 0.88),
    "amber": (42, 0.9, 0.95), "gold": (46, 0.8, 0.9), "golden": (46, 0.8, 0.9),
    "yellow": (56, 0.85, 0.97), "lemon": (58, 0.75, 0.98), "olive": (65, 0.6, 0.5),
    "lime": (90, 0.8, 0.9), "sage": (110, 0.25, 0.7), "green": (125, 0.7, 0.7),
    "emerald": (145, 0.8, 0.7), "jade": (150, 0.55, 0.65), "mint": (150, 0.4, 0.92),
    "teal": (178, 0.8, 0.6), "turquoise": (174, 0.7, 0.85), "aqua": (182, 0.7, 0.92),
    "cyan": (188, 0.85, 0.95), "azure": (205, 0.75, 0.95), "cobalt": (218, 0.9, 0.75),
    "blue": (222, 0.85, 0.9), "sapphire": (225, 0.85, 0.7), "navy": (228, 0.85, 0.4),
    "indigo": (250, 0.75, 0.55), "lavender": (265, 0.35, 0.92), "violet": (272, 0.65, 0.85),
    "purple": (285, 0.7, 0.7), "plum": (300, 0.5, 0.55), "magenta": (310, 0.85, 0.9),
    "fuchsia": (318, 0.85, 0.92), "pink": (335, 0.45, 0.97), "rose": (345, 0.55, 0.92),
}

# Scene words that imply colours when the prompt names none explicitly.
MOOD_WORDS: dict[str, tuple[str, ...]] = {
    "sunset": ("orange", "pink", "purple"), "sunrise": ("gold", "peach", "rose"),
    "dusk": ("violet", "coral", "indigo"), "ocean": ("blue", "teal", "aqua"),
    "sea": ("blue", "teal", "aqua"), "underwater": ("teal", "cyan", "navy"),
    "forest": ("green", "emerald", "olive"), "jungle": ("emerald", "lime", "teal"),
    "fire": ("red", "orange", "gold"), "flame": ("orange", "red", "amber"),
    "lava": ("red", "orange", "maroon"), "ice": ("cyan", "azure", "lavender"),
    "snow": ("azure", "lavender", "mint"), "winter": ("azure", "navy", "lavender"),
    "desert": ("sand", "ochre", "rust"), "autumn": ("orange", "rust", "gold"),
    "spring": ("pink", "lime", "mint"), "neon": ("magenta", "cyan", "violet"),
    "cyberpunk": ("magenta", "cyan", "indigo"), "night": ("navy", "indigo", "violet"),
    "space": ("indigo", "violet", "navy"), "galaxy": ("violet", "magenta", "indigo"),
    "sky": ("azure", "blue", "peach"), "candy": ("pink", "mint", "lemon"),
    "garden": ("green", "pink", "lemon"), "rain": ("cobalt", "teal", "lavender"),
}

DARK_WORDS = frozenset({"dark", "night", "black", "noir", "moody", "shadow", "shadows", "midnight",
                        "space", "gothic", "charcoal", "neon", "cyberpunk", "galaxy"})
LIGHT_WORDS = frozenset({"white", "pale", "light", "pastel", "bright", "airy", "soft", "snow",
                         "minimal", "minimalist"})
# Black and white only set the background's lightness, so "black and gold" stays gold.
GREY_WORDS = frozenset({"grey", "gray", "silver", "monochrome", "charcoal", "muted"})

BACKGROUNDS = ("linear", "radial", "field")
FOREGROUNDS = ("orbs", "bands", "rings", "ribbons", "blocks")
FOREGROUND_WORDS: dict[str, str] = {
    **dict.fromkeys(("planet", "planets", "moon", "sun", "bubble", "bubbles", "orb", "orbs",
                     "sphere", "spheres", "cells", "balloon", "balloons", "stars"), "orbs"),
    **dict.fromkeys(("mountain", "mountains", "hills", "landscape", "valley", "horizon", "dunes",
                     "waves", "beach", "field", "meadow", "canyon"), "bands"),
    **dict.fromkeys(("portal", "eye", "target", "vortex", "ripple", "ripples", "tunnel",
                     "spiral", "halo", "pond"), "rings"),
    **dict.fromkeys(("river", "wind", "flow", "silk", "aurora", "ribbon", "ribbons", "smoke",
                     "hair", "dance", "dancer", "fabric", "water"), "ribbons"),
    **dict.fromkeys(("city", "building", "buildings", "architecture", "bauhaus", "geometric",
                     "cubist", "cube", "robot", "poster", "tower", "street"), "blocks"),
}

_WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, eq=False)
class Palette:
    """Colours as RGB floats in 0..1: a background pair, foreground colours and a sparing accent."""

    background: tuple[np.ndarray, np.ndarray]
    colours: tuple[np.ndarray, ...]
    accent: np.ndarray

    def hex(self) -> list[str]:
        every = (*self.background, *self.colours, self.accent)
        return ["#" + "".join(f"{round(float(c) * 255):02x}" for c in rgb) for rgb in every]


@dataclass(frozen=True)
class Composition:
    background: str
    foreground: str
    palette: Palette


def validate_size(width: int, height: int) -> None:
    """Raise UnsupportedRequest (a ValueError) unless both sides are multiples of 8 in 64..2048."""
    check_side_range(width, height, step=SIDE_STEP, low=MIN_SIDE, high=MAX_SIDE,
                     who="the procedural renderer")


class ProceduralGenerator:
    """Seeded abstract-art renderer used when no real image backend is configured."""

    name = "procedural"
    max_concurrent_jobs = None  # CPU-bound and local: no server to protect
    supports_video = True
    model_name = MODEL_NAME
    job_key = "procedural"

    def check_size(self, width: int, height: int) -> None:
        validate_size(width, height)

    def generate(
        self,
        requests: list[ImageRequest],
        *,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[GeneratedImage]:
        # The renderer picks open seeds itself, so every file records the seed that drew it.
        requests = [r if r.seed is not None else replace(r, seed=secrets.randbelow(2**32))
                    for r in requests]
        # Checked up front so a bad batch fails before any image is made.
        for request in requests:
            validate_size(request.width, request.height)
            if isinstance(request.seed, bool) or not isinstance(request.seed, int) \
                    or not 0 <= request.seed < SEED_LIMIT:
                raise ValueError(f"seed must be an integer from 0 to 2^63-1, got {request.seed!r}")
            metadata_json(procedural_metadata(request))
        return self._render_all(requests, on_progress, cancel)

    def _render_all(
        self,
        requests: list[ImageRequest],
        on_progress: ProgressCallback | None,
        cancel: threading.Event | None,
    ) -> Iterator[GeneratedImage]:
        total = len(requests)
        for done, request in enumerate(requests, start=1):
            if cancel is not None and cancel.is_set():
                raise GenerationCancelled(f"cancelled after {done - 1} of {total} images")
            image = render_clip(request) if request.media_type == "video" else render_image(request)
            if on_progress is not None:
                on_progress(done, total)
            yield image


def procedural_metadata(request: ImageRequest) -> dict:
    return atelier_metadata(request, provider=ProceduralGenerator.name, model=MODEL_NAME,
                            seed=request.seed, extra={"renderer_note": RENDERER_NOTE,
                                                      "renderer_version": RENDERER_VERSION})


def render_image(request: ImageRequest) -> GeneratedImage:
    """Draw one request and wrap it as a PNG with its metadata."""
    validate_size(request.width, request.height)
    composition = choose_composition(request.prompt, request.negative_prompt)
    pixels = draw(composition, request)
    metadata = procedural_metadata(request)
    png = encode_png(
        pixels,
        [
            ("Software", RENDERER_NOTE),
            ("parameters", a1111_parameters(request)),
            (ATELIER_KEY, metadata_json(metadata)),
        ],
    )
    return GeneratedImage(request=request, data=png, mime="image/png", model=MODEL_NAME,
                          provenance=_provenance(metadata, composition), seed=request.seed)


def render_clip(request: ImageRequest) -> GeneratedImage:
    """A short looping animated WebP: the camera pans slowly across a wider drawing."""
    validate_size(request.width, request.height)
    scale = min(1.0, CLIP_MAX_SIDE / max(request.width, request.height))
    width, height = max(8, int(request.width * scale)), max(8, int(request.height * scale))
    composition = choose_composition(request.prompt, request.negative_prompt)
    pan = max(8, width // 4)
    wide = draw(composition, replace(request, width=width + pan, height=height))
    offsets = [round(pan * (0.5 - 0.5 * math.cos(math.tau * i / CLIP_FRAMES))) for i in range(CLIP_FRAMES)]
    frames = [np.ascontiguousarray(wide[:, x:x + width]) for x in offsets]
    metadata = {**procedural_metadata(request), "media_type": "video", "frames": CLIP_FRAMES,
                "frame_ms": CLIP_FRAME_MS}
    data = encode_webp_animation(frames, metadata, frame_ms=CLIP_FRAME_MS)
    return GeneratedImage(request=request, data=data, mime="image/webp", model=MODEL_NAME,
                          provenance=_provenance(metadata, composition), seed=request.seed)


def _provenance(metadata: dict, composition: Composition) -> dict:
    return {**metadata, "background": composition.background, "foreground": composition.foreground,
            "palette": composition.palette.hex()}


def a1111_parameters(request: ImageRequest) -> str:
    """The `parameters` text A1111 writes, so any SD metadata reader can re-import the file."""
    lines = [request.prompt]
    if request.negative_prompt:
        lines.append(f"Negative prompt: {request.negative_prompt}")
    lines.append(
        f"Steps: 1, Sampler: procedural, CFG scale: 0, Seed: {request.seed}, "
        f"Size: {request.width}x{request.height}, Model: {MODEL_NAME}"
    )
    return "\n".join(lines)


# --- palette and composition from the prompt ------------------------------------------------------

def prompt_words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD_RE.findall(text)]


def stable_hash(*parts: object) -> int:
    """A 64-bit hash that, unlike hash(), is the same in every process."""
    text = "\x1f".join(str(part) for part in parts)
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def _rgb(hsv: HSV) -> np.ndarray:
    hue, saturation, value = hsv
    return np.array(colorsys.hsv_to_rgb((hue % 360) / 360, min(max(saturation, 0.0), 1.0),
                                        min(max(value, 0.0), 1.0)), dtype=np.float32)


def named_colours(words: list[str], excluded: set[str]) -> list[HSV]:
    """Colours the prompt names, in order: explicit colour words first, then scene words."""
    explicit = [w for w in words if w in COLOUR_WORDS and w not in excluded]
    implied = [c for w in words if w in MOOD_WORDS and w not in excluded for c in MOOD_WORDS[w]
               if c not in excluded]
    ordered = list(dict.fromkeys(explicit + implied))
    return [COLOUR_WORDS[name] for name in ordered[:4]]


def choose_composition(prompt: str, negative_prompt: str = "") -> Composition:
    """Everything chosen from the words alone, so seeds of one prompt share a look."""
    words = prompt_words(prompt)
    excluded = set(prompt_words(negative_prompt))
    picker = random.Random(stable_hash("composition", " ".join(words)))

    hinted = [FOREGROUND_WORDS[w] for w in words if w in FOREGROUND_WORDS]
    foreground = hinted[0] if hinted else picker.choice(FOREGROUNDS)
    background = picker.choice(BACKGROUNDS)

    word_set = set(words)
    if word_set & DARK_WORDS:
        dark = True
    elif word_set & LIGHT_WORDS:
        dark = False
    else:
        dark = picker.random() < 0.6
    muted = bool(word_set & GREY_WORDS)

    colours = named_colours(words, excluded)
    if not colours:
        colours = _harmony(picker)
    palette = _palette(colours, dark=dark, muted=muted, picker=picker)
    return Composition(background=background, foreground=foreground, palette=palette)


def _harmony(picker: random.Random) -> list[HSV]:
    """Three hues in a classic harmony around a hashed base hue."""
    base = picker.random() * 360
    offsets = picker.choice(((0, 30, -30), (0, 180, 20), (0, 120, 240), (0, 150, 210), (0, 25, 50)))
    saturation = 0.55 + 0.35 * picker.random()
    value = 0.75 + 0.22 * picker.random()
    return [(base + offset, saturation, value) for offset in offsets]


def _palette(colours: list[HSV], *, dark: bool, muted: bool, picker: random.Random) -> Palette:
    primary_hue, primary_sat, primary_val = colours[0]
    if muted:
        colours = [(h, s * 0.3, v) for h, s, v in colours]
        primary_sat *= 0.3
    # The background is the first colour, so a "red" prompt is dominantly red.
    if dark:
        background = (_rgb((primary_hue - 8, primary_sat * 0.9, primary_val * 0.22)),
                      _rgb((primary_hue + 8, primary_sat, primary_val * 0.62)))
    else:
        background = (_rgb((primary_hue - 6, primary_sat * 0.28, 0.97)),
                      _rgb((primary_hue + 6, primary_sat * 0.55, max(primary_val, 0.85))))
    foreground = [_rgb(colours[0]), _rgb((primary_hue + 14, primary_sat * 0.75,
                                          min(1.0, primary_val * 1.1)))]
    for hue, sat, val in colours[1:]:
        foreground.append(_rgb((hue, sat, val)))
    if len(colours) == 1:
        foreground.append(_rgb((primary_hue - 18, primary_sat, primary_val * 0.8)))
    accent_hsv = colours[-1] if len(colours) > 2 else (primary_hue + 180, 0.6, 0.95)
    if picker.random() < 0.5:
        accent_hsv = (primary_hue + 40 * picker.choice((-1, 1)), 0.35, 1.0)
    return Palette(background=background, colours=tuple(foreground), accent=_rgb(accent_hsv))


# --- drawing (numpy at low resolution, then a smooth upscale) ------------------------------------

class _Canvas:
    """Float RGB canvas in short-side units: x in 0..aspect_w, y in 0..aspect_h."""

    def __init__(self, width: int, height: int) -> None:
        short = min(width, height)
        self.short = short
        self.extent = (width / short, height / short)
        self.x = ((np.arange(width, dtype=np.float32) + 0.5) / short)[None, :]
        self.y = ((np.arange(height, dtype=np.float32) + 0.5) / short)[:, None]
        self.edge = 1.3 / short  # soft edge about one low-resolution pixel wide
        self.pixels = np.empty((height, width, 3), dtype=np.float32)

    def soft(self, signed_distance: np.ndarray) -> np.ndarray:
        """Coverage from a signed distance (negative inside), antialiased."""
        return np.clip(0.5 - signed_distance / self.edge, 0.0, 1.0)

    def blend(self, coverage: np.ndarray, colour: np.ndarray, opacity: float = 1.0) -> None:
        weight = (coverage * opacity)[..., None]
        self.pixels += (colour - self.pixels) * weight

    def gradient(self, t: np.ndarray, stops: list[np.ndarray]) -> None:
        """Fill with colours interpolated along t in 0..1 through evenly spaced stops."""
        t = np.clip(t, 0.0, 1.0) * (len(stops) - 1)
        index = np.minimum(t.astype(np.int32), len(stops) - 2)
        frac = (t - index)[..., None]
        table = np.stack(stops)
        self.pixels[...] = table[index] + (table[index + 1] - table[index]) * frac


def _lowres_size(width: int, height: int) -> tuple[int, int]:
    longest = max(width, height)
    factor = 4 if longest >= 256 else 2 if longest >= 128 else 1
    return width // factor, height // factor


def draw(composition: Composition, request: ImageRequest) -> np.ndarray:
    """Render to an (height, width, 3) uint8 array."""
    layout = random.Random(stable_hash("layout", request.seed, request.prompt,
                                       request.negative_prompt))
    low_w, low_h = _lowres_size(request.width, request.height)
    canvas = _Canvas(low_w, low_h)
    palette = composition.palette
    _BACKGROUND_DRAWERS[composition.background](canvas, palette, layout)
    _FOREGROUND_DRAWERS[composition.foreground](canvas, palette, layout)
    _accent_and_vignette(canvas, palette, layout)

    small = np.clip(canvas.pixels * 255.0 + 0.5, 0, 255).astype(np.uint8)
    image = Image.fromarray(small, "RGB")
    if (low_w, low_h) != (request.width, request.height):
        image = image.resize((request.width, request.height), Image.Resampling.BICUBIC)
    return np.asarray(image)


def _background_linear(canvas: _Canvas, palette: Palette, layout: random.Random) -> None:
    angle = layout.random() * math.tau
    bend = 0.15 * (layout.random() - 0.5)
    w, h = canvas.extent
    along = ((canvas.x - w / 2) * math.cos(angle) + (canvas.y - h / 2) * math.sin(angle))
    across = (-(canvas.x - w / 2) * math.sin(angle) + (canvas.y - h / 2) * math.cos(angle))
    t = 0.5 + along / max(w, h) + bend * across * across
    canvas.gradient(t, [palette.background[0], palette.background[1]])


def _background_radial(canvas: _Canvas, palette: Palette, layout: random.Random) -> None:
    w, h = canvas.extent
    cx, cy = w * (0.2 + 0.6 * layout.random()), h * (0.2 + 0.6 * layout.random())
    radius = 0.7 + 0.6 * layout.random()
    distance = np.sqrt((canvas.x - cx) ** 2 + (canvas.y - cy) ** 2)
    canvas.gradient(1.0 - distance / radius, [palette.background[0], palette.background[1]])


def _background_field(canvas: _Canvas, palette: Palette, layout: random.Random) -> None:
    """A smooth marbled field: a few layered sine waves through the background colours."""
    field = np.zeros(np.broadcast_shapes(canvas.x.shape, canvas.y.shape), dtype=np.float32)
    for _ in range(3):
        angle = layout.random() * math.tau
        frequency = 2.0 + 4.0 * layout.random()
        phase = layout.random() * math.tau
        field += np.sin((canvas.x * math.cos(angle) + canvas.y * math.sin(angle)) * frequency
                        + phase)
    # Domain warp once for organic curves.
    field = np.sin(field * (0.9 + 0.6 * layout.random()) + canvas.y * 2.0)
    middle = palette.background[0] * 0.5 + palette.background[1] * 0.5
    canvas.gradient(field * 0.5 + 0.5, [palette.background[0], middle, palette.background[1]])


def _foreground_orbs(canvas: _Canvas, palette: Palette, layout: random.Random) -> None:
    w, h = canvas.extent
    light_x, light_y = -0.35, -0.45  # light from the upper left, as a shading cue
    count = layout.randint(3, 7)
    for index in range(count):
        radius = 0.06 + 0.22 * layout.random() ** 1.5
        cx, cy = w * layout.random(), h * (0.1 + 0.8 * layout.random())
        colour = palette.colours[index % len(palette.colours)]
        dx, dy = canvas.x - cx, canvas.y - cy
        distance = np.sqrt(dx * dx + dy * dy)
        coverage = canvas.soft(distance - radius)
        shade = 0.8 + 0.35 * np.clip(-(dx * light_x + dy * light_y) / radius, -1.0, 1.0)
        weight = (coverage * (0.75 + 0.25 * layout.random()))[..., None]
        canvas.pixels += (np.clip(colour * shade[..., None], 0, 1) - canvas.pixels) * weight


def _foreground_bands(canvas: _Canvas, palette: Palette, layout: random.Random) -> None:
    """Layered wavy strata from the horizon down, like hills or dunes."""
    w, h = canvas.extent
    count = layout.randint(3, 6)
    horizon = h * (0.3 + 0.25 * layout.random())
    for index in range(count):
        level = horizon + (h - horizon) * index / count
        amplitude = 0.02 + 0.08 * layout.random()
        frequency = 1.5 + 5.0 * layout.random()
        phase = layout.random() * math.tau
        surface = level + amplitude * np.sin(canvas.x * frequency + phase) \
            + amplitude * 0.4 * np.sin(canvas.x * frequency * 2.3 + phase * 1.7)
        colour = palette.colours[index % len(palette.colours)] * (0.55 + 0.45 * (index + 1) / count)
        canvas.blend(canvas.soft(surface - canvas.y), colour, 0.92)


def _foreground_rings(canvas: _Canvas, palette: Palette, layout: random.Random) -> None:
    w, h = canvas.extent
    cx, cy = w * (0.25 + 0.5 * layout.random()), h * (0.25 + 0.5 * layout.random())
    distance = np.sqrt((canvas.x - cx) ** 2 + (canvas.y - cy) ** 2)
    spacing = 0.05 + 0.06 * layout.random()
    thickness = spacing * (0.25 + 0.3 * layout.random())
    ring_count = layout.randint(4, 9)
    for index in range(ring_count):
        radius = spacing * (index + 1.5)
        colour = palette.colours[index % len(palette.colours)]
        canvas.blend(canvas.soft(np.abs(distance - radius) - thickness / 2), colour, 0.85)
    core = palette.colours[layout.randrange(len(palette.colours))]
    canvas.blend(canvas.soft(distance - spacing * 0.8), core)


def _foreground_ribbons(canvas: _Canvas, palette: Palette, layout: random.Random) -> None:
    w, h = canvas.extent
    count = layout.randint(3, 6)
    for index in range(count):
        centre = h * (0.15 + 0.7 * layout.random())
        amplitude = 0.05 + 0.2 * layout.random()
        frequency = 1.0 + 3.5 * layout.random()
        phase = layout.random() * math.tau
        width = 0.02 + 0.07 * layout.random()
        path = centre + amplitude * np.sin(canvas.x * frequency + phase)
        # Ribbons swell and thin along their length.
        half = width * (0.6 + 0.4 * np.sin(canvas.x * frequency * 0.5 + phase * 2.0))
        colour = palette.colours[index % len(palette.colours)]
        canvas.blend(canvas.soft(np.abs(canvas.y - path) - half), colour, 0.8)


def _foreground_blocks(canvas: _Canvas, palette: Palette, layout: random.Random) -> None:
    """Overlapping Bauhaus-like rectangles and half discs."""
    w, h = canvas.extent
    count = layout.randint(4, 8)
    for index in range(count):
        colour = palette.colours[index % len(palette.colours)]
        cx, cy = w * layout.random(), h * layout.random()
        if layout.random() < 0.65:
            half_w = 0.05 + 0.22 * layout.random()
            half_h = 0.05 + 0.22 * layout.random()
            inside = np.maximum(np.abs(canvas.x - cx) - half_w, np.abs(canvas.y - cy) - half_h)
        else:
            radius = 0.08 + 0.18 * layout.random()
            distance = np.sqrt((canvas.x - cx) ** 2 + (canvas.y - cy) ** 2) - radius
            side = layout.choice((-1.0, 1.0))
            inside = np.maximum(distance, side * (canvas.y - cy))
        canvas.blend(canvas.soft(inside), colour, 0.9)


def _accent_and_vignette(canvas: _Canvas, palette: Palette, layout: random.Random) -> None:
    w, h = canvas.extent
    # One small accent disc, so complementary colours stay a highlight, never the theme.
    if layout.random() < 0.7:
        cx, cy = w * (0.1 + 0.8 * layout.random()), h * (0.1 + 0.8 * layout.random())
        radius = 0.025 + 0.04 * layout.random()
        distance = np.sqrt((canvas.x - cx) ** 2 + (canvas.y - cy) ** 2)
        canvas.blend(canvas.soft(distance - radius), palette.accent, 0.95)
    off_x, off_y = (canvas.x - w / 2) / w, (canvas.y - h / 2) / h
    canvas.pixels *= (1.0 - 0.45 * (off_x * off_x + off_y * off_y))[..., None]


_BACKGROUND_DRAWERS = {
    "linear": _background_linear,
    "radial": _background_radial,
    "field": _background_field,
}
_FOREGROUND_DRAWERS = {
    "orbs": _foreground_orbs,
    "bands": _foreground_bands,
    "rings": _foreground_rings,
    "ribbons": _foreground_ribbons,
    "blocks": _foreground_blocks,
}


def register_generators(register):
    register("procedural", lambda settings: ProceduralGenerator(),
             description="seeded abstract art from Pillow, offline (not an AI model); makes clips for video sessions")
