"""A1111 / Forge / SD.Next / Civitai "infotext": prompt, "Negative prompt: ...", then "Key: value, ..."."""

from __future__ import annotations

import json
import re

from .record import (
    HiresInfo,
    ImageMetadata,
    Lora,
    PromptText,
    SamplerInfo,
    TimeEvidence,
)
from .values import parse_datetime, to_float, to_int, to_str

_PARAM_KEY = re.compile(r"\s*([A-Za-z][\w \-/().+]*?):\s*")
_SIMPLE_PARAM = re.compile(r"\s*([A-Za-z][\w \-/().+]*?):\s*([^,]*)(?:,|$)")
_LORA_TAG = re.compile(r"<(?:lora|lyco):([^:>]+)(?::([-+\d.]+))?[^>]*>", re.IGNORECASE)
_SIZE = re.compile(r"(\d+)\s*x\s*(\d+)")
_STEPS_PARAM = re.compile(r"(?:^|, )Steps: ")
_FORGE_VERSION = re.compile(r"f\d")
NEGATIVE_MARK = "Negative prompt:"


def looks_like_infotext(text: str) -> bool:
    return "Steps:" in text or NEGATIVE_MARK in text


def split_params(line: str) -> dict[str, str]:
    """'Steps: 20, Sampler: Euler a, Civitai resources: [{...}]' -> ordered key/value strings.

    Values may be JSON strings ("...") or JSON arrays/objects containing commas.
    """
    if '"' not in line and "[" not in line and "{" not in line:  # common case: one regex pass
        return {key.strip(): value.strip() for key, value in _SIMPLE_PARAM.findall(line)}
    params: dict[str, str] = {}
    pos, n = 0, len(line)
    while pos < n:
        match = _PARAM_KEY.match(line, pos)
        if not match:
            comma = line.find(",", pos)
            if comma < 0:
                break
            pos = comma + 1
            continue
        key = match.group(1).strip()
        pos = match.end()
        if pos < n and line[pos] in "\"[{":
            end = _balanced_end(line, pos)
            raw = line[pos:end]
            if raw.startswith('"'):
                try:
                    raw = json.loads(raw)
                except ValueError:
                    raw = raw.strip('"')
            pos = end
            comma = line.find(",", pos)
            pos = n if comma < 0 else comma + 1
        else:
            comma = line.find(",", pos)
            end = n if comma < 0 else comma
            raw = line[pos:end].strip()
            pos = end + 1
        params[key] = raw
    return params


def _balanced_end(text: str, start: int) -> int:
    opener = text[start]
    if opener == '"':
        i = start + 1
        while i < len(text):
            if text[i] == "\\":
                i += 2
                continue
            if text[i] == '"':
                return i + 1
            i += 1
        return len(text)
    depth, i, in_string = 0, start, False
    while i < len(text):
        ch = text[i]
        if in_string:
            if ch == "\\":
                i += 1
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(text)


def _is_params_line(line: str) -> bool:
    if _STEPS_PARAM.search(line):
        return True
    return bool(_PARAM_KEY.match(line)) and len(split_params(line)) >= 3


def parse_infotext(text: str) -> tuple[str, str | None, dict[str, str]]:
    """(prompt, negative prompt or None, params) from an infotext block."""
    lines = text.strip().split("\n")
    params: dict[str, str] = {}
    if lines and _is_params_line(lines[-1]):
        params = split_params(lines.pop())
    prompt_lines: list[str] = []
    negative_lines: list[str] | None = None
    for line in lines:
        if negative_lines is None and line.startswith(NEGATIVE_MARK):
            negative_lines = [line[len(NEGATIVE_MARK) :].lstrip()]
        elif negative_lines is not None:
            negative_lines.append(line)
        else:
            prompt_lines.append(line)
    prompt = "\n".join(prompt_lines).strip()
    negative = "\n".join(negative_lines).strip() if negative_lines is not None else None
    return prompt, negative, params


def generator_from_params(params: dict[str, str]) -> str:
    version = params.get("Version", "")
    if "Civitai resources" in params or "Created Date" in params or "Civitai metadata" in params:
        return "Civitai"
    if params.get("App", "").lower().startswith("sd.next") or "SD.Next" in version:
        return "SD.Next"
    if version == "neo" or _FORGE_VERSION.match(version):
        return "Forge"
    return "AUTOMATIC1111"


def apply(record: ImageMetadata, text: str, carrier: str, *, generator: str | None = None) -> None:
    prompt, negative, params = parse_infotext(text)
    record.generator = generator or generator_from_params(params)
    rest = dict(params)  # what no field takes ends up in record.parameters, in the original order
    take = rest.pop

    sampler = SamplerInfo(
        sampler=to_str(take("Sampler", None)),
        scheduler=to_str(take("Schedule type", None)),
        seed=to_int(take("Seed", None)),
        steps=to_int(take("Steps", None)),
        cfg=to_float(take("CFG scale", None)),
        denoise=to_float(take("Denoising strength", None)),
        model=to_str(take("Model", None)),
        model_hash=to_str(take("Model hash", None)),
    )
    if prompt:
        sampler.prompts.append(PromptText(text=prompt))
    if negative:
        sampler.negative_prompts.append(PromptText(text=negative))
    record.samplers.append(sampler)
    record.clip_skip = to_int(take("Clip skip", None))
    size = take("Size", None)
    if size and (match := _SIZE.fullmatch(size.strip())):
        record.generation_width, record.generation_height = int(match.group(1)), int(match.group(2))

    upscaler, hires_steps, hires_scale = take("Hires upscaler", None), take("Hires steps", None), take("Hires upscale", None)
    if upscaler or hires_steps or hires_scale:
        record.hires = HiresInfo(
            upscaler=to_str(upscaler),
            scale=to_float(hires_scale),
            steps=to_int(hires_steps),
            denoise=sampler.denoise,
        )

    record.loras.extend(
        Lora(name=name.strip(), weight=to_float(weight) if weight else None)
        for name, weight in _LORA_TAG.findall(prompt)
    )
    resources = take("Civitai resources", None)
    if resources:
        _apply_civitai_resources(record, resources)

    created = take("Created Date", None)
    if created and (parsed := parse_datetime(created)):
        record.time_candidates.append(
            TimeEvidence(time=parsed[0], source=f"Created Date in {carrier}", trust="strong", assumed_utc=parsed[1])
        )
    record.parameters.update(rest)


def _apply_civitai_resources(record: ImageMetadata, text: str) -> None:
    try:
        resources = json.loads(text)
    except ValueError:
        record.warnings.append("Civitai resources: malformed JSON")
        record.parameters["Civitai resources"] = text
        return
    record.parameters["Civitai resources"] = resources
    if not isinstance(resources, list):
        return
    known = {lora.name for lora in record.loras}
    for item in resources:
        if isinstance(item, dict) and str(item.get("type", "")).lower() in ("lora", "locon", "lycoris"):
            name = to_str(item.get("modelName")) or to_str(item.get("modelVersionName"))
            if name and name not in known:
                record.loras.append(Lora(name=name, weight=to_float(item.get("weight"))))
