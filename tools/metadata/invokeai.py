"""InvokeAI, all three historical formats: 'Dream' (CLI string), 'sd-metadata' (2.x JSON) and
'invokeai_metadata' (3.x+ JSON)."""

from __future__ import annotations

import re
import shlex
from typing import Any

from .record import ImageMetadata, Lora, PromptText, SamplerInfo
from .values import load_json, to_float, to_int, to_str

_NEGATIVE_BRACKETS = re.compile(r"\[([^\[\]]*)\]")
_SPACES = re.compile(r"\s{2,}")
_FLAG = re.compile(r"-{1,2}[A-Za-z][\w-]*")
DREAM_FLAGS = {"-s": "steps", "-S": "seed", "-W": "width", "-H": "height", "-C": "cfg", "-A": "sampler",
               "-f": "strength", "-I": "init_image", "-m": "model"}


def split_prompt(text: str) -> tuple[str, str | None]:
    """InvokeAI writes the negative prompt in square brackets inside the prompt."""
    negatives = [n.strip() for n in _NEGATIVE_BRACKETS.findall(text) if n.strip()]
    prompt = _NEGATIVE_BRACKETS.sub("", text).strip()
    return _SPACES.sub(" ", prompt), (", ".join(negatives) if negatives else None)


def apply_dream(record: ImageMetadata, text: str) -> None:
    record.generator = "InvokeAI"
    try:
        tokens = shlex.split(text)
    except ValueError:
        record.warnings.append("Dream: unbalanced quotes")
        tokens = text.split()
    if not tokens:
        return
    prompt, negative = split_prompt(tokens[0])
    values: dict[str, list[str]] = {}
    flag = None
    for token in tokens[1:]:
        if _FLAG.fullmatch(token):
            flag = token
            values.setdefault(flag, [])
        elif flag is not None:
            values[flag].append(token)
    sampler = SamplerInfo()
    if prompt:
        sampler.prompts.append(PromptText(text=prompt))
    if negative:
        sampler.negative_prompts.append(PromptText(text=negative))
    for flag, args in values.items():
        first = args[0] if args else "true"
        field = DREAM_FLAGS.get(flag)
        if field == "steps":
            sampler.steps = to_int(first)
        elif field == "seed":
            sampler.seed = to_int(first)
        elif field == "cfg":
            sampler.cfg = to_float(first)
        elif field == "sampler":
            sampler.sampler = first
        elif field == "width":
            record.generation_width = to_int(first)
        elif field == "height":
            record.generation_height = to_int(first)
        elif field == "strength":
            sampler.denoise = to_float(first)
        elif field == "init_image":
            record.source_image = first
        elif field == "model":
            sampler.model = first
        else:
            key = flag.lstrip("-")
            record.parameters[key] = first
            if len(args) > 1:
                record.parameters[f"{key}_args"] = args
    record.samplers.append(sampler)


def apply_sd_metadata(record: ImageMetadata, text: str) -> None:
    data = load_json(text, "sd-metadata", record.warnings)
    if not isinstance(data, dict):
        return
    record.generator = "InvokeAI"
    image = data.get("image") if isinstance(data.get("image"), dict) else {}
    sampler = SamplerInfo(
        sampler=to_str(image.get("sampler")),
        seed=to_int(image.get("seed")),
        steps=to_int(image.get("steps")),
        cfg=to_float(image.get("cfg_scale")),
        denoise=to_float(image.get("strength")),
        model=to_str(data.get("model_weights")),
        model_hash=to_str(data.get("model_hash")),
    )
    prompts = image.get("prompt")
    if isinstance(prompts, str):
        prompts = [{"prompt": prompts}]
    for item in prompts if isinstance(prompts, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("prompt"), str):
            continue
        prompt, negative = split_prompt(item["prompt"])
        weight = to_float(item.get("weight"))
        if prompt:
            sampler.prompts.append(PromptText(text=prompt, weight=weight))
        if negative:
            sampler.negative_prompts.append(PromptText(text=negative, weight=weight))
    record.samplers.append(sampler)
    record.generation_width = to_int(image.get("width"))
    record.generation_height = to_int(image.get("height"))
    record.source_image = to_str(image.get("init_image_path"))
    consumed_image = {"sampler", "seed", "steps", "cfg_scale", "strength", "prompt", "init_image_path"}
    for key, value in data.items():
        if key not in ("image", "model_weights", "model_hash"):
            record.parameters[key] = value
    for key, value in image.items():
        if key not in consumed_image:
            record.parameters.setdefault(key, value)


def _model_name(model: Any) -> tuple[str | None, dict]:
    if isinstance(model, str):
        return model, {}
    if isinstance(model, dict):
        name = to_str(model.get("model_name")) or to_str(model.get("name"))
        extras = {k: v for k, v in model.items() if k not in ("model_name", "name")}
        return name, extras
    return None, {}


def apply_invokeai_metadata(record: ImageMetadata, text: str) -> None:
    data = load_json(text, "invokeai_metadata", record.warnings)
    if not isinstance(data, dict):
        return
    record.generator = "InvokeAI"
    model, model_extras = _model_name(data.get("model"))
    sampler = SamplerInfo(
        sampler=to_str(data.get("scheduler")),  # InvokeAI calls its sampler "scheduler"
        seed=to_int(data.get("seed")),
        steps=to_int(data.get("steps")),
        cfg=to_float(data.get("cfg_scale")),
        denoise=to_float(data.get("strength")),
        model=model,
        model_hash=to_str(model_extras.pop("hash", None)),
    )
    for key in ("positive_prompt", "negative_prompt"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            target = sampler.prompts if key == "positive_prompt" else sampler.negative_prompts
            target.append(PromptText(text=value.strip()))
    record.samplers.append(sampler)
    record.generation_width = to_int(data.get("width"))
    record.generation_height = to_int(data.get("height"))
    for item in data.get("loras") or []:
        if isinstance(item, dict):
            name, _ = _model_name(item.get("lora") or item.get("model"))
            if name:
                record.loras.append(Lora(name=name, weight=to_float(item.get("weight"))))
    init = data.get("init_image") or data.get("image")
    if isinstance(init, dict):
        init = init.get("image_name")
    record.source_image = to_str(init) if isinstance(init, str) else None
    consumed = {"scheduler", "seed", "steps", "cfg_scale", "strength", "model", "positive_prompt",
                "negative_prompt", "loras", "init_image"}
    for key, value in data.items():
        if key not in consumed:
            record.parameters[key] = value
    for key, value in model_extras.items():
        record.parameters.setdefault(key, value)
