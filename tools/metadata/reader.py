"""read_metadata: one read of the file's head (pread for chunks further in), a container walk, then the format readers."""

from __future__ import annotations

import os
import struct

from . import (
    a1111,
    atelier,
    c2pa,
    comfyui,
    drawthings,
    fooocus,
    invokeai,
    midjourney,
    novelai,
    swarmui,
)
from .containers import EXTENSIONS, RAW_CAP, Carriers, Source, exif_text, sniff, walk
from .record import ImageMetadata, MetadataError, TimeEvidence
from .timing import file_extension, resolve_generation_time
from .values import load_json, looks_like_json_object, parse_datetime
from .xmp import xmp_value

HEAD_BYTES = 16 * 1024  # holds the metadata of most files; a bigger head costs more to copy than it saves
EXIF_TEXT_FIELDS = ("UserComment", "ImageDescription", "Make", "Model", "Software", "Artist", "DocumentName",
                    "Copyright", "XPComment", "XPTitle", "XPKeywords", "XPSubject", "XPAuthor")
COMFY_PREFIXES = {"prompt:": "prompt", "workflow:": "workflow"}
WEAK_TEXT_TIMES = (("date:create", "PNG text date:create"), ("date:modify", "PNG text date:modify"),
                   ("Creation Time", "PNG text Creation Time"))  # Midjourney's own Creation Time is strong


def read_metadata(path_or_bytes, *, filename: str | None = None) -> ImageMetadata:
    """Read generation metadata without decoding pixels.

    Raises MetadataError only when the input is not an image (empty, unknown, truncated header);
    anything else that is wrong becomes a warning on a partial record.
    """
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        return _read_source(Source(bytes(path_or_bytes)), filename)
    path = os.fspath(path_or_bytes)
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            size = os.fstat(fd).st_size
            if size == 0:
                raise MetadataError("empty file")
            head = os.read(fd, HEAD_BYTES)
            return _read_source(Source(head, size, fd), filename or path)
        finally:
            os.close(fd)
    except OSError as exc:
        raise MetadataError(f"cannot read file ({exc.strerror or exc})") from exc


def _read_source(src: Source, filename: str | None) -> ImageMetadata:
    container = sniff(src.head)
    try:
        carriers = walk(src, container)
    except (struct.error, IndexError, ValueError) as exc:
        raise MetadataError(f"truncated or corrupt {container} header ({exc})") from exc
    header = {"container": container, "width": carriers.width, "height": carriers.height,
              "has_alpha": carriers.has_alpha, "warnings": carriers.warnings}
    if filename:
        extension = file_extension(filename)
        header["extension_matches_content"] = matches = extension in EXTENSIONS.get(container, ())
        if not matches:
            carriers.warnings.append(f"extension '.{extension}' does not match the {container} content")
    record = ImageMetadata(**header)
    try:
        texts = _collect_texts(carriers)
        _interpret(record, texts, carriers)
        if _wants_stealth(record, carriers):
            _read_stealth(record, src.all(), carriers)
        record.fill_from_primary_sampler()
        _container_times(record, carriers, texts)
        _keep_raw(record, texts)
    except Exception as exc:  # a reader bug must not stop an import; say so and keep what we have
        record.warnings.append(f"metadata partly unreadable ({type(exc).__name__}: {str(exc)[:200]})")
    best = resolve_generation_time(record, filename)
    if best is not None:
        record.generation_time, record.generation_time_source = best.time, best.source
        record.generation_time_trust = best.trust
    return record


def _collect_texts(carriers: Carriers) -> dict[str, str]:
    texts = dict(carriers.texts)
    if "XML:com.adobe.xmp" in texts:
        texts.setdefault("XMP", texts.pop("XML:com.adobe.xmp"))
    exif = carriers.exif
    if exif:
        order = exif.get("_byte_order", ">")
        for name in EXIF_TEXT_FIELDS:
            if name in exif:
                text = exif_text(exif[name], name, order)
                if text:
                    texts[f"EXIF:{name}"] = text
    return texts


def _interpret(record: ImageMetadata, texts: dict[str, str], carriers: Carriers) -> None:
    oversized = carriers.oversized
    usable = {k: v for k, v in texts.items() if k not in oversized}

    if not _interpret_png_keys(record, usable):
        _interpret_exif(record, usable)
    if record.generator is None and "XMP" in usable:
        xmp = usable["XMP"]
        if drawthings.is_drawthings(xmp):
            drawthings.apply(record, xmp)
        elif (description := xmp_value(xmp, "dc:description")) and midjourney.is_midjourney({"Description": description}):
            midjourney.apply(record, {"Description": description, "Author": xmp_value(xmp, "dc:creator") or "",
                                      "Creation Time": xmp_value(xmp, "xmp:CreateDate") or ""}, "XMP")
    if record.generator is None and "after_IEND" in usable:
        _interpret_blob(record, usable["after_IEND"], "after_IEND")
    if "atelier" in usable:
        atelier.apply(record, usable["atelier"])
    elif "XMP" in usable and (packet := xmp_value(usable["XMP"], "atelier:metadata")):
        atelier.apply(record, packet)  # Atelier's WebP clips carry the same JSON in XMP
    if carriers.c2pa:
        record.c2pa = c2pa.read(carriers.c2pa)


def _interpret_png_keys(record: ImageMetadata, texts: dict[str, str]) -> bool:
    """PNG text keywords (also used by WebP/JPEG writers that copy PNG names); True if matched."""
    if "invokeai_metadata" in texts:
        invokeai.apply_invokeai_metadata(record, texts["invokeai_metadata"])
    elif "sd-metadata" in texts:
        invokeai.apply_sd_metadata(record, texts["sd-metadata"])
    elif "Dream" in texts:
        invokeai.apply_dream(record, texts["Dream"])
    elif "prompt" in texts or "workflow" in texts:
        _apply_comfy(record, texts.get("prompt"), texts.get("workflow"), "PNG prompt/workflow")
    elif "parameters" in texts:
        _interpret_blob(record, texts["parameters"], "parameters", fooocus_scheme=texts.get("fooocus_scheme"))
    elif novelai.is_novelai(texts) and ("Comment" in texts or "Description" in texts):
        novelai.apply(record, texts)
    elif midjourney.is_midjourney(texts):
        midjourney.apply(record, texts, "PNG text")
    else:
        return False
    return record.generator is not None or bool(record.samplers)


def _interpret_exif(record: ImageMetadata, texts: dict[str, str]) -> None:
    comfy: dict[str, str] = {}
    for field in ("EXIF:Make", "EXIF:Model", "EXIF:ImageDescription"):
        value = texts.get(field, "")
        lowered = value[:10].lower()
        for prefix, role in COMFY_PREFIXES.items():
            if lowered.startswith(prefix):
                comfy[role] = value[len(prefix):].lstrip()
    if comfy:
        _apply_comfy(record, comfy.get("prompt"), comfy.get("workflow"), "EXIF Make/Model/ImageDescription")
        return
    comment = texts.get("EXIF:UserComment")
    if comment:
        nai_software = texts.get("EXIF:Software", "")
        if looks_like_json_object(comment) and nai_software.startswith("NovelAI"):
            fields = novelai.fields_from_exif_comment(comment, record.warnings)
            if fields:
                novelai.apply(record, fields)
                return
        _interpret_blob(record, comment, "EXIF UserComment")
        if record.generator is not None:
            return
    description = texts.get("EXIF:ImageDescription", "")
    if description and midjourney.is_midjourney({"Description": description}):
        midjourney.apply(record, {"Description": description, "Author": texts.get("EXIF:Artist", "")}, "EXIF")
    elif description and a1111.looks_like_infotext(description):
        a1111.apply(record, description, "EXIF ImageDescription")


def _interpret_blob(record: ImageMetadata, text: str, carrier: str, *, fooocus_scheme: str | None = None) -> None:
    """A carrier that may hold infotext or one of several JSON shapes."""
    if looks_like_json_object(text):
        data = load_json(text, carrier, record.warnings)
        if not isinstance(data, dict):
            return
        if swarmui.is_swarmui(data):
            swarmui.apply(record, data, carrier)
        elif fooocus.is_ruined_fooocus(data):
            fooocus.apply(record, data, "RuinedFooocus")
        elif fooocus.is_fooocus(data, fooocus_scheme):
            fooocus.apply(record, data, "Fooocus")
        elif "prompt" in data and (comfyui.looks_like_api_graph(data["prompt"]) or "workflow" in data):
            _apply_comfy(record, data.get("prompt"), data.get("workflow"), carrier)
        elif comfyui.looks_like_api_graph(data):
            _apply_comfy(record, data, None, carrier)
        elif comfyui.looks_like_ui_workflow(data):
            _apply_comfy(record, None, data, carrier)
        elif "c" in data and ("uc" in data or "scale" in data):
            record.warnings.append(f"{carrier}: Draw Things-style JSON outside XMP")
            drawthings.apply(record, f"<exif:UserComment>{text}</exif:UserComment>")
        else:
            record.warnings.append(f"{carrier}: JSON of an unknown generator")
    elif a1111.looks_like_infotext(text):
        generator = "Fooocus" if fooocus_scheme == "a1111" else None
        a1111.apply(record, text, carrier, generator=generator)


def _apply_comfy(record: ImageMetadata, prompt, workflow, carrier: str) -> None:
    if isinstance(prompt, str):
        prompt = load_json(prompt, f"{carrier} (prompt)", record.warnings)
    api_graph = prompt if comfyui.looks_like_api_graph(prompt) else None
    if prompt is not None and api_graph is None:
        record.warnings.append(f"{carrier}: 'prompt' is not a ComfyUI API graph")
    ui_workflow = None
    if api_graph is None:  # the UI workflow is large and only needed without an API graph; raw keeps it
        if isinstance(workflow, str):
            workflow = load_json(workflow, f"{carrier} (workflow)", record.warnings)
        ui_workflow = workflow if comfyui.looks_like_ui_workflow(workflow) else None
    comfyui.apply(record, api_graph, ui_workflow, carrier)


def _wants_stealth(record: ImageMetadata, carriers: Carriers) -> bool:
    # Decoding pixels is the one exception: only PNGs with alpha, nothing else found, under the cap.
    return (
        carriers.container == "png"
        and carriers.has_alpha
        and record.is_empty
        and not carriers.texts
        and carriers.width is not None
        and carriers.height is not None
    )


def _read_stealth(record: ImageMetadata, buf, carriers: Carriers) -> None:
    if carriers.width * carriers.height > novelai.STEALTH_PIXEL_CAP:
        record.warnings.append("stealth metadata not checked: image exceeds the pixel cap")
        return
    text = novelai.read_stealth(buf, carriers.width, carriers.height, record.warnings)
    if not text:
        return
    record.raw["stealth"] = text[:RAW_CAP]
    if looks_like_json_object(text):
        data = load_json(text, "stealth", record.warnings)
        if isinstance(data, dict) and "Comment" in data:
            novelai.apply(record, {k: v if isinstance(v, str) else str(v) for k, v in data.items()})
            return
    _interpret_blob(record, text, "stealth")


def _container_times(record: ImageMetadata, carriers: Carriers, texts: dict[str, str]) -> None:
    exif = carriers.exif
    order = exif.get("_byte_order", ">")

    def exif_time(name: str, offset_name: str, trust: str) -> None:
        value = exif_text(exif.get(name), name, order)
        parsed = parse_datetime(value)
        if not parsed:
            return
        time, assumed = parsed
        offset = exif_text(exif.get(offset_name), offset_name, order)
        if assumed and offset:
            zoned = parse_datetime(f"{time.replace(tzinfo=None).isoformat()}{offset}")
            if zoned:
                time, assumed = zoned
        record.time_candidates.append(TimeEvidence(time=time, source=f"EXIF {name}", trust=trust, assumed_utc=assumed))

    if "DateTimeOriginal" in exif or "DateTime" in exif:  # most generator outputs carry neither
        exif_time("DateTimeOriginal", "OffsetTimeOriginal", "medium")
        exif_time("DateTime", "OffsetTime", "weak")
    if carriers.png_time is not None:
        record.time_candidates.append(TimeEvidence(time=carriers.png_time, source="PNG tIME", trust="weak"))
    for key, source in WEAK_TEXT_TIMES:
        if key in texts and not (key == "Creation Time" and record.generator == "Midjourney"):
            parsed = parse_datetime(texts[key])
            if parsed:
                record.time_candidates.append(
                    TimeEvidence(time=parsed[0], source=source, trust="weak", assumed_utc=parsed[1]))
    xmp = texts.get("XMP")
    if xmp:
        for qname in ("xmp:CreateDate", "xmp:ModifyDate", "photoshop:DateCreated"):
            parsed = parse_datetime(xmp_value(xmp, qname))
            if parsed and not (record.generator == "Midjourney" and qname == "xmp:CreateDate"):
                record.time_candidates.append(
                    TimeEvidence(time=parsed[0], source=f"XMP {qname}", trust="weak", assumed_utc=parsed[1]))


def _keep_raw(record: ImageMetadata, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        if len(text) > RAW_CAP:
            record.warnings.append(f"raw '{name}' truncated to {RAW_CAP} characters (was {len(text)})")
            text = text[:RAW_CAP]
        record.raw[name] = text
