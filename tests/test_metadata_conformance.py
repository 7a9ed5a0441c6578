"""Every value the peer parsers' own tests assert must be read by tools.metadata.

Samples live outside the repo (../shared/samples/metadata/<peer>/MANIFEST.json, or $ATELIER_SAMPLES)
and are never copied in.  The peers shape their results differently, so each peer has an explicit
mapping onto ImageMetadata below.  Values are compared normalised: "15" equals 15, numbers
with a tolerance, strings with surrounding whitespace ignored (peers disagree on trailing newlines).

Conventions of the mapping:
- an expected ``null`` means the peer read nothing there; we do not fail for reading more
  (e.g. NovelAI's model from the Source field, which sd-metadata leaves out);
- ``prompt_id`` is compared with the ComfyUI text-encoder node id when we have one; InvokeAI's
  "1" is a counter the peer makes up and has no counterpart in the file;
- ``sampler_id``/``model_id`` are ComfyUI node ids.
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path
from typing import Any

import pytest

from tools.metadata import ImageMetadata, MetadataError, SamplerInfo, read_metadata
from tools.metadata.values import normalise_key


def samples_root() -> Path:
    override = os.environ.get("ATELIER_SAMPLES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "shared" / "samples" / "metadata"


def manifest_entries() -> list[Any]:
    root = samples_root()
    entries = []
    for manifest in sorted(root.glob("*/MANIFEST.json")):
        peer = manifest.parent.name
        for item in json.loads(manifest.read_text(encoding="utf-8"))["files"]:
            entries.append(pytest.param(peer, manifest.parent / item["file"], item["expected_from_peer_tests"],
                                        id=f"{peer}/{item['file']}"))
    return entries


ENTRIES = manifest_entries()
if not ENTRIES:
    pytestmark = pytest.mark.skip(reason=f"no sample manifests under {samples_root()}")

GENERATOR_NAMES = {
    "automatic1111": "AUTOMATIC1111",
    "sd-webui": "AUTOMATIC1111",
    "forge-neo": "Forge",
    "civitai": "Civitai",
    "comfyui": "ComfyUI",
    "swarmui": "SwarmUI",
    "novelai": "NovelAI",
    "ruined-fooocus": "RuinedFooocus",
    "fooocus": "Fooocus",
    "invokeai": "InvokeAI",
}


def same(expected: Any, actual: Any) -> bool:
    """Normalised comparison; an expected dict/list only needs its own items to be present."""
    if expected is None:
        return True
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected == actual
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            same(v, actual.get(k, actual.get(normalise_key(k)))) if v is not None else True
            for k, v in expected.items())
    if isinstance(expected, list):
        if not isinstance(actual, list) or (not expected and actual):
            return False
        return all(any(same(item, candidate) for candidate in actual) for item in expected)
    if actual is None:
        return False
    wanted, got = as_number(expected), as_number(actual)
    if isinstance(wanted, int) and isinstance(got, int):
        return wanted == got  # seeds: exact, a float tolerance would hide off-by-one
    if wanted is not None and got is not None:
        return math.isclose(wanted, got, rel_tol=1e-9)
    return str(expected).strip() == str(actual).strip()


def as_number(value: Any) -> int | float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[+-]?\d+", text):
            return int(text)
        try:
            return float(text)
        except ValueError:
            return None
    return None


def check(label: str, expected: Any, actual: Any, failures: list[str]) -> None:
    if not same(expected, actual):
        failures.append(f"{label}: expected {expected!r}, got {actual!r}")


def parameter(record: ImageMetadata, sampler: SamplerInfo | None, key: str) -> Any:
    """A generator-specific setting, looked up by the peer's key (original or normalised)."""
    for source in ([sampler.parameters] if sampler else []) + [record.parameters]:
        for candidate in (key, normalise_key(key)):
            if candidate in source:
                return source[candidate]
    return None


SAMPLER_FIELDS = {"steps": "steps", "cfg_scale": "cfg", "seed": "seed", "scheduler": "scheduler",
                  "denoise": "denoise"}


def check_prompts(label: str, expected: list[dict], actual: list, failures: list[str]) -> None:
    if not expected and actual:
        failures.append(f"{label}: expected none, got {[p.text for p in actual]!r}")
    for item in expected:
        matches = [p for p in actual if same(item["value"], p.text)]
        if not matches:
            failures.append(f"{label}: prompt {item['value'][:60]!r} not found in {[p.text[:60] for p in actual]!r}")
            continue
        prompt = matches[0]
        if item.get("prompt_id") is not None and prompt.node_id is not None:
            check(f"{label}.prompt_id", item["prompt_id"], prompt.node_id, failures)
        for key, value in (item.get("metadata") or {}).items():
            actual_value = prompt.weight if key == "weight" else prompt.conditioning.get(key)
            check(f"{label}.metadata.{key}", value, actual_value, failures)


def check_sd_parsers_sampler(label: str, expected: dict, record: ImageMetadata, sampler: SamplerInfo,
                             failures: list[str]) -> None:
    check(f"{label}.name", expected.get("name"), sampler.sampler, failures)
    if expected.get("sampler_id") is not None:
        check(f"{label}.sampler_id", expected["sampler_id"], sampler.node_id, failures)
    for key, value in (expected.get("parameters") or {}).items():
        field = SAMPLER_FIELDS.get(key)
        actual = getattr(sampler, field) if field else parameter(record, sampler, key)
        check(f"{label}.parameters.{key}", value, actual, failures)
    model = expected.get("model")
    if model:
        check(f"{label}.model.name", model.get("name"), sampler.model, failures)
        check(f"{label}.model.hash", model.get("hash"), sampler.model_hash, failures)
        check(f"{label}.model.model_id", model.get("model_id"), sampler.model_node_id, failures)
        for key, value in (model.get("metadata") or {}).items():
            check(f"{label}.model.metadata.{key}", value, parameter(record, sampler, key), failures)
    check_prompts(f"{label}.prompts", expected.get("prompts") or [], sampler.prompts, failures)
    check_prompts(f"{label}.negative_prompts", expected.get("negative_prompts") or [], sampler.negative_prompts,
                  failures)


def top_level_value(record: ImageMetadata, key: str) -> Any:
    if key == "Size":
        return f"{record.generation_width}x{record.generation_height}"
    if key in ("width", "height"):
        return getattr(record, f"generation_{key}")
    if normalise_key(key) == "clip_skip":
        return record.clip_skip
    if key == "steps" and record.steps is not None:
        return record.steps
    value = parameter(record, None, key)
    if value is None and key == "loras":
        return [lora.name for lora in record.loras]
    return value


def check_sd_parsers(expected: dict, record: ImageMetadata, failures: list[str]) -> None:
    if "parse_result" in expected:
        if expected["parse_result"] is None:
            assert record.is_empty, f"expected no generation metadata, got {record.generator!r}"
        else:
            assert not record.is_empty
    if expected.get("prompts") == "non-empty" or "prompts" in expected:
        assert record.prompt and record.prompt.strip(), "expected a non-empty prompt"
    if "generator" in expected:
        check("generator", GENERATOR_NAMES.get(expected["generator"].lower()), record.generator, failures)
    samplers = expected.get("samplers") or ([expected["sampler"]] if expected.get("sampler") else [])
    for index, sampler_expected in enumerate(samplers):
        wanted_id = sampler_expected.get("sampler_id")
        if wanted_id is not None:
            candidates = [s for s in record.samplers if s.node_id == wanted_id]
        else:
            candidates = record.samplers[index:index + 1]
        if not candidates:
            failures.append(f"samplers[{index}]: no sampler {wanted_id or index} in {[s.node_id for s in record.samplers]}")
            continue
        check_sd_parsers_sampler(f"samplers[{index}]", sampler_expected, record, candidates[0], failures)
    for key, value in (expected.get("metadata") or {}).items():
        check(f"metadata.{key}", value, top_level_value(record, key), failures)


SD_METADATA_SAMPLING = {"sampler": "sampler", "scheduler": "scheduler", "steps": "steps", "cfg": "cfg",
                        "seed": "seed", "clipSkip": "clip_skip", "denoise": "denoise"}
SD_METADATA_NOT_ASSERTED = {"upscale", "characterPrompts", "useCoords", "useOrder"}  # always null in the manifest


def check_sd_metadata(expected: dict, record: ImageMetadata, failures: list[str]) -> None:
    for key, value in expected.items():
        if key == "software":
            check("software", GENERATOR_NAMES[value], record.generator, failures)
        elif key == "prompt":
            check("prompt", value, record.prompt, failures)
        elif key == "negativePrompt":
            check("negativePrompt", value, record.negative_prompt, failures)
        elif key in ("width", "height"):
            check(key, value, getattr(record, key), failures)
        elif key == "model":
            if value:
                check("model.name", value.get("name"), record.model, failures)
                check("model.hash", value.get("hash"), record.model_hash, failures)
        elif key == "sampling":
            for field, wanted in value.items():
                check(f"sampling.{field}", wanted, getattr(record, SD_METADATA_SAMPLING[field]), failures)
        elif key == "hires":
            if value:
                assert record.hires is not None, "expected hires information"
                check("hires", value, record.hires.model_dump(), failures)
        elif key == "nodes":
            assert any(s.node_id for s in record.samplers), "expected the ComfyUI node graph to be read"
        elif key in ("metadata_segments", "lite_output"):
            assert record.is_empty and not record.raw, f"expected no metadata at all, got {list(record.raw)}"
        elif key == "status_strict":
            assert value == "unrecognized" and record.is_empty, f"expected no generator, got {record.generator!r}"
        elif key == "status":
            assert value == "c2pa" and record.c2pa is not None
        elif key == "status_not":
            assert value == "c2pa" and record.c2pa is None
        elif key == "c2pa":
            assert record.c2pa is not None
            check("c2pa.vendor", value.get("vendor"), record.c2pa.vendor, failures)
            check("c2pa.aiGenerated", value.get("aiGenerated"), record.c2pa.ai_generated, failures)
            check("c2pa.claimGenerator", value.get("claimGenerator"), record.c2pa.claim_generator, failures)
            check("c2pa.digitalSourceType", value.get("digitalSourceType"), record.c2pa.digital_source_type, failures)
        elif key in SD_METADATA_NOT_ASSERTED:
            assert value is None, f"{key} is mapped only as null"
        else:
            failures.append(f"unmapped sd-metadata key {key!r}")


@pytest.mark.parametrize(("peer", "path", "expected"), ENTRIES)
def test_peer_expectations_are_read(peer: str, path: Path, expected: dict) -> None:
    if "raises" in expected:
        with pytest.raises(MetadataError):
            read_metadata(path)
        return
    record = read_metadata(path)
    failures: list[str] = []
    if peer == "sd-parsers":
        check_sd_parsers(expected, record, failures)
    elif peer == "sd-metadata":
        check_sd_metadata(expected, record, failures)
    else:
        pytest.fail(f"no mapping for peer {peer!r}")
    assert not failures, "\n".join(failures)
