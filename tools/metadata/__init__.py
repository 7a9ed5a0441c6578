"""Generation-metadata readers for imported images: one normalised record per file.

Pure library (no database).  ``read_metadata`` never decodes pixels except for the rare
alpha-channel "stealth" form, and raises only ``MetadataError`` for inputs that are not images.
"""

from .reader import read_metadata
from .record import (
    C2PAInfo,
    HiresInfo,
    ImageMetadata,
    Lora,
    MetadataError,
    PromptText,
    SamplerInfo,
    TimeEvidence,
)
from .timing import resolve_generation_time

__all__ = [
    "C2PAInfo",
    "HiresInfo",
    "ImageMetadata",
    "Lora",
    "MetadataError",
    "PromptText",
    "SamplerInfo",
    "TimeEvidence",
    "read_metadata",
    "resolve_generation_time",
]
