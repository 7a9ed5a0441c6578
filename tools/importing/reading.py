"""One file in: read once, hash and parse metadata from the same bytes, place the blob.

Runs in worker threads (hashlib and file reads release the GIL), so nothing here touches the
store; the pipeline commits what these functions return.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from memory.home import create_private
from tools.importing.scan import Candidate, describe_os_error, display_path
from tools.metadata import (
    ImageMetadata,
    MetadataError,
    TimeEvidence,
    read_metadata,
    resolve_generation_time,
)
from tools.metadata.comfyui import is_link, looks_like_api_graph
from tools.metadata.containers import sniff

HEAD_BYTES = 4096
# Images up to this size are read into memory in one go; larger ones are streamed and mapped.
WHOLE_READ_LIMIT = 256 << 20
STREAM_CHUNK = 1 << 20
RAW_STORE_CAP = 64 << 10  # raw metadata text kept per carrier on the asset row
GRAPH_VALUE_CAP = 80

EXTENSION_OF = {"png": ".png", "jpeg": ".jpg", "webp": ".webp", "gif": ".gif", "bmp": ".bmp",
                "tiff": ".tif", "avif": ".avif", "heic": ".heic"}
MIME_OF = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp", "gif": "image/gif",
           "bmp": "image/bmp", "tiff": "image/tiff", "avif": "image/avif", "heic": "image/heic"}
TRUNCATION_SIGNS = ("PNG has no IEND", "PNG truncated", "JPEG truncated", "WebP truncated",
                    "larger than the file")
# Skips worth retrying later: the file may become readable or finish being written.
TRANSIENT_REASONS = ("permission denied", "vanished", "changed while", "cannot read")
PROVIDER_NAMES = {"AUTOMATIC1111": "a1111", "Atelier": "atelier"}


class FileVanished(Exception):
    pass


@dataclass(slots=True)
class FileRead:
    """What reading one file found. ``reason`` is set when the file is skipped."""

    candidate: Candidate
    reason: str | None = None
    media_type: str | None = None
    mime: str | None = None
    ext: str | None = None
    sha256: str | None = None
    size: int = 0
    mtime_ns: int = 0
    metadata: ImageMetadata | None = None
    time: TimeEvidence | None = None
    graph_key: str | None = None
    graph_inputs: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.reason is None

    @property
    def transient(self) -> bool:
        return self.reason is not None and self.reason.startswith(TRANSIENT_REASONS)


def read_file(candidate: Candidate, blobs_root: Path, *, use_file_times: bool = False) -> FileRead:
    """Classify, hash, parse and store one file; problems become a skip reason, never an exception."""
    result = FileRead(candidate)
    try:
        with open(candidate.path, "rb") as handle:
            before = os.fstat(handle.fileno())
            result.size, result.mtime_ns = before.st_size, before.st_mtime_ns
            head = handle.read(HEAD_BYTES)
            if not head:
                result.reason = "empty file"
                return result
            try:
                container = sniff(head)
            except MetadataError as error:
                return _read_other(result, handle, head, blobs_root, error.reason)
            _read_image(result, handle, head, container, blobs_root, use_file_times)
    except FileNotFoundError:
        result.reason = "vanished during the import"
    except FileVanished as error:
        result.reason = str(error)
    except OSError as error:
        reason = describe_os_error(error)
        result.reason = reason if reason.startswith(TRANSIENT_REASONS + ("symlink",)) else f"cannot read: {reason}"
    except Exception as error:  # a reader bug must cost one file, not the import
        result.reason = f"unreadable: {type(error).__name__}: {str(error)[:200]}"
    return result


def _read_image(result: FileRead, handle, head: bytes, container: str, blobs_root: Path,
                use_file_times: bool) -> None:
    path = result.candidate.path
    name = display_path(path)
    if result.size > WHOLE_READ_LIMIT:
        # Rare: stream the hash, let the reader map the file for metadata.
        digest = hashlib.sha256(head)
        while chunk := handle.read(STREAM_CHUNK):
            digest.update(chunk)
        source = path
        result.sha256 = digest.hexdigest()
    else:
        data = head + handle.read()
        if len(data) != result.size:
            result.reason = "changed while reading (still being written?)"
            return
        result.sha256 = hashlib.sha256(data).hexdigest()
        source = data
    try:
        metadata = read_metadata(source, filename=name)
    except MetadataError as error:
        result.reason = f"not a readable image: {error.reason}"
        return
    truncation = next((w for w in metadata.warnings if w.startswith(TRUNCATION_SIGNS)), None)
    if truncation is None and container == "jpeg" and isinstance(source, bytes) and source.rfind(b"\xff\xd9") < 0:
        truncation = "JPEG has no end-of-image marker (file truncated?)"
    if truncation:
        result.reason = f"truncated image: {truncation}"
        return
    result.media_type, result.mime, result.ext = "image", MIME_OF.get(container), EXTENSION_OF.get(container, "")
    result.metadata = metadata
    result.warnings = list(metadata.warnings)
    if use_file_times:
        result.time = resolve_generation_time(metadata, path, use_file_times=True)
    elif metadata.generation_time is not None:
        result.time = TimeEvidence(time=metadata.generation_time, source=metadata.generation_time_source or "",
                                   trust=metadata.generation_time_trust or "medium")
    result.graph_key, result.graph_inputs = comfy_graph_signature(metadata)
    _cap_raw(metadata)
    place_blob(blobs_root, path, result.sha256, result.ext,
               source if isinstance(source, bytes) else None)


def _read_other(result: FileRead, handle, head: bytes, blobs_root: Path, why_not_image: str) -> FileRead:
    """Video and audio become plain assets; anything else is skipped with what it looks like."""
    import filetype

    kind = filetype.guess(head)
    top = kind.mime.split("/", 1)[0] if kind else None
    if top not in ("video", "audio"):
        if why_not_image == "truncated header":
            result.reason = "truncated image header"
        else:
            looks = f" (looks like {kind.mime})" if kind else ""
            result.reason = f"not an image, video or audio file{looks}"
        return result
    digest = hashlib.sha256(head)
    read = len(head)
    while chunk := handle.read(STREAM_CHUNK):
        digest.update(chunk)
        read += len(chunk)
    if read != result.size:
        result.reason = "changed while reading (still being written?)"
        return result
    result.media_type, result.mime, result.ext = top, kind.mime, "." + kind.extension
    result.sha256 = digest.hexdigest()
    place_blob(blobs_root, result.candidate.path, result.sha256, result.ext, None)
    return result


def place_blob(blobs_root: Path, source: str, sha256: str, ext: str, data: bytes | None) -> None:
    """Copy the file into the blob store under its hash (temp name, rename; synced per batch).

    A copy, never a hard link: a linked blob would change when the user edits the original in
    place, and would no longer match its hash.
    """
    target = blobs_root / sha256[:2] / f"{sha256}{ext}"
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{sha256}.{secrets.token_hex(4)}.part")
    try:
        _copy_into(temp, source, data, sha256)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _copy_into(temp: Path, source: str, data: bytes | None, sha256: str) -> None:
    with create_private(temp) as out:  # the home is private: 0600 whatever the umask
        if data is not None:
            out.write(data)
        else:
            digest = hashlib.sha256()
            with open(source, "rb") as src:
                while chunk := src.read(STREAM_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != sha256:
                raise FileVanished("changed while reading (still being written?)")
    # No fsync per file: the pipeline syncs the blob filesystem once per batch, before the rows commit.


def _cap_raw(metadata: ImageMetadata) -> None:
    metadata.raw = {k: v if len(v) <= RAW_STORE_CAP else v[:RAW_STORE_CAP] for k, v in metadata.raw.items()}


def comfy_graph_signature(metadata: ImageMetadata) -> tuple[str | None, dict]:
    """(structure key, literal inputs) of a ComfyUI API graph, for spotting graphs that differ a little.

    The key hashes node ids, class types and links; the inputs map 'node.input' to each literal
    (long values replaced by a short hash) so two graphs of one structure can be diffed cheaply.
    """
    if metadata.generator not in ("ComfyUI", "Civitai"):
        return None, {}
    text = metadata.raw.get("prompt")
    for carrier in ("EXIF:Make", "EXIF:Model", "EXIF:ImageDescription"):
        value = metadata.raw.get(carrier, "")
        if text is None and value[:7].lower() == "prompt:":
            text = value[7:].lstrip()
    if not text:
        return None, {}
    try:
        graph = json.loads(text)
    except ValueError:
        return None, {}
    if not looks_like_api_graph(graph):
        return None, {}
    structure, inputs = [], {}
    for node_id in sorted(graph, key=str):
        node = graph[node_id]
        if not isinstance(node, dict):
            continue
        links = []
        for name, value in sorted((node.get("inputs") or {}).items()):
            if is_link(value):
                links.append(f"{name}<{value[0]}:{value[1]}")
            else:
                inputs[f"{node_id}.{name}"] = _short_value(value)
        structure.append(f"{node_id}:{node.get('class_type')}[{','.join(links)}]")
    key = hashlib.sha1("|".join(structure).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return key, inputs


def _short_value(value):
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)
    if len(text) <= GRAPH_VALUE_CAP:
        return text
    return "#" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def provider_name(metadata: ImageMetadata | None) -> str | None:
    if metadata is None or metadata.generator is None:
        return None
    if metadata.generator == "Atelier" and isinstance(metadata.parameters.get("provider"), str):
        return metadata.parameters["provider"]
    return PROVIDER_NAMES.get(metadata.generator, metadata.generator.lower().replace(" ", "-"))
