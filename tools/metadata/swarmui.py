"""SwarmUI: JSON {"sui_image_params": {...}, "sui_extra_data": {"date": ...}, "sui_models": [...]}."""

from __future__ import annotations

from .record import ImageMetadata, Lora, PromptText, SamplerInfo, TimeEvidence
from .values import parse_datetime, to_float, to_int, to_str

CONSUMED = {"prompt", "negativeprompt", "model", "seed", "steps", "cfgscale", "width", "height", "sampler",
            "scheduler", "loras", "loraweights", "initimage", "initimagecreativity"}


def is_swarmui(data) -> bool:
    return isinstance(data, dict) and isinstance(data.get("sui_image_params"), dict)


def apply(record: ImageMetadata, data: dict, carrier: str) -> None:
    record.generator = "SwarmUI"
    params = data["sui_image_params"]
    sampler = SamplerInfo(
        sampler=to_str(params.get("sampler")),
        scheduler=to_str(params.get("scheduler")),
        seed=to_int(params.get("seed")),
        steps=to_int(params.get("steps")),
        cfg=to_float(params.get("cfgscale")),
        model=to_str(params.get("model")),
    )
    if params.get("initimage") is not None:
        sampler.denoise = to_float(params.get("initimagecreativity"))
        record.source_image = to_str(params.get("initimage"))
    for key, target in (("prompt", sampler.prompts), ("negativeprompt", sampler.negative_prompts)):
        text = to_str(params.get(key))
        if text:
            target.append(PromptText(text=text))
    for model in data.get("sui_models") or []:
        if isinstance(model, dict) and model.get("param") == "model":
            sampler.model_hash = to_str(model.get("hash"))
    record.samplers.append(sampler)
    record.generation_width, record.generation_height = to_int(params.get("width")), to_int(params.get("height"))
    names, weights = params.get("loras") or [], params.get("loraweights") or []
    for i, name in enumerate(names if isinstance(names, list) else []):
        weight = weights[i] if isinstance(weights, list) and i < len(weights) else None
        record.loras.append(Lora(name=str(name), weight=to_float(weight)))
    for key, value in params.items():
        if key not in CONSUMED:
            record.parameters[key] = value
    extra = data.get("sui_extra_data")
    if isinstance(extra, dict):
        record.parameters.update({f"sui_extra_data.{k}": v for k, v in extra.items()})
        parsed = parse_datetime(extra.get("date"))
        if parsed:
            record.time_candidates.append(TimeEvidence(
                time=parsed[0], source=f"SwarmUI date in {carrier}", trust="strong", assumed_utc=parsed[1]))
