"""The curator's reflection on a session: what was explored, the style, and how it evolved.

Every sentence rests on evidence gathered here and stored with the reflection:
- themes: the session's distinct prompts embedded and clustered (k-means, k by silhouette), each
  theme named by the terms that set it apart from the rest, with its size and representative items;
- style: dominant palettes from the pixels (Pillow's quantize on small copies), sizes and aspect
  ratios, models, samplers, steps and cfg, recurring prompt modifiers;
- evolution: terms added and dropped between the first and last third, parameter changes with
  when they happened, how far the prompt centroid moved.
With a language model configured, the agent layer supplies ``ctx.writer`` and the curator persona
writes the prose from this evidence; offline, ``compose`` writes it.
"""

from __future__ import annotations

import colorsys
import json
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from memory.clock import now_iso
from tools import credits
from tools.context import Context
from tools.errors import AtelierError, InvalidInput
from tools.registry import ToolResult
from tools.resolve import resolve_session

MAX_THEMES = 8
MIN_SILHOUETTE = 0.12  # below this the prompts do not fall into separate themes
SPLIT_MARGIN = 0.02
PALETTE_SAMPLE = 48  # images per half; a palette is stable long before every image is read
PALETTE_COLOURS = 5
STOPWORDS = set("""a an the and or of in on at to with from by for into over under as is are be it its this that
these those very highly best quality masterpiece detailed ultra high res resolution 4k 8k hd""".split())


class ReflectArgs(BaseModel):
    session: str | None = Field(None, description="Session name or id; the current one if omitted")


def _items(ctx: Context, session_id: str) -> list[dict]:
    return ctx.store.query(
        "SELECT g.id, g.idx, g.prompt, g.model, g.width, g.height, g.settings, g.created_at, g.blob_sha256, "
        "g.file_ext, a.sha256 AS asset_sha, a.source_path FROM generations g "
        "LEFT JOIN assets a ON a.id = g.saved_asset_id "
        "WHERE g.session_id = ? ORDER BY g.created_at, g.idx", [session_id])


def _checked(ctx: Context, args: ReflectArgs) -> tuple[dict, list[dict], int]:
    """The session, its items and the cost, or a clear refusal before anything is asked or spent."""
    session = resolve_session(ctx, args.session)
    items = _items(ctx, session["id"])
    needed = ctx.settings.reflection_min_items
    if len(items) < needed:
        raise InvalidInput(f"session '{session['name']}' has {len(items)} items; reflections need {needed}")
    cost = credits.REFLECTION_COST
    credits.require(ctx, cost)
    return session, items, cost


def session_reflection(ctx: Context, args: ReflectArgs) -> ToolResult:
    """The session's stored reflection, or what writing one would take and cost (only reads)."""
    session = resolve_session(ctx, args.session)
    if session["reflection"]:
        reflection = json.loads(session["reflection"])
        return ToolResult(message=f"The reflection on '{session['name']}' ({reflection.get('created_at', '')[:10]}):\n"
                                  f"{reflection.get('summary', '')}",
                          data={"session_id": session["id"], "reflection": reflection})
    # The items _checked counts, without reading them.
    count = ctx.store.scalar("SELECT count(*) FROM generations WHERE session_id = ?", [session["id"]])
    needed = ctx.settings.reflection_min_items
    ready = "it has enough" if count >= needed else f"it needs at least {needed} images (it has {count})"
    return ToolResult(message=f"'{session['name']}' has no reflection yet. Writing one costs {credits.REFLECTION_COST} "
                              f"credits and asks first; {ready}. Say \"reflect on this session\".",
                      data={"session_id": session["id"], "reflection": None, "cost": credits.REFLECTION_COST})


def confirm_reflect(ctx: Context, args: ReflectArgs) -> str:
    session, items, cost = _checked(ctx, args)
    return (f"Write a curator's reflection on '{session['name']}' ({len(items)} items)? "
            f"It costs {cost} credits; the balance is {credits.balance(ctx)}.")


def reflect(ctx: Context, args: ReflectArgs) -> ToolResult:
    """Write a curator's reflection on a session (themes, style, evolution); costs credits, asks first."""
    session, items, cost = _checked(ctx, args)
    what = f"reflection on '{session['name']}'"
    job_id = credits.hold(ctx, cost, what, kind="reflection", session_id=session["id"])
    try:
        evidence = gather_evidence(ctx, items)
        written_by, summary = "offline", compose(session["name"], evidence)
        if ctx.writer is not None:
            summary, written_by = ctx.writer("curator", {"session": session["name"], **evidence}), "model"
        reflection = {"summary": summary, "written_by": written_by, "created_at": now_iso(),
                      "item_count": len(items), "credits": cost, "evidence": evidence}
        # Stored and paid for in one transaction: the credits are spent once, only on success.
        with ctx.store.transaction():
            ctx.store.update("sessions", session["id"], {"reflection": json.dumps(reflection, ensure_ascii=False)})
            credits.settle(ctx, job_id, cost, what, f"{what}: nothing left over")
    except BaseException:
        credits.release(ctx, job_id, f"{what} failed")
        raise
    return ToolResult(message=summary, data={"session_id": session["id"], "reflection": reflection})


def carry_reflection(ctx: Context, from_id: str, to_id: str) -> None:
    """Keep a reflection when its session is merged into another (inside the caller's transaction).
    The receiving session takes it unless it has its own; either way it is recorded as carried."""
    row = ctx.store.one("SELECT name, reflection FROM sessions WHERE id = ?", [from_id])
    target = ctx.store.one("SELECT reflection FROM sessions WHERE id = ?", [to_id])
    if not row or not row["reflection"] or target is None:
        return
    carried = {**json.loads(row["reflection"]), "carried_from": {"session_id": from_id, "name": row["name"]}}
    if target["reflection"]:
        kept = json.loads(target["reflection"])
        kept["carried"] = [*kept.get("carried", []), carried]
        carried = kept
    ctx.store.update("sessions", to_id, {"reflection": json.dumps(carried, ensure_ascii=False)})


# -- evidence -------------------------------------------------------------------------------------

def words(prompt: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w'-]*", prompt.casefold()) if len(w) > 2 and w not in STOPWORDS]


def _vectors(ctx: Context, texts: list[str]) -> np.ndarray:
    """Vectors read back from the search index where it holds them; offline without it (the
    reflection does not need a reachable index, only the embedder)."""
    from memory.embedder import embedder_for
    from memory.index import IndexUnavailable, open_index

    try:
        return open_index(ctx.store, ctx.settings).vectors(ctx.workspace_id, texts)
    except IndexUnavailable:
        return embedder_for(ctx.settings).embed(texts)


def gather_evidence(ctx: Context, items: list[dict]) -> dict:
    from memory.embedder import EmbedderError

    prompts = [(item["prompt"] or "").strip() for item in items]
    recurring = modifiers(prompts)
    # Themes are about content: recurring style modifiers ("cinematic lighting") are reported as
    # style and left out of the text the themes are clustered on.
    subjects = [without_modifiers(p, {m["value"] for m in recurring}) for p in prompts]
    try:
        subject_vectors = _vectors(ctx, subjects)
    except EmbedderError as error:
        raise AtelierError(f"the reflection cannot be written: {error}") from None
    return {
        "themes": themes(items, subjects, subject_vectors),
        "style": {
            "palettes": palettes(ctx, items),
            "sizes": _top(Counter(f"{i['width']}x{i['height']}" for i in items if i["width"] and i["height"])),
            "aspect_ratios": _top(Counter(_aspect(i["width"], i["height"]) for i in items if i["width"] and i["height"])),
            "models": _top(Counter(i["model"] for i in items if i["model"])),
            **{name: _top(Counter(str(v) for v in values if v is not None))
               for name, values in _parameters(items).items()},
            "modifiers": recurring,
        },
        # One embedding pass: the centroid's move is measured on content, as the themes are.
        "evolution": evolution(items, prompts, subject_vectors),
    }


def _top(counter: Counter, n: int = 5) -> list[dict]:
    return [{"value": value, "count": count} for value, count in counter.most_common(n)]


def _aspect(width: int, height: int) -> str:
    divisor = math.gcd(width, height)
    return f"{width // divisor}:{height // divisor}"


def _parameters(items: list[dict]) -> dict[str, list]:
    found = {"samplers": [], "steps": [], "cfg": []}
    for item in items:
        try:
            settings = json.loads(item["settings"] or "{}")
        except ValueError:
            settings = {}
        settings = settings if isinstance(settings, dict) else {}
        found["samplers"].append(settings.get("sampler"))
        found["steps"].append(settings.get("steps"))
        found["cfg"].append(settings.get("cfg") if settings.get("cfg") is not None else settings.get("cfg_scale"))
    return found


def kmeans(points: np.ndarray, k: int, *, iterations: int = 30, seed: int = 0) -> np.ndarray:
    """Labels for ``points`` (unit vectors): k-means++ seeding, then Lloyd steps on cosine
    similarity. Written here because nothing else of scikit-learn is needed."""
    rng = np.random.default_rng(seed)
    centres = [points[rng.integers(len(points))]]
    for _ in range(1, k):
        distance = np.min(1 - points @ np.array(centres).T, axis=1).clip(min=0)
        total = distance.sum()
        centres.append(points[rng.choice(len(points), p=distance / total)] if total > 0 else points[rng.integers(len(points))])
    centres = np.array(centres)
    labels = np.zeros(len(points), dtype=int)
    for _ in range(iterations):
        new = np.argmax(points @ centres.T, axis=1)
        if _ and np.array_equal(new, labels):
            break
        labels = new
        for c in range(k):
            members = points[labels == c]
            if len(members):
                mean = members.mean(axis=0)
                centres[c] = mean / max(np.linalg.norm(mean), 1e-12)
    return labels


def silhouette(points: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> float:
    """Mean silhouette (cosine distance), each distinct prompt weighted by how often it was used."""
    distance = (1 - points @ points.T).clip(min=0)
    clusters = np.unique(labels)
    member = (labels[:, None] == clusters[None, :]).astype(float) * weights[:, None]
    sums = distance @ member                              # weighted distance to each cluster
    sizes = member.sum(axis=0)
    own = clusters.searchsorted(labels)
    rows = np.arange(len(points))
    own_size = sizes[own] - weights                       # a point is not its own neighbour
    inside = np.where(own_size > 0, sums[rows, own] / np.maximum(own_size, 1e-12), 0.0)
    others = sums / sizes[None, :]
    others[rows, own] = np.inf
    nearest = others.min(axis=1)
    score = np.where(own_size > 0, (nearest - inside) / np.maximum(np.maximum(inside, nearest), 1e-12), 0.0)
    return float(np.average(score, weights=weights))


def best_kmeans(points: np.ndarray, k: int, restarts: int = 8) -> np.ndarray:
    """The tightest of several k-means runs (one run can settle in a poor local optimum)."""
    def spread(labels: np.ndarray) -> float:
        total = 0.0
        for c in np.unique(labels):
            members = points[labels == c]
            centre = members.mean(axis=0)
            total += float((1 - members @ (centre / max(np.linalg.norm(centre), 1e-12))).sum())
        return total
    return min((kmeans(points, k, seed=seed) for seed in range(restarts)), key=spread)


def themes(items: list[dict], prompts: list[str], vectors: np.ndarray) -> list[dict]:
    distinct: dict[str, int] = {}
    for position, prompt in enumerate(prompts):
        distinct.setdefault(prompt, position)
    firsts = list(distinct.values())
    points = vectors[firsts]
    weights = np.array([Counter(prompts)[prompts[f]] for f in firsts], dtype=float)
    # A split must clearly beat the one before it: near-ties go to fewer, broader themes.
    labels, best = np.zeros(len(firsts), dtype=int), MIN_SILHOUETTE
    for k in range(2, min(MAX_THEMES, len(firsts) - 1) + 1):
        candidate = best_kmeans(points, k)
        if len(set(candidate.tolist())) < k:
            continue
        score = silhouette(points, candidate, weights)
        if score > best + SPLIT_MARGIN:
            labels, best = candidate, score
    by_prompt = {prompts[f]: int(label) for f, label in zip(firsts, labels)}
    member_labels = np.array([by_prompt[p] for p in prompts])
    found = []
    for label in sorted(set(member_labels.tolist())):
        members = np.flatnonzero(member_labels == label)
        centre = vectors[members].mean(axis=0)
        closest = members[np.argsort(-(vectors[members] @ centre))]
        representatives = []
        for m in closest:
            if items[m]["prompt"] not in [items[r]["prompt"] for r in representatives]:
                representatives.append(int(m))
            if len(representatives) == 3:
                break
        found.append({
            "terms": distinctive_terms([prompts[m] for m in members],
                                       [prompts[m] for m in np.flatnonzero(member_labels != label)]),
            "size": int(len(members)),
            "items": [{"id": items[r]["id"], "index": items[r]["idx"], "prompt": items[r]["prompt"]}
                      for r in representatives],
        })
    return sorted(found, key=lambda theme: -theme["size"])


def distinctive_terms(inside: list[str], outside: list[str], n: int = 3) -> list[str]:
    """Terms frequent in this theme and rare elsewhere (share inside minus share outside)."""
    share_in = Counter(w for p in inside for w in set(words(p)))
    share_out = Counter(w for p in outside for w in set(words(p)))
    scored = sorted(share_in, key=lambda w: (-(share_in[w] / len(inside) - (share_out[w] / len(outside) if outside else 0)), w))
    return scored[:n]


def modifiers(prompts: list[str], share: float = 0.2) -> list[dict]:
    """Comma-separated phrases that recur in at least ``share`` of the prompts."""
    counts = Counter(phrase for p in prompts
                     for phrase in {part.strip().casefold() for part in p.split(",")[1:] if part.strip()})
    needed = max(2, share * len(prompts))
    return [{"value": v, "count": c} for v, c in counts.most_common(8) if c >= needed]


def without_modifiers(prompt: str, recurring: set[str]) -> str:
    parts = [part for part in prompt.split(",") if part.strip().casefold() not in recurring]
    return ",".join(parts).strip() or prompt


def evolution(items: list[dict], prompts: list[str], vectors: np.ndarray) -> dict:
    third = max(1, len(items) // 3)
    first, last = prompts[:third], prompts[-third:]
    share_first = Counter(w for p in first for w in set(words(p)))
    share_last = Counter(w for p in last for w in set(words(p)))
    added = [w for w, c in share_last.most_common() if c / len(last) >= 0.25 and share_first[w] / len(first) < 0.05][:6]
    dropped = [w for w, c in share_first.most_common() if c / len(first) >= 0.25 and share_last[w] / len(last) < 0.05][:6]
    start, end = vectors[:third].mean(axis=0), vectors[-third:].mean(axis=0)
    cosine = float(start @ end / max(np.linalg.norm(start) * np.linalg.norm(end), 1e-12))
    return {"terms_added": added, "terms_dropped": dropped, "parameter_changes": parameter_changes(items),
            "centroid_shift": round(1 - cosine, 4)}


def parameter_changes(items: list[dict], limit: int = 8) -> list[dict]:
    """Where a model, size or sampler setting changed and stayed changed for a while (not noise)."""
    params = _parameters(items)
    series = {"model": [i["model"] for i in items],
              "size": [f"{i['width']}x{i['height']}" if i["width"] else None for i in items],
              "sampler": params["samplers"], "steps": params["steps"], "cfg": params["cfg"]}
    changes = []
    steady = max(3, len(items) // 20)
    for name, values in series.items():
        current = values[0]
        for position in range(1, len(values)):
            value = values[position]
            if value != current and all(v == value for v in values[position:position + steady]):
                changes.append({"parameter": name, "from": current, "to": value, "at_index": items[position]["idx"],
                                "at": items[position]["created_at"]})
                current = value
    return sorted(changes, key=lambda c: c["at"] or "")[:limit]


# -- palettes -------------------------------------------------------------------------------------

def _image_path(ctx: Context, item: dict) -> Path | None:
    candidates = []
    if item["blob_sha256"]:
        candidates.append(ctx.blobs.path_for(item["blob_sha256"], item["file_ext"] or ""))
    if item["asset_sha"]:
        candidates.append(ctx.settings.home / "thumbs" / item["asset_sha"][:2] / f"{item['asset_sha']}.webp")
    if item["source_path"]:
        candidates.append(Path(item["source_path"]))
    return next((path for path in candidates if path.is_file()), None)


def _colours(path: Path) -> list[tuple[tuple[int, int, int], float]] | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.draft("RGB", (64, 64))
            small = image.convert("RGB")
            small.thumbnail((64, 64))
            quantized = small.quantize(colors=PALETTE_COLOURS)
            palette = quantized.getpalette()[:PALETTE_COLOURS * 3]
            counts = quantized.getcolors() or []
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None
    total = sum(c for c, _ in counts) or 1
    return [(tuple(palette[i * 3:i * 3 + 3]), c / total) for c, i in counts]


def colour_name(rgb: tuple[int, int, int]) -> str:
    h, l, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    if l < 0.15:
        return "black"
    if l > 0.88:
        return "white"
    if s < 0.18:
        return "grey"
    hue = h * 360
    for limit, name in ((15, "red"), (40, "orange"), (65, "yellow"), (160, "green"), (200, "teal"),
                        (255, "blue"), (290, "purple"), (335, "pink"), (361, "red")):
        if hue < limit:
            return "brown" if name in ("orange", "red") and l < 0.35 else name
    return "grey"


def _half_palette(ctx: Context, items: list[dict]) -> dict:
    step = max(1, len(items) // PALETTE_SAMPLE)
    weights: Counter = Counter()
    read = missing = 0
    for item in items[::step][:PALETTE_SAMPLE]:
        path = _image_path(ctx, item)
        colours = _colours(path) if path else None
        if colours is None:
            missing += 1
            continue
        read += 1
        for rgb, share in colours:
            weights[colour_name(rgb)] += share
    total = sum(weights.values()) or 1
    return {"colours": [{"name": n, "share": round(w / total, 3)} for n, w in weights.most_common(4)],
            "images_read": read, "images_missing": missing}


def palettes(ctx: Context, items: list[dict]) -> dict:
    half = len(items) // 2
    first, second = _half_palette(ctx, items[:half]), _half_palette(ctx, items[half:])
    lead = lambda p: [c["name"] for c in p["colours"][:2]]  # noqa: E731
    shifted = bool(first["colours"] and second["colours"]) and not set(lead(first)) & set(lead(second))
    return {"first_half": first, "second_half": second, "shift": shifted}


# -- prose ----------------------------------------------------------------------------------------

def _listing(values: list[str]) -> str:
    values = [str(v) for v in values]
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1] if values else ""


def compose(session_name: str, evidence: dict) -> str:
    """A readable reflection written only from the evidence (the offline curator)."""
    themes_found, style, change = evidence["themes"], evidence["style"], evidence["evolution"]
    total = sum(t["size"] for t in themes_found)
    if len(themes_found) == 1:
        parts = [f"'{session_name}' stays with one theme across its {total} items: "
                 f"{_listing(themes_found[0]['terms']) or 'a single prompt'}."]
    else:
        named = "; ".join(f"{' / '.join(t['terms'])} ({t['size']} items)" for t in themes_found)
        parts = [f"'{session_name}' explores {len(themes_found)} themes across {total} items: {named}."]
    pal = style["palettes"]
    first = [c["name"] for c in pal["first_half"]["colours"][:2]]
    second = [c["name"] for c in pal["second_half"]["colours"][:2]]
    if pal["shift"]:
        parts.append(f"The palette shifts halfway, from {_listing(first)} to {_listing(second)}.")
    elif first:
        parts.append(f"The palette holds steady around {_listing(first)}.")
    missing = pal["first_half"]["images_missing"] + pal["second_half"]["images_missing"]
    if missing:
        parts.append(f"({missing} sampled images could not be read, so the palette rests on the rest.)")
    if style["models"]:
        parts.append("Made mostly with " + _listing([f"{m['value']} ({m['count']})" for m in style["models"][:2]]) + ".")
    if style["sizes"]:
        parts.append(f"Most images are {style['sizes'][0]['value']} ({style['aspect_ratios'][0]['value']}).")
    technique = [f"{name} {style[name][0]['value']}" for name in ("samplers", "steps", "cfg") if style[name]]
    if technique:
        parts.append("Settings: " + ", ".join(technique) + ".")
    if style["modifiers"]:
        parts.append("Recurring modifiers: " + _listing([f"'{m['value']}'" for m in style["modifiers"][:4]]) + ".")
    if change["terms_added"] or change["terms_dropped"]:
        moved = []
        if change["terms_added"]:
            moved.append(f"brought in {_listing(change['terms_added'][:4])}")
        if change["terms_dropped"]:
            moved.append(f"left behind {_listing(change['terms_dropped'][:4])}")
        parts.append("Over the session the prompts " + " and ".join(moved) + ".")
    for item in change["parameter_changes"][:3]:
        parts.append(f"{item['parameter'].capitalize()} changed from {item['from']} to {item['to']} at item {item['at_index']}.")
    shift = change["centroid_shift"]
    parts.append("From the first third to the last the prompts " +
                 ("moved far in meaning" if shift > 0.3 else "drifted noticeably" if shift > 0.1 else "stayed close in meaning") +
                 f" (centroid shift {shift:.2f}).")
    return " ".join(parts)


def register_tools(register):
    register(reflect, confirm=confirm_reflect)
    register(session_reflection, changes_data=False)
