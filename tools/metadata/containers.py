"""Container walkers: PNG chunks, JPEG segments, RIFF/WebP chunks, TIFF/EXIF IFDs.

Hand-written on purpose: Pillow's open() also walks every chunk but builds an Image object,
resolves palettes/ICC and copies every text chunk into ``info`` with no size cap; for import of
tens of thousands of files we only need the header size and the metadata carriers, read with
``struct`` from a ``Source`` (the file's head, plus pread for chunk headers and carriers further
in).  Pixel data is neither decoded nor read.
"""

from __future__ import annotations

import os
import struct
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from .record import MetadataError

RAW_CAP = 1 << 20  # raw text kept per carrier
PARSE_CAP = 8 << 20  # carriers larger than this are kept (capped) but not parsed
INFLATE_CAP = 16 << 20  # zTXt/iTXt decompression limit (zip-bomb guard)
MAX_IFD_ENTRIES = 512

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

EXTENSIONS = {
    "png": {"png", "apng"},
    "jpeg": {"jpg", "jpeg", "jpe", "jfif"},
    "webp": {"webp"},
    "gif": {"gif"},
    "bmp": {"bmp", "dib"},
    "tiff": {"tif", "tiff"},
    "avif": {"avif"},
    "heic": {"heic", "heif"},
}

EXIF_TAGS = {
    0x010D: "DocumentName",
    0x010E: "ImageDescription",
    0x010F: "Make",
    0x0110: "Model",
    0x0131: "Software",
    0x0132: "DateTime",
    0x013B: "Artist",
    0x8298: "Copyright",
    0x9003: "DateTimeOriginal",
    0x9004: "DateTimeDigitized",
    0x9010: "OffsetTime",
    0x9011: "OffsetTimeOriginal",
    0x9286: "UserComment",
    0x9C9B: "XPTitle",
    0x9C9C: "XPComment",
    0x9C9D: "XPAuthor",
    0x9C9E: "XPKeywords",
    0x9C9F: "XPSubject",
    0x0100: "ImageWidth",
    0x0101: "ImageLength",
}
EXIF_IFD_POINTER = 0x8769
TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}


@dataclass
class Carriers:
    """What a container walk found: header facts and the metadata carriers as text."""

    container: str
    width: int | None = None
    height: int | None = None
    has_alpha: bool = False
    texts: dict[str, str] = field(default_factory=dict)  # carrier name -> decoded text
    oversized: set[str] = field(default_factory=set)  # carriers too big to parse
    exif: dict[str, Any] = field(default_factory=dict)  # tag name -> value
    png_time: datetime | None = None
    c2pa: bytes | None = None
    warnings: list[str] = field(default_factory=list)

    def add_text(self, name: str, text: str) -> None:
        key, n = name, 2
        while key in self.texts:  # repeated keywords are kept, numbered
            key = f"{name}#{n}"
            n += 1
        self.texts[key] = text


class Source:
    """Random access to an image: the whole buffer, or a file's first bytes plus pread for the rest.

    Metadata sits in a few small chunks; hopping over pixel data with pread instead of reading or
    mapping the whole file keeps the cost per file nearly independent of its size.
    """

    __slots__ = ("head", "size", "fd")

    def __init__(self, head: bytes, size: int | None = None, fd: int | None = None) -> None:
        self.head = head
        self.size = len(head) if size is None else size
        self.fd = fd

    def read(self, start: int, end: int) -> bytes:
        """Bytes start:end, clipped at the end of the file like a slice."""
        if end <= len(self.head) or self.fd is None:
            return self.head[start:end]
        if end > self.size:
            end = self.size
        if end <= start:
            return b""
        return os.pread(self.fd, end - start, start)

    def all(self) -> bytes:
        return self.read(0, self.size)


def as_source(buf) -> Source:
    return buf if isinstance(buf, Source) else Source(bytes(buf))


def sniff(buf) -> str:
    """Container from the leading bytes; MetadataError when it is no image we know."""
    head = bytes(buf[:32])
    if not head:
        raise MetadataError("empty file")
    if head.startswith(PNG_SIGNATURE):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"avif", b"avis"):
            return "avif"
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis"):
            return "heic"
    if head[:2] == b"BM" and len(head) >= 26 and struct.unpack_from("<I", head, 14)[0] in (12, 40, 56, 64, 108, 124):
        return "bmp"
    if PNG_SIGNATURE.startswith(head) or head in (b"\xff\xd8", b"\xff"):
        raise MetadataError("truncated header")
    raise MetadataError("not an image (unknown container)")


def decode_text_bytes(data: bytes) -> str:
    """tEXt is latin-1 by spec, yet many writers put UTF-8 in it."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _inflate(data: bytes, carriers: Carriers, name: str) -> bytes | None:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, INFLATE_CAP)
    except zlib.error as exc:
        carriers.warnings.append(f"{name}: cannot decompress ({exc})")
        return None
    if inflater.unconsumed_tail:
        carriers.warnings.append(f"{name}: decompressed text exceeds {INFLATE_CAP} bytes; truncated")
    return out


def _store_text(carriers: Carriers, name: str, data: bytes, *, utf8: bool) -> None:
    if len(data) > PARSE_CAP:
        carriers.warnings.append(f"{name}: {len(data)} bytes, too large to parse; raw kept truncated")
        data = data[:RAW_CAP]
        carriers.oversized.add(name)
    text = data.decode("utf-8", "replace") if utf8 else decode_text_bytes(data)
    carriers.add_text(name, text)


# --------------------------------------------------------------------------- PNG


_PNG_CHUNK = struct.Struct(">I4s")


def walk_png(src: Source) -> Carriers:
    head, size = src.head, src.size
    if size < 33 or head[12:16] != b"IHDR":
        raise MetadataError("truncated header (PNG without IHDR)")
    width, height, _depth, color_type = struct.unpack_from(">IIBB", head, 16)
    carriers = Carriers("png", width, height, has_alpha=color_type in (4, 6))
    unpack_chunk = _PNG_CHUNK.unpack_from
    in_head = len(head)
    pread, fd = os.pread, src.fd  # fd is None only when head holds the whole image
    pos = 8
    seen_idat = False
    after_iend = False
    while pos + 8 <= size:
        # chunk headers past the head come from pread: IDAT bodies are never read
        length, ctype = unpack_chunk(head, pos) if pos + 8 <= in_head else unpack_chunk(pread(fd, 8, pos))
        start = pos + 8
        end = start + length
        if ctype == b"IDAT" and end <= size:  # the bulk of every PNG: hop over it
            seen_idat = True
            pos = end + 4
            continue
        if end > size or not ctype.isalpha():
            if after_iend:
                break
            carriers.warnings.append(f"PNG truncated or corrupt at chunk {ctype!r} (offset {pos})")
            break
        if ctype in (b"tEXt", b"zTXt", b"iTXt"):
            _png_text(carriers, ctype, src.read(start, end), seen_idat, after_iend)
        elif ctype == b"eXIf":
            carriers.exif.update(parse_exif(src.read(start, end), carriers))
        elif ctype == b"tIME" and length == 7:
            year, month, day, hour, minute, second = struct.unpack(">HBBBBB", src.read(start, end))
            try:
                carriers.png_time = datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc)
            except ValueError:
                carriers.warnings.append("PNG tIME chunk holds an invalid date")
        elif ctype == b"caBX":
            carriers.c2pa = src.read(start, end)
        elif ctype == b"IEND":
            after_iend = True
        pos = end + 4  # skip CRC: checking it buys nothing for metadata
    if after_iend and pos < size:
        _trailing_text(carriers, src.read(pos, size))
    elif not after_iend:
        carriers.warnings.append("PNG has no IEND chunk (file truncated?)")
    return carriers


def _png_text(carriers, ctype, data: bytes, seen_idat, after_iend) -> None:
    sep = data.find(b"\x00")
    if sep <= 0:
        carriers.warnings.append(f"{ctype.decode()} chunk without keyword")
        return
    keyword = data[:sep].decode("latin-1")
    where = " after IEND" if after_iend else (" after IDAT" if seen_idat else "")
    if where:
        carriers.warnings.append(f"{ctype.decode()} '{keyword}' placed{where}")
    body = data[sep + 1 :]
    if ctype == b"tEXt":
        _store_text(carriers, keyword, body, utf8=False)
    elif ctype == b"zTXt":
        inflated = _inflate(body[1:], carriers, keyword)
        if inflated is not None:
            _store_text(carriers, keyword, inflated, utf8=False)
    else:  # iTXt: flag, method, language\0, translated keyword\0, text
        if len(body) < 2:
            carriers.warnings.append(f"iTXt '{keyword}' is truncated")
            return
        compressed = body[0] == 1
        lang_end = body.find(b"\x00", 2)
        tkw_end = body.find(b"\x00", lang_end + 1) if lang_end >= 0 else -1
        if tkw_end < 0:
            carriers.warnings.append(f"iTXt '{keyword}' is malformed")
            return
        text = body[tkw_end + 1 :]
        if compressed:
            text = _inflate(text, carriers, keyword)
            if text is None:
                return
        _store_text(carriers, keyword, text, utf8=True)


def _trailing_text(carriers: Carriers, tail: bytes) -> None:
    """Bytes after IEND: some tools append text (or whole chunks) there."""
    stripped = tail.strip(b"\x00\r\n\t ")
    if not stripped:
        return
    carriers.warnings.append(f"{len(tail)} bytes of data after IEND")
    if len(stripped) > PARSE_CAP:
        stripped = stripped[:RAW_CAP]
        carriers.oversized.add("after_IEND")
    carriers.add_text("after_IEND", stripped.decode("utf-8", "replace"))


# --------------------------------------------------------------------------- JPEG

SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
# Extended XMP (XMP spec part 3): packets over 64 KB continue in APP1 segments carrying this header,
# a 32-byte GUID, the full length and this part's offset. Pillow reads only the main packet, so
# the parts are put back together here.
XMP_EXTENSION_HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
EXTENDED_XMP_CAP = 16 << 20


def _extended_xmp(parts: dict[bytes, dict[int, bytes]], main: str | None) -> str | None:
    """The extended packet the main one names (xmpNote:HasExtendedXMP), or the only one there is."""
    from .xmp import xmp_value

    wanted = (xmp_value(main, "xmpNote:HasExtendedXMP") or "").encode() if main else b""
    guid = wanted if wanted in parts else (next(iter(parts)) if len(parts) == 1 else None)
    if guid is None:
        return None
    chunks = parts[guid]
    return b"".join(chunks[offset] for offset in sorted(chunks)).decode("utf-8", "replace")


def walk_jpeg(src: Source) -> Carriers:
    head, size = src.head, src.size
    carriers = Carriers("jpeg")
    extended: dict[bytes, dict[int, bytes]] = {}
    pos = 2
    while pos + 4 <= size:
        marker_bytes = head[pos : pos + 4] if pos + 4 <= len(head) else src.read(pos, pos + 4)
        if marker_bytes[0] != 0xFF:
            carriers.warnings.append(f"JPEG marker expected at offset {pos}")
            break
        marker = marker_bytes[1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01,) or 0xD0 <= marker <= 0xD8:
            pos += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image / start of scan: metadata lives before
            break
        (length,) = struct.unpack_from(">H", marker_bytes, 2)
        start, end = pos + 4, pos + 2 + length
        if length < 2 or end > size:
            carriers.warnings.append("JPEG truncated inside a segment")
            break
        if marker in SOF_MARKERS and length >= 7:
            carriers.height, carriers.width = struct.unpack(">HH", src.read(start + 1, start + 5))
        elif marker == 0xE1:
            segment = src.read(start, end)
            if segment.startswith(b"Exif\x00"):
                carriers.exif.update(parse_exif(segment[6:], carriers))
            elif segment.startswith(XMP_HEADER):
                _store_text(carriers, "XMP", segment[len(XMP_HEADER) :], utf8=True)
            elif segment.startswith(XMP_EXTENSION_HEADER) and len(segment) > len(XMP_EXTENSION_HEADER) + 40:
                body = segment[len(XMP_EXTENSION_HEADER):]
                guid, (total, offset) = body[:32], struct.unpack(">II", body[32:40])
                if total <= EXTENDED_XMP_CAP:
                    extended.setdefault(guid, {})[offset] = body[40:]
        elif marker == 0xEB:  # APP11: JUMBF boxes, used by C2PA
            segment = src.read(start, end)
            if b"jumb" in segment[:64] or b"c2pa" in segment:
                carriers.c2pa = (carriers.c2pa or b"") + segment
        elif marker == 0xFE:
            _store_text(carriers, "COM", src.read(start, end), utf8=False)
        pos = end
    if extended and (text := _extended_xmp(extended, carriers.texts.get("XMP"))):
        # Readers look in "XMP": the extension continues the main packet's description.
        carriers.texts["XMP"] = carriers.texts.get("XMP", "") + "\n" + text
    if carriers.width is None:
        raise MetadataError("truncated header (JPEG without frame header)")
    return carriers


# --------------------------------------------------------------------------- WebP


_RIFF_CHUNK = struct.Struct("<4sI")


def walk_webp(src: Source) -> Carriers:
    head, size = src.head, src.size
    carriers = Carriers("webp")
    (riff_size,) = struct.unpack_from("<I", head, 4)
    end_of_riff = min(size, 8 + riff_size)
    if 8 + riff_size > size:
        carriers.warnings.append("WebP RIFF size larger than the file (truncated?)")
    unpack_chunk = _RIFF_CHUNK.unpack_from
    pos = 12
    while pos + 8 <= end_of_riff:
        fourcc, length = unpack_chunk(head, pos) if pos + 8 <= len(head) else unpack_chunk(src.read(pos, pos + 8))
        start, end = pos + 8, pos + 8 + length
        if end > size:
            carriers.warnings.append(f"WebP truncated inside chunk {fourcc!r}")
            break
        if fourcc == b"VP8X" and length >= 10:
            data = src.read(start, start + 10)
            carriers.has_alpha = bool(data[0] & 0x10)
            w = int.from_bytes(data[4:7], "little") + 1
            h = int.from_bytes(data[7:10], "little") + 1
            carriers.width, carriers.height = w, h
        elif fourcc == b"VP8 " and length >= 10 and carriers.width is None:
            w, h = struct.unpack("<HH", src.read(start + 6, start + 10))
            carriers.width, carriers.height = w & 0x3FFF, h & 0x3FFF
        elif fourcc == b"VP8L" and length >= 5 and carriers.width is None:
            (bits,) = struct.unpack("<I", src.read(start + 1, start + 5))
            carriers.width = (bits & 0x3FFF) + 1
            carriers.height = ((bits >> 14) & 0x3FFF) + 1
            carriers.has_alpha = bool((bits >> 28) & 1)
        elif fourcc == b"EXIF":
            tiff = src.read(start, end)
            if tiff.startswith(b"Exif\x00\x00"):
                tiff = tiff[6:]
            carriers.exif.update(parse_exif(tiff, carriers))
        elif fourcc == b"XMP ":
            _store_text(carriers, "XMP", src.read(start, end), utf8=True)
        elif fourcc == b"C2PA":
            carriers.c2pa = src.read(start, end)
        pos = end + (length & 1)
    if carriers.width is None:
        raise MetadataError("truncated header (WebP without a frame header)")
    return carriers


# --------------------------------------------------------------------------- others


def walk_gif(src: Source) -> Carriers:
    if src.size < 10:
        raise MetadataError("truncated header (GIF)")
    w, h = struct.unpack_from("<HH", src.head, 6)
    return Carriers("gif", w, h)


def walk_bmp(src: Source) -> Carriers:
    w, h = struct.unpack_from("<ii", src.head, 18)
    return Carriers("bmp", abs(w), abs(h))


def walk_tiff(src: Source) -> Carriers:
    carriers = Carriers("tiff")
    carriers.exif.update(parse_exif(src.read(0, min(src.size, PARSE_CAP)), carriers))
    carriers.width = _as_int(carriers.exif.pop("ImageWidth", None))
    carriers.height = _as_int(carriers.exif.pop("ImageLength", None))
    return carriers


def walk_isobmff(src: Source, container: str) -> Carriers:
    """AVIF/HEIC: EXIF and XMP items read through Pillow (AVIF) and pillow-heif (HEIC), which parse
    the item boxes for us; opening an image there reads its header, not its pixels."""
    import io

    from PIL import Image

    carriers = Carriers(container)
    if container == "heic":
        try:
            import pillow_heif
        except ImportError:
            carriers.warnings.append("heic: metadata not read (pillow-heif is not installed)")
            return carriers
        pillow_heif.register_heif_opener()
    try:
        with Image.open(io.BytesIO(src.all())) as image:
            carriers.width, carriers.height = image.size
            carriers.has_alpha = "A" in image.getbands()
            exif, xmp = image.info.get("exif"), image.info.get("xmp")
    except Exception as error:  # an unsupported or broken file: the container is still known
        carriers.warnings.append(f"{container}: metadata not read ({type(error).__name__})")
        return carriers
    if exif:
        carriers.exif.update(parse_exif(exif[6:] if exif.startswith(b"Exif\x00\x00") else exif, carriers))
    if xmp:
        _store_text(carriers, "XMP", xmp if isinstance(xmp, bytes) else xmp.encode(), utf8=True)
    return carriers


WALKERS = {
    "png": walk_png,
    "jpeg": walk_jpeg,
    "webp": walk_webp,
    "gif": walk_gif,
    "bmp": walk_bmp,
    "tiff": walk_tiff,
}


def walk(buf, container: str) -> Carriers:
    """buf: a Source, or the whole image as a bytes-like object."""
    src = as_source(buf)
    walker = WALKERS.get(container)
    if walker is None:
        return walk_isobmff(src, container)
    return walker(src)


# --------------------------------------------------------------------------- EXIF


def _as_int(value) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, tuple) and value and isinstance(value[0], int):
        return value[0]
    return None


def parse_exif(tiff: bytes, carriers: Carriers) -> dict[str, Any]:
    """IFD0 and the Exif sub-IFD of a TIFF stream; values of the tags we care about."""
    found: dict[str, Any] = {}
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        carriers.warnings.append("EXIF block without a TIFF header")
        return found
    order = "<" if tiff[:2] == b"II" else ">"
    found["_byte_order"] = order
    (ifd0,) = struct.unpack_from(order + "I", tiff, 4)
    visited: set[int] = set()
    pending = [ifd0]
    while pending:
        offset = pending.pop()
        if offset in visited or offset + 2 > len(tiff):
            continue
        visited.add(offset)
        (count,) = struct.unpack_from(order + "H", tiff, offset)
        if count > MAX_IFD_ENTRIES:
            carriers.warnings.append("EXIF IFD with an implausible entry count")
            continue
        for i in range(count):
            entry = offset + 2 + 12 * i
            if entry + 12 > len(tiff):
                carriers.warnings.append("EXIF IFD truncated")
                break
            tag, typ, n = struct.unpack_from(order + "HHI", tiff, entry)
            if tag == EXIF_IFD_POINTER:
                pending.append(struct.unpack_from(order + "I", tiff, entry + 8)[0])
                continue
            name = EXIF_TAGS.get(tag)
            if name is None or typ not in TYPE_SIZES:
                continue
            nbytes = TYPE_SIZES[typ] * n
            if nbytes <= 4:
                data = tiff[entry + 8 : entry + 8 + nbytes]
            else:
                (at,) = struct.unpack_from(order + "I", tiff, entry + 8)
                if at + nbytes > len(tiff):
                    carriers.warnings.append(f"EXIF {name} points outside the block")
                    continue
                data = tiff[at : at + nbytes]
            if typ == 3:
                found[name] = struct.unpack_from(f"{order}{n}H", data)[0] if n else None
            elif typ == 4:
                found[name] = struct.unpack_from(f"{order}{n}I", data)[0] if n else None
            else:
                found.setdefault(name, data)  # IFD0 first; a duplicate in the Exif IFD is ignored
    return found


USER_COMMENT_PREFIXES = (b"ASCII\x00\x00\x00", b"UNICODE\x00", b"JIS\x00\x00\x00\x00\x00", b"\x00" * 8)


def decode_user_comment(data: bytes, tiff_order: str) -> str:
    """EXIF UserComment: 8-byte charset prefix, then text.

    UNICODE is UTF-16 whose byte order writers get wrong (Civitai writes big-endian text inside a
    little-endian TIFF), so the order is read from where the zero bytes of ASCII characters fall.
    """
    prefix = data[:8]
    if prefix == b"UNICODE\x00":
        return decode_utf16_guess(data[8:], tiff_order)
    if prefix in USER_COMMENT_PREFIXES:
        body = data[8:]
    else:
        body = data  # stored without a prefix (e.g. ComfyUI SaveImagePlus)
    body = body.rstrip(b"\x00")
    if body[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(body) > 3 and (body[1] == 0) != (body[0] == 0)):
        return decode_utf16_guess(body, tiff_order)
    return decode_text_bytes(body)


def decode_utf16_guess(body: bytes, tiff_order: str) -> str:
    if body[:2] == b"\xff\xfe":
        return body[2:].decode("utf-16-le", "replace").rstrip("\x00")
    if body[:2] == b"\xfe\xff":
        return body[2:].decode("utf-16-be", "replace").rstrip("\x00")
    sample = body[:512]
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    if zeros_even != zeros_odd:
        encoding = "utf-16-be" if zeros_even > zeros_odd else "utf-16-le"
    else:
        encoding = "utf-16-le" if tiff_order == "<" else "utf-16-be"
    if len(body) % 2:
        body = body[:-1]
    return body.decode(encoding, "replace").rstrip("\x00")


def exif_text(value: Any, name: str, tiff_order: str) -> str | None:
    """A decoded EXIF text value, or None for non-text values."""
    if not isinstance(value, (bytes, bytearray)):
        return None
    if name == "UserComment":
        text = decode_user_comment(bytes(value), tiff_order)
    elif name.startswith("XP"):
        text = bytes(value).decode("utf-16-le", "replace")
    else:
        text = decode_text_bytes(bytes(value))
    text = text.strip("\x00")
    return text or None
