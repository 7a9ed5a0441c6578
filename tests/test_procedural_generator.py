"""The embedded procedural generator: deterministic, prompt-driven, honest metadata, cancellable."""

from __future__ import annotations

import colorsys
import io
import json
import struct
import threading
from datetime import datetime, timezone

import numpy as np
import pytest
from PIL import Image

from tools.generators.base import GenerationCancelled, Generator, ImageRequest
from tools.generators.procedural import (
    RENDERER_NOTE,
    ProceduralGenerator,
    choose_composition,
    draw,
)

EMBED = {
    "session_id": "sess-1",
    "generation_id": "gen-1",
    "created_at": "2024-05-01T10:00:00+00:00",
}


def generate_one(request: ImageRequest) -> bytes:
    (image,) = ProceduralGenerator().generate([request])
    return image.data


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.float32)


def chunk_types(png: bytes) -> list[bytes]:
    kinds, offset = [], 8
    while offset < len(png):
        (length,) = struct.unpack(">I", png[offset:offset + 4])
        kinds.append(png[offset + 4:offset + 8])
        offset += 12 + length
    return kinds


def test_is_a_generator_named_procedural():
    generator = ProceduralGenerator()
    assert isinstance(generator, Generator)
    assert generator.name == "procedural"


def test_same_request_gives_identical_png_bytes():
    request = ImageRequest("teal and gold silk ribbons", 42, 512, 512, "blurry", embed=EMBED)
    first = generate_one(request)
    again = generate_one(ImageRequest("teal and gold silk ribbons", 42, 512, 512, "blurry",
                                      embed=dict(EMBED)))
    assert first == again


def test_image_has_requested_size_and_records_procedural_model():
    (image,) = ProceduralGenerator().generate([ImageRequest("a quiet pond", 3, 320, 192)])
    assert image.mime == "image/png"
    assert image.model == "procedural"
    assert image.provenance["provider"] == "procedural"
    assert Image.open(io.BytesIO(image.data)).size == (320, 192)


def test_different_seeds_look_clearly_different():
    one = pixels(generate_one(ImageRequest("planets in deep space", 1, 128, 128)))
    two = pixels(generate_one(ImageRequest("planets in deep space", 2, 128, 128)))
    assert np.abs(one - two).mean() > 8


def test_different_prompts_look_clearly_different():
    fox = pixels(generate_one(ImageRequest("a fox at the window", 1, 128, 128)))
    city = pixels(generate_one(ImageRequest("an old lighthouse keeper", 1, 128, 128)))
    assert np.abs(fox - city).mean() > 8


@pytest.mark.parametrize("subject", ["fox", "car", "city at night", "flower field", "planets"])
def test_colour_word_sets_the_dominant_colour(subject):
    for seed in range(3):
        red = pixels(generate_one(ImageRequest(f"a red {subject}", seed, 64, 64)))
        blue = pixels(generate_one(ImageRequest(f"a blue {subject}", seed, 64, 64)))
        red_r, _, red_b = red.reshape(-1, 3).mean(axis=0)
        blue_r, _, blue_b = blue.reshape(-1, 3).mean(axis=0)
        assert red_r > red_b + 10, (subject, seed)
        assert blue_b > blue_r + 10, (subject, seed)


def lead_hue_degrees(prompt: str, negative_prompt: str = "") -> float:
    lead = choose_composition(prompt, negative_prompt).palette.colours[0]
    return colorsys.rgb_to_hsv(*(float(c) for c in lead))[0] * 360


def test_first_colour_word_leads_and_a_negative_colour_word_is_left_out():
    assert lead_hue_degrees("red and blue waves") == pytest.approx(0, abs=2)
    assert lead_hue_degrees("red and blue waves", "red") == pytest.approx(222, abs=2)


def test_metadata_chunks_read_back_with_pillow():
    request = ImageRequest("sunset over mountains", 9, 256, 128, "text, watermark", embed=EMBED)
    text = Image.open(io.BytesIO(generate_one(request))).text

    assert text["Software"] == RENDERER_NOTE
    assert "not an AI model" in text["Software"]
    assert text["parameters"] == (
        "sunset over mountains\n"
        "Negative prompt: text, watermark\n"
        "Steps: 1, Sampler: procedural, CFG scale: 0, Seed: 9, Size: 256x128, Model: procedural"
    )
    atelier = json.loads(text["atelier"])
    assert atelier["prompt"] == "sunset over mountains"
    assert atelier["negative_prompt"] == "text, watermark"
    assert (atelier["seed"], atelier["width"], atelier["height"]) == (9, 256, 128)
    assert atelier["model"] == "procedural"
    assert atelier["provider"] == "procedural"
    assert atelier["renderer_note"] == RENDERER_NOTE
    for key, value in EMBED.items():
        assert atelier[key] == value


def test_parameters_has_no_negative_line_when_negative_is_empty():
    text = Image.open(io.BytesIO(generate_one(ImageRequest("orbs", 5, 64, 64)))).text
    assert text["parameters"] == (
        "orbs\nSteps: 1, Sampler: procedural, CFG scale: 0, Seed: 5, Size: 64x64, "
        "Model: procedural"
    )


def test_non_latin_prompt_round_trips():
    prompt, negative = "猫が窓辺で眠る、金色の光", "размытость"
    text = Image.open(io.BytesIO(generate_one(
        ImageRequest(prompt, 11, 128, 128, negative, embed=EMBED)))).text
    assert text["parameters"].startswith(f"{prompt}\nNegative prompt: {negative}\n")
    atelier = json.loads(text["atelier"])
    assert (atelier["prompt"], atelier["negative_prompt"]) == (prompt, negative)


def test_datetime_in_embed_is_written_as_iso_8601():
    created = datetime(2024, 5, 1, 10, 0, tzinfo=timezone.utc)
    text = Image.open(io.BytesIO(generate_one(
        ImageRequest("gold", 1, 64, 64, embed={"created_at": created})))).text
    assert json.loads(text["atelier"])["created_at"] == "2024-05-01T10:00:00+00:00"


def test_embed_that_is_not_json_is_refused_before_rendering():
    with pytest.raises(ValueError, match="embed"):
        ProceduralGenerator().generate([ImageRequest("gold", 1, 64, 64, embed={"x": object()})])


def test_png_is_valid_has_no_time_chunk_and_decodes_to_the_drawn_pixels():
    request = ImageRequest("bauhaus geometric poster", 4, 192, 128)
    png = generate_one(request)
    Image.open(io.BytesIO(png)).verify()  # checks every chunk CRC
    assert b"tIME" not in chunk_types(png)
    assert chunk_types(png)[0] == b"IHDR" and chunk_types(png)[-1] == b"IEND"
    drawn = draw(choose_composition(request.prompt), request)
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(png))), drawn)


def test_progress_is_reported_after_each_image():
    calls = []
    requests = [ImageRequest("ribbons", seed, 64, 64) for seed in range(3)]
    images = ProceduralGenerator().generate(requests, on_progress=lambda d, t: calls.append((d, t)))
    next(images)
    assert calls == [(1, 3)]
    list(images)
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_cancel_stops_before_the_next_image():
    cancel = threading.Event()
    requests = [ImageRequest("rings", seed, 64, 64) for seed in range(4)]
    received = []
    with pytest.raises(GenerationCancelled):
        for image in ProceduralGenerator().generate(
            requests, on_progress=lambda done, total: cancel.set(), cancel=cancel
        ):
            received.append(image)
    assert len(received) == 1


def test_cancel_set_beforehand_yields_nothing():
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(GenerationCancelled):
        next(ProceduralGenerator().generate([ImageRequest("x", 1, 64, 64)], cancel=cancel))


@pytest.mark.parametrize(
    "width, height",
    [(56, 64), (64, 2056), (100, 64), (64, 0), (64, -8), (64.0, 64), (True, 64)],
)
def test_bad_sizes_are_refused(width, height):
    with pytest.raises(ValueError, match="width|height"):
        ProceduralGenerator().generate([ImageRequest("x", 1, width, height)])


@pytest.mark.parametrize("width, height", [(64, 64), (2048, 8 * 9), (72, 2048)])
def test_edge_sizes_are_accepted(width, height):
    image = Image.open(io.BytesIO(generate_one(ImageRequest("edge", 1, width, height))))
    assert image.size == (width, height)
