"""Midjourney: "Description" = '<prompt> --params Job ID: <uuid>', "Author", "Creation Time"."""

from __future__ import annotations

import re

from .record import ImageMetadata, PromptText, SamplerInfo, TimeEvidence
from .values import parse_datetime, to_int

_JOB_ID = re.compile(r"\s*Job ID:\s*([0-9a-fA-F-]{36})\s*$")
_ARGUMENT = re.compile(r"\s--(\w+)(?:\s+([^\s-][^\s]*(?:\s+[^\s-][^\s]*)*?))?(?=\s--|\s*$)")


def is_midjourney(fields: dict[str, str]) -> bool:
    description = fields.get("Description", "")
    return bool(_JOB_ID.search(description)) or ("Creation Time" in fields and "Author" in fields
                                                and " --" in description)


def apply(record: ImageMetadata, fields: dict[str, str], carrier: str) -> None:
    record.generator = "Midjourney"
    description = fields.get("Description", "").strip()
    job = _JOB_ID.search(description)
    if job:
        record.parameters["job_id"] = job.group(1)
        description = description[: job.start()].strip()
    first_argument = description.find(" --")
    prompt = description[:first_argument].strip() if first_argument >= 0 else description
    arguments = {name: value or True for name, value in _ARGUMENT.findall(description[first_argument:])} \
        if first_argument >= 0 else {}
    sampler = SamplerInfo(seed=to_int(arguments.get("seed")))
    version = arguments.get("v") or arguments.get("version")
    if isinstance(version, str):
        sampler.model = f"Midjourney v{version}"
    if prompt:
        sampler.prompts.append(PromptText(text=prompt))
    negative = arguments.get("no")
    if isinstance(negative, str):
        sampler.negative_prompts.append(PromptText(text=negative))
    record.samplers.append(sampler)
    if arguments:
        record.parameters["arguments"] = arguments
    if fields.get("Author"):
        record.parameters["author"] = fields["Author"]
    parsed = parse_datetime(fields.get("Creation Time"))
    if parsed:
        record.time_candidates.append(TimeEvidence(
            time=parsed[0], source=f"Midjourney Creation Time in {carrier}", trust="strong", assumed_utc=parsed[1]))
