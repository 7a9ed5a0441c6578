"""Unit tests for tools.metadata with files synthesised here (Pillow PngInfo / EXIF / raw chunks)."""

from __future__ import annotations

import gzip
import io
import json
import os
import struct
import time
import zlib
from datetime import datetime, timezone

import numpy as np
import pytest
from PIL import Image, ImageFile
from PIL.PngImagePlugin import PngInfo

from tools.metadata import MetadataError, TimeEvidence, read_metadata, resolve_generation_time
from tools.metadata.containers import RAW_CAP
from tools.metadata.record import ImageMetadata
from tools.metadata.timing import filename_evidence

INFOTEXT = (
    "photo of a duck, <lora:duckStyle:0.7>\nNegative prompt: monochrome\n"
    "Steps: 15, Sampler: UniPC, Schedule type: Karras, CFG scale: 5, Seed: 235284042, Size: 512x400, "
    "Model hash: c0d1994c73, Model: realisticVision, Clip skip: 2, Version: v1.10.1"
)


def png_bytes(texts: dict[str, str] | None = None, *, mode: str = "RGB", size=(8, 8), itxt: dict | None = None,
              ztxt: dict | None = None) -> bytes:
    info = PngInfo()
    for key, value in (texts or {}).items():
        info.add_text(key, value)
    for key, value in (itxt or {}).items():
        info.add_itxt(key, value, zip=True)
    for key, value in (ztxt or {}).items():
        info.add_text(key, value, zip=True)
    out = io.BytesIO()
    Image.new(mode, size, (10, 20, 30, 255)[: len(mode)]).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_by_hand(width: int, height: int, extra_chunks: list[bytes], color_type: int = 2, idat: bytes | None = None) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    idat = idat if idat is not None else zlib.compress(b"\x00" * 16)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + b"".join(extra_chunks) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def jpeg_with_user_comment(comment: bytes) -> bytes:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9286] = comment
    out = io.BytesIO()
    Image.new("RGB", (16, 12), "white").save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


@pytest.fixture
def no_pixel_decoding(monkeypatch):
    def refuse(self, *args, **kwargs):
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)


# --------------------------------------------------------------------------- A1111


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a1111_user_comment_in_jpeg_either_byte_order(encoding, no_pixel_decoding):
    data = jpeg_with_user_comment(b"UNICODE\x00" + INFOTEXT.replace("photo of a duck", "photo of a duck テスト").encode(encoding))
    record = read_metadata(data, filename="out.jpg")
    assert record.container == "jpeg" and (record.width, record.height) == (16, 12)
    assert record.generator == "AUTOMATIC1111"
    assert record.prompt.startswith("photo of a duck テスト")
    assert record.negative_prompt == "monochrome"
    assert (record.seed, record.steps, record.cfg, record.sampler) == (235284042, 15, 5.0, "UniPC")
    assert record.scheduler == "Karras" and record.clip_skip == 2
    assert (record.model, record.model_hash) == ("realisticVision", "c0d1994c73")
    assert (record.generation_width, record.generation_height) == (512, 400)
    assert [(lora.name, lora.weight) for lora in record.loras] == [("duckStyle", 0.7)]
    assert record.parameters["Version"] == "v1.10.1"
    assert "EXIF:UserComment" in record.raw


def test_a1111_png_parameters_reads_no_pixels(no_pixel_decoding):
    record = read_metadata(png_bytes({"parameters": INFOTEXT}, mode="RGBA"))
    assert record.generator == "AUTOMATIC1111" and record.seed == 235284042
    assert record.raw["parameters"] == INFOTEXT


def test_civitai_created_date_is_strong_time():
    text = INFOTEXT + ', Created Date: 2026-01-04T01:27:21.2717070Z, Civitai resources: [{"type":"lora","modelName":"Duck, Inc","weight":0.5}]'
    record = read_metadata(png_bytes({"parameters": text}))
    assert record.generator == "Civitai"
    assert record.generation_time == datetime(2026, 1, 4, 1, 27, 21, 271707, tzinfo=timezone.utc)
    assert record.generation_time_trust == "strong"
    assert any(lora.name == "Duck, Inc" and lora.weight == 0.5 for lora in record.loras)


# --------------------------------------------------------------------------- ComfyUI

COMFY_GRAPH = {
    "3": {"class_type": "KSampler", "inputs": {
        "seed": ["10", 0], "steps": 25, "cfg": float("nan"), "sampler_name": "euler", "scheduler": "karras",
        "denoise": 1.0, "model": ["11", 0], "positive": ["6", 0], "negative": ["7", 0], "latent_image": ["5", 0]}},
    "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "sdxl.safetensors"}},
    "11": {"class_type": "LoraLoader", "inputs": {"lora_name": "ink.safetensors", "strength_model": 0.8,
                                                  "strength_clip": 1.0, "model": ["4", 0], "clip": ["4", 1]}},
    "10": {"class_type": "PrimitiveNode", "inputs": {"value": 123456789}},
    "12": {"class_type": "String Literal", "inputs": {"string": "a lighthouse at dusk"}},
    "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 832, "height": 1216, "batch_size": 1}},
    "6": {"class_type": "CLIPTextEncode", "inputs": {"text": ["12", 0], "clip": ["11", 1]}},
    "7": {"class_type": "CLIPTextEncode", "inputs": {"text": "blurry", "clip": ["99", 0]}},
    "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "ComfyUI", "images": ["8", 0]}},
}


def test_comfyui_links_are_resolved_and_nan_becomes_a_warning(no_pixel_decoding):
    text = json.dumps(COMFY_GRAPH)  # json writes NaN for the cfg
    assert "NaN" in text
    record = read_metadata(png_bytes({"prompt": text}))
    assert record.generator == "ComfyUI"
    assert record.seed == 123456789  # through the primitive node
    assert record.prompt == "a lighthouse at dusk"  # through the string node
    assert record.negative_prompt == "blurry"
    assert record.cfg is None and any("non-finite" in w for w in record.warnings)
    assert record.model == "sdxl.safetensors"  # through the LoRA loader
    assert [(lora.name, lora.weight) for lora in record.loras] == [("ink.safetensors", 0.8)]
    assert (record.generation_width, record.generation_height) == (832, 1216)
    assert record.parameters["SaveImage"] == [{"id": "9", "filename_prefix": "ComfyUI"}]


def test_comfyui_missing_link_and_broken_json_are_warnings():
    graph = {"3": {"class_type": "KSampler", "inputs": {"seed": ["42", 0], "steps": 20, "cfg": 7,
                                                         "sampler_name": "euler", "scheduler": "normal",
                                                         "positive": ["6", 0], "model": ["4", 0]}}}
    record = read_metadata(png_bytes({"prompt": json.dumps(graph)}))
    assert record.steps == 20 and record.seed is None
    assert any("missing node 42" in w for w in record.warnings)
    record = read_metadata(png_bytes({"prompt": "{not json", "workflow": '{"nodes": [1, '}))
    assert record.is_empty and sum("malformed JSON" in w for w in record.warnings) == 2
    assert record.raw["workflow"] == '{"nodes": [1, '


def test_comfyui_several_samplers_in_dependency_order():
    graph = {
        "20": {"class_type": "KSampler", "inputs": {"seed": 2, "steps": 10, "cfg": 5, "sampler_name": "dpmpp_2m",
                                                     "scheduler": "simple", "denoise": 0.5, "model": ["4", 0],
                                                     "positive": ["6", 0], "negative": ["6", 0], "latent_image": ["21", 0]}},
        "21": {"class_type": "LatentUpscaleBy", "inputs": {"upscale_method": "nearest-exact", "scale_by": 1.5,
                                                            "samples": ["3", 0]}},
        "3": {"class_type": "KSampler", "inputs": {"seed": 1, "steps": 30, "cfg": 7, "sampler_name": "euler",
                                                    "scheduler": "normal", "denoise": 1.0, "model": ["4", 0],
                                                    "positive": ["6", 0], "negative": ["6", 0], "latent_image": ["5", 0]}},
        "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "base.ckpt"}},
        "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 512, "height": 512, "batch_size": 1}},
        "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "castle", "clip": ["4", 1]}},
    }
    record = read_metadata(png_bytes({"prompt": json.dumps(graph)}))
    assert [s.node_id for s in record.samplers] == ["3", "20"]
    assert record.seed == 1 and record.steps == 30  # the base pass is primary
    assert record.hires.upscaler == "nearest-exact" and record.hires.scale == 1.5 and record.hires.denoise == 0.5


def test_comfyui_workflow_only():
    workflow = {
        "nodes": [
            {"id": 3, "type": "KSampler", "widgets_values": [777, "fixed", 28, 6.5, "dpmpp_2m", "karras", 1.0],
             "inputs": [{"name": "model", "link": 1}, {"name": "positive", "link": 2}, {"name": "negative", "link": 3},
                        {"name": "latent_image", "link": 4}]},
            {"id": 4, "type": "CheckpointLoaderSimple", "widgets_values": ["flux.safetensors"]},
            {"id": 6, "type": "CLIPTextEncode", "widgets_values": ["red fox in snow"], "inputs": [{"name": "clip", "link": 5}]},
            {"id": 7, "type": "CLIPTextEncode", "widgets_values": ["lowres"], "inputs": [{"name": "clip", "link": 6}]},
            {"id": 5, "type": "EmptyLatentImage", "widgets_values": [1024, 768, 1]},
            {"id": 8, "type": "KSampler", "mode": 4, "widgets_values": [1, "fixed", 1, 1, "euler", "normal", 1.0]},
        ],
        "links": [[1, 4, 0, 3, 0, "MODEL"], [2, 6, 0, 3, 1, "CONDITIONING"], [3, 7, 0, 3, 2, "CONDITIONING"],
                  [4, 5, 0, 3, 3, "LATENT"], [5, 4, 1, 6, 0, "CLIP"], [6, 4, 1, 7, 0, "CLIP"]],
    }
    record = read_metadata(png_bytes({"workflow": json.dumps(workflow)}))
    assert record.generator == "ComfyUI"
    assert (record.seed, record.steps, record.cfg, record.sampler, record.scheduler) == (777, 28, 6.5, "dpmpp_2m", "karras")
    assert (record.prompt, record.negative_prompt, record.model) == ("red fox in snow", "lowres", "flux.safetensors")
    assert (record.generation_width, record.generation_height) == (1024, 768)
    assert len(record.samplers) == 1  # the bypassed sampler did not run
    assert any("workflow only" in w for w in record.warnings)


# --------------------------------------------------------------------------- PNG carriers


def test_itxt_and_ztxt_chunks():
    record = read_metadata(png_bytes(itxt={"parameters": INFOTEXT.replace("photo of a duck", "photo of a canard é")}))
    assert record.prompt.startswith("photo of a canard é") and record.seed == 235284042
    record = read_metadata(png_bytes(ztxt={"parameters": INFOTEXT}))
    assert record.generator == "AUTOMATIC1111" and record.steps == 15


def test_text_after_idat_and_after_iend():
    after_idat = png_by_hand(4, 4, []).replace(
        chunk(b"IEND", b""), chunk(b"tEXt", b"parameters\x00" + INFOTEXT.encode()) + chunk(b"IEND", b""))
    record = read_metadata(after_idat)
    assert record.seed == 235284042 and any("after IDAT" in w for w in record.warnings)

    after_iend = png_bytes() + INFOTEXT.encode("utf-8")
    record = read_metadata(after_iend)
    assert record.generator == "AUTOMATIC1111" and record.prompt.startswith("photo of a duck")
    assert any("after IEND" in w for w in record.warnings)
    assert record.raw["after_IEND"].startswith("photo of a duck")


def test_extension_that_lies_is_detected_from_bytes(tmp_path):
    path = tmp_path / "render.jpg"
    path.write_bytes(png_bytes({"parameters": INFOTEXT}))
    record = read_metadata(path)
    assert record.container == "png" and record.extension_matches_content is False
    assert record.seed == 235284042
    assert read_metadata(png_bytes(), filename="x.PNG").extension_matches_content is True


def test_huge_text_chunk_is_capped_and_fast(tmp_path):
    payload = b"x" * (20 * 1024 * 1024)
    path = tmp_path / "huge.png"
    path.write_bytes(png_by_hand(8, 8, [chunk(b"tEXt", b"workflow\x00" + payload)]))
    started = time.perf_counter()
    record = read_metadata(path)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0
    assert len(record.raw["workflow"]) <= RAW_CAP
    assert any("too large to parse" in w for w in record.warnings)
    assert record.is_empty


def test_zero_byte_file(tmp_path):
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    with pytest.raises(MetadataError, match="empty"):
        read_metadata(path)
    with pytest.raises(MetadataError):
        read_metadata(b"")


@pytest.mark.parametrize("cut", [4, 20, 30])
def test_truncated_header_raises(cut):
    with pytest.raises(MetadataError):
        read_metadata(png_bytes()[:cut])


def test_truncated_jpeg_before_frame_header_raises():
    data = jpeg_with_user_comment(b"ASCII\x00\x00\x00hello")
    sof = data.find(b"\xff\xc0")
    with pytest.raises(MetadataError):
        read_metadata(data[:sof])


def test_truncated_body_gives_partial_record():
    data = png_bytes({"parameters": INFOTEXT})
    record = read_metadata(data[: data.find(b"IDAT") + 6])
    assert record.seed == 235284042 and any("truncated" in w or "IEND" in w for w in record.warnings)


def test_not_an_image():
    with pytest.raises(MetadataError, match="not an image"):
        read_metadata(b"Steps: 20, Sampler: Euler, this is a text file")


def test_decompression_bomb_header_is_never_decoded(no_pixel_decoding):
    bomb = png_by_hand(100_000, 100_000, [], color_type=6, idat=zlib.compress(b"\x00" * 64))
    started = time.perf_counter()
    record = read_metadata(bomb)
    assert time.perf_counter() - started < 1.0
    assert (record.width, record.height, record.has_alpha) == (100_000, 100_000, True)
    assert record.is_empty
    assert any("pixel cap" in w for w in record.warnings)


# --------------------------------------------------------------------------- stealth


def stealth_png(text: str, signature: bytes = b"stealth_pngcomp") -> bytes:
    payload = gzip.compress(text.encode()) if signature.endswith(b"comp") else text.encode()
    bits = np.unpackbits(np.frombuffer(signature + struct.pack(">I", len(payload) * 8) + payload, np.uint8))
    width, height = 48, 64
    alpha = np.full(width * height, 254, np.uint8)
    alpha[: bits.size] |= bits
    rgba = np.zeros((height, width, 4), np.uint8)
    rgba[..., 3] = alpha.reshape(width, height).T  # column-major order: x outer, y inner
    out = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("signature", [b"stealth_pngcomp", b"stealth_pnginfo"])
def test_stealth_alpha_metadata(signature):
    record = read_metadata(stealth_png(INFOTEXT, signature))
    assert record.generator == "AUTOMATIC1111" and record.seed == 235284042
    assert record.raw["stealth"] == INFOTEXT


def test_stealth_not_decoded_when_text_chunks_exist(no_pixel_decoding):
    record = read_metadata(png_bytes({"Comment": "made in an editor"}, mode="RGBA"))
    assert record.is_empty and record.raw["Comment"] == "made in an editor"


# --------------------------------------------------------------------------- Midjourney, Atelier, formats


def test_midjourney_description_and_creation_time():
    texts = {"Description": "a koi pond, watercolor --ar 16:9 --seed 42 --v 6.1 Job ID: 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
             "Author": "painter", "Creation Time": "2024-05-01T12:34:56.789Z"}
    record = read_metadata(png_bytes(texts))
    assert record.generator == "Midjourney"
    assert record.prompt == "a koi pond, watercolor" and record.seed == 42
    assert record.parameters["job_id"] == "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
    assert record.parameters["author"] == "painter" and record.model == "Midjourney v6.1"
    assert record.generation_time == datetime(2024, 5, 1, 12, 34, 56, 789000, tzinfo=timezone.utc)
    assert record.generation_time_trust == "strong"


def test_naive_time_is_read_as_utc_and_flagged():
    texts = {"Description": "x Job ID: 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", "Creation Time": "2024-05-01 08:00:00"}
    candidate = read_metadata(png_bytes(texts)).time_candidates[0]
    assert candidate.time == datetime(2024, 5, 1, 8, tzinfo=timezone.utc) and candidate.assumed_utc


def test_atelier_chunk_wins_over_parameters():
    own = {"prompt": "atelier prompt", "negative_prompt": "none", "seed": 7, "width": 640, "height": 480,
           "model": "procedural", "provider": "procedural", "session_id": "s1", "generation_id": "g1",
           "created_at": "2025-02-03T04:05:06Z"}
    record = read_metadata(png_bytes({"parameters": INFOTEXT, "atelier": json.dumps(own)}))
    assert record.generator == "Atelier"
    assert (record.prompt, record.negative_prompt, record.seed, record.model) == ("atelier prompt", "none", 7, "procedural")
    assert (record.generation_width, record.generation_height) == (640, 480)
    assert record.parameters["session_id"] == "s1" and record.parameters["generation_id"] == "g1"
    assert record.steps == 15  # what atelier does not say still comes from parameters
    assert record.generation_time == datetime(2025, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
    assert record.generation_time_source == "Atelier created_at"


def test_invokeai_dream_and_swarmui_and_fooocus():
    dream = '"a red barn [fog, people]" -s 30 -S 99 -W 640 -H 512 -C 7.5 -A k_euler'
    record = read_metadata(png_bytes({"Dream": dream}))
    assert (record.generator, record.prompt, record.negative_prompt) == ("InvokeAI", "a red barn", "fog, people")
    assert (record.steps, record.seed, record.cfg, record.sampler) == (30, 99, 7.5, "k_euler")

    swarm = {"sui_image_params": {"prompt": "p", "negativeprompt": "n", "seed": 5, "steps": 9, "cfgscale": 3.5,
                                  "model": "m", "loras": ["a"], "loraweights": ["0.6"]},
             "sui_extra_data": {"date": "2026-01-03"}}
    record = read_metadata(png_bytes({"parameters": json.dumps(swarm)}))
    assert (record.generator, record.seed, record.cfg, record.loras[0].weight) == ("SwarmUI", 5, 3.5, 0.6)
    assert record.generation_time_trust == "strong"

    fooocus = {"prompt": "goldfish", "negative_prompt": "", "base_model": "juggernaut", "sampler": "dpmpp_2m_sde_gpu",
               "seed": "6952411511246973023", "steps": 30, "guidance_scale": 4, "loras": [["detail.safetensors", 0.5]],
               "full_prompt": ["goldfish, cinematic"], "resolution": "(768, 1280)"}
    record = read_metadata(png_bytes({"parameters": json.dumps(fooocus), "fooocus_scheme": "fooocus"}))
    assert (record.generator, record.seed, record.cfg) == ("Fooocus", 6952411511246973023, 4.0)
    assert (record.generation_width, record.generation_height) == (768, 1280)
    assert record.loras[0].name == "detail.safetensors"


def test_draw_things_xmp():
    comment = json.dumps({"c": "a tiny robot", "uc": "blur", "seed": 11, "steps": 8, "scale": 4.5,
                          "sampler": "DPM++ 2M", "model": "flux_1_schnell", "size": "768x512",
                          "lora": [{"file": "pixel.ckpt", "weight": 0.9}]})
    xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description xmp:CreatorTool="Draw Things">'
           f'<exif:UserComment><rdf:Alt><rdf:li xml:lang="x-default">{comment.replace("&", "&amp;")}</rdf:li>'
           '</rdf:Alt></exif:UserComment></rdf:Description></rdf:RDF></x:xmpmeta>')
    record = read_metadata(png_bytes(itxt={"XML:com.adobe.xmp": xmp}))
    assert record.generator == "Draw Things"
    assert (record.prompt, record.negative_prompt, record.seed, record.cfg) == ("a tiny robot", "blur", 11, 4.5)
    assert (record.generation_width, record.generation_height) == (768, 512)
    assert record.loras[0].name == "pixel.ckpt"


def test_webp_exif_container(no_pixel_decoding):
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9286] = b"UNICODE\x00" + INFOTEXT.encode("utf-16-be")
    out = io.BytesIO()
    Image.new("RGB", (20, 10), "red").save(out, "WEBP", exif=exif.tobytes())
    record = read_metadata(out.getvalue(), filename="a.webp")
    assert (record.container, record.width, record.height) == ("webp", 20, 10)
    assert record.seed == 235284042 and record.extension_matches_content


# --------------------------------------------------------------------------- time evidence


@pytest.mark.parametrize(("path", "expected", "source_word"), [
    ("outputs/2024-05-01_13-45-10_1234.png", datetime(2024, 5, 1, 13, 45, 10, tzinfo=timezone.utc), "date-time"),
    ("samples/sample_e000010_20240501134510.png", datetime(2024, 5, 1, 13, 45, 10, tzinfo=timezone.utc), "YYYYMMDDhhmmss"),
    ("ComfyUI_2024-05-01_00001_.png", datetime(2024, 5, 1, tzinfo=timezone.utc), "day only"),
    ("outputs/txt2img-images/2024-05-01/00012-123.png", datetime(2024, 5, 1, tzinfo=timezone.utc), "folder"),
])
def test_file_name_time_patterns(path, expected, source_word):
    evidence = filename_evidence(path)[0]
    assert evidence.time == expected and evidence.trust == "medium" and source_word in evidence.source
    assert evidence.assumed_utc


def test_file_names_without_times():
    assert filename_evidence("outputs/00012-1234567890.png") == []
    assert filename_evidence("img_2024-13-45_99-99-99.png") == []


def _evidence(trust: str, day: int, source: str) -> TimeEvidence:
    return TimeEvidence(time=datetime(2024, 1, day, tzinfo=timezone.utc), source=source, trust=trust)


def test_time_evidence_ranking(tmp_path):
    path = tmp_path / "2024-03-03_10-00-00_1.png"
    path.write_bytes(b"")
    record = ImageMetadata(time_candidates=[_evidence("weak", 1, "PNG tIME"), _evidence("medium", 2, "EXIF DateTimeOriginal")])
    assert resolve_generation_time(record, path).source.startswith("file name")  # file name before EXIF DTO
    record.time_candidates.append(_evidence("strong", 4, "SwarmUI date"))
    assert resolve_generation_time(record, path).source == "SwarmUI date"

    weak_only = ImageMetadata(time_candidates=[_evidence("weak", 1, "PNG tIME")])
    plain = tmp_path / "image.png"
    plain.write_bytes(b"")
    assert resolve_generation_time(weak_only, plain) is None
    assert resolve_generation_time(weak_only, plain, use_file_times=True).source == "PNG tIME"
    os.utime(plain, (1_700_000_000, 1_700_000_000))
    mtime = resolve_generation_time(ImageMetadata(), plain, use_file_times=True)
    assert mtime.source == "file mtime" and mtime.trust == "weak"
    assert mtime.time == datetime.fromtimestamp(1_700_000_000, timezone.utc)
    assert resolve_generation_time(ImageMetadata(), plain) is None


def test_exif_date_time_original_is_medium_with_offset():
    exif = Image.Exif()
    exif[0x0132] = "2024:02:02 10:00:00"
    exif.get_ifd(0x8769)[0x9003] = "2024:02:01 09:30:00"
    exif.get_ifd(0x8769)[0x9011] = "+09:00"
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "JPEG", exif=exif.tobytes())
    record = read_metadata(out.getvalue())
    by_source = {c.source: c for c in record.time_candidates}
    original = by_source["EXIF DateTimeOriginal"]
    assert original.trust == "medium" and original.time == datetime(2024, 2, 1, 0, 30, tzinfo=timezone.utc)
    assert not original.assumed_utc
    assert by_source["EXIF DateTime"].trust == "weak" and by_source["EXIF DateTime"].assumed_utc
    assert record.generation_time_source == "EXIF DateTimeOriginal"
