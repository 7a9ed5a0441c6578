"""ComfyUI: the API graph ("prompt") and/or the UI graph ("workflow").

Inputs of a node are literals or links ``[node_id, output_slot]``; every value we report is
resolved through links to a literal.  Several samplers are reported in dependency order
(a base pass before the hires pass that consumes its latent).
"""

from __future__ import annotations

import math
from typing import Any

from .record import HiresInfo, ImageMetadata, Lora, PromptText, SamplerInfo
from .values import normalise_key, to_float, to_int, to_str

MAX_DEPTH = 48
SAMPLER_FIELDS = {"seed", "noise_seed", "steps", "cfg", "sampler_name", "scheduler", "denoise"}
SAMPLER_COMPONENT_INPUTS = ("noise", "guider", "sampler", "sigmas")
NOT_CONDITIONING = {"clip", "model", "vae", "image", "images", "pixels", "samples", "latent", "latent_image",
                    "control_net", "mask", "upscale_model", "clip_vision", "clip_vision_output", "style_model"}
MODEL_NAME_INPUTS = ("ckpt_name", "unet_name", "base_ckpt_name", "model_name", "model_path")
TEXT_INPUTS = ("text", "text_g", "text_l", "prompt", "string", "value", "positive", "text_positive")

# Widget order for common nodes, used only when a file carries the UI workflow and no API graph.
WIDGET_NAMES = {
    "KSampler": ["seed", None, "steps", "cfg", "sampler_name", "scheduler", "denoise"],
    "KSamplerAdvanced": ["add_noise", "noise_seed", None, "steps", "cfg", "sampler_name", "scheduler",
                         "start_at_step", "end_at_step", "return_with_leftover_noise"],
    "CLIPTextEncode": ["text"],
    "CheckpointLoaderSimple": ["ckpt_name"],
    "CheckpointLoader": ["config_name", "ckpt_name"],
    "UNETLoader": ["unet_name", "weight_dtype"],
    "EmptyLatentImage": ["width", "height", "batch_size"],
    "EmptySD3LatentImage": ["width", "height", "batch_size"],
    "LoraLoader": ["lora_name", "strength_model", "strength_clip"],
    "LoraLoaderModelOnly": ["lora_name", "strength_model"],
    "LoadImage": ["image", None],
    "SaveImage": ["filename_prefix"],
    "CLIPSetLastLayer": ["stop_at_clip_layer"],
    "VAELoader": ["vae_name"],
    "KSamplerSelect": ["sampler_name"],
    "RandomNoise": ["noise_seed", None],
    "BasicScheduler": ["scheduler", "steps", "denoise"],
    "CFGGuider": ["cfg"],
    "LatentUpscale": ["upscale_method", "width", "height", "crop"],
    "LatentUpscaleBy": ["upscale_method", "scale_by"],
    "UpscaleModelLoader": ["model_name"],
    "ConditioningSetArea": ["width", "height", "x", "y", "strength"],
}


def is_link(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], (str, int))
        and not isinstance(value[0], bool)
        and isinstance(value[1], int)
        and not isinstance(value[1], bool)
    )


def looks_like_api_graph(data: Any) -> bool:
    return isinstance(data, dict) and any(isinstance(v, dict) and "class_type" in v for v in data.values())


def looks_like_ui_workflow(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("nodes"), list)


def workflow_to_graph(workflow: dict, warnings: list[str]) -> dict[str, dict]:
    """UI workflow -> API-style graph. Widget names come from node inputs marked as widgets,
    dict-shaped widget values, or the table above; unknown nodes keep positional names."""
    link_sources: dict[int, list] = {}
    for link in workflow.get("links") or []:
        if isinstance(link, list) and len(link) >= 4:
            link_sources[link[0]] = [str(link[1]), link[2]]
        elif isinstance(link, dict) and "id" in link:
            link_sources[link["id"]] = [str(link.get("origin_id")), link.get("origin_slot", 0)]
    graph: dict[str, dict] = {}
    for node in workflow.get("nodes") or []:
        if not isinstance(node, dict) or "id" not in node:
            continue
        if node.get("mode") in (2, 4):  # muted / bypassed nodes did not run
            continue
        class_type = str(node.get("type", ""))
        inputs: dict[str, Any] = {}
        widgets = node.get("widgets_values")
        if isinstance(widgets, dict):
            inputs.update(widgets)
        elif isinstance(widgets, list):
            names = WIDGET_NAMES.get(class_type)
            if names is None:
                names = [slot.get("widget", {}).get("name") for slot in node.get("inputs") or []
                         if isinstance(slot, dict) and isinstance(slot.get("widget"), dict)]
                names = names if len(names) == len(widgets) else [f"widget_{i}" for i in range(len(widgets))]
            for name, value in zip(names, widgets):
                if name:
                    inputs[name] = value
        for slot in node.get("inputs") or []:
            if isinstance(slot, dict) and slot.get("link") is not None:
                source = link_sources.get(slot["link"])
                if source is None:
                    warnings.append(f"workflow: link {slot['link']} of node {node['id']} not found")
                    continue
                inputs[slot.get("name", f"input_{slot['link']}")] = source
        graph[str(node["id"])] = {"class_type": class_type, "inputs": inputs}
    return graph


class Graph:
    def __init__(self, nodes: dict[str, dict], warnings: list[str]) -> None:
        self.nodes = nodes
        self.warnings = warnings
        self._warned: set[str] = set()
        self._inputs: dict[str, dict[str, Any]] = {}  # asked for again and again while walking links

    def _warn(self, message: str) -> None:
        if message not in self._warned:
            self._warned.add(message)
            self.warnings.append(message)

    def inputs(self, node_id: str) -> dict[str, Any]:
        """The node's inputs (read-only: callers copy before changing them)."""
        cached = self._inputs.get(node_id)
        if cached is None:
            node = self.nodes.get(node_id) or {}
            inputs = node.get("inputs")
            cached = self._inputs[node_id] = inputs if isinstance(inputs, dict) else {}
        return cached

    def class_type(self, node_id: str) -> str:
        return str((self.nodes.get(node_id) or {}).get("class_type", ""))

    def target(self, link: list, owner: str, name: str) -> str | None:
        node_id = str(link[0])
        if node_id not in self.nodes:
            self._warn(f"ComfyUI: node {owner} input '{name}' links to missing node {node_id}")
            return None
        return node_id

    def literals(self, node_id: str) -> dict[str, Any]:
        return {k: v for k, v in self.inputs(node_id).items() if not is_link(v)}

    def resolve(self, value: Any, name: str, owner: str, depth: int = 0) -> Any:
        """Follow links until a literal: primitive/seed/reroute nodes pass a value through."""
        while is_link(value) and depth < MAX_DEPTH:
            node_id = self.target(value, owner, name)
            if node_id is None:
                return None
            inputs = self.inputs(node_id)
            if name in inputs:
                value, owner = inputs[name], node_id
            else:
                literal = [v for k, v in inputs.items() if not is_link(v) and k not in ("control_after_generate",)]
                links = [v for v in inputs.values() if is_link(v)]
                if len(literal) == 1 and not links:
                    return literal[0]
                for key in ("value", "seed", "int", "float", "number", "string", "text"):
                    if key in inputs:
                        value, owner = inputs[key], node_id
                        break
                else:
                    if len(links) == 1:
                        value, owner = links[0], node_id
                    else:
                        self._warn(f"ComfyUI: cannot resolve '{name}' through node {node_id} ({self.class_type(node_id)})")
                        return None
            depth += 1
        if isinstance(value, float) and not math.isfinite(value):
            self._warn(f"ComfyUI: non-finite value for '{name}' in node {owner}")
            return None
        return None if is_link(value) else value

    def resolve_text(self, value: Any, owner: str, depth: int = 0) -> str | None:
        if isinstance(value, str):
            return value
        if not is_link(value) or depth > MAX_DEPTH:
            return None
        node_id = self.target(value, owner, "text")
        if node_id is None:
            return None
        inputs = self.inputs(node_id)
        pieces = [self.resolve_text(inputs[k], node_id, depth + 1) for k in TEXT_INPUTS if k in inputs]
        pieces = [p for p in pieces if p]
        if not pieces:  # e.g. a concatenation node: join its string inputs in order
            pieces = [p for k, v in inputs.items() if (p := self.resolve_text(v, node_id, depth + 1))
                      and k not in ("clip", "delimiter", "separator")]
        return "\n".join(pieces) if pieces else None

    def effective_inputs(self, node_id: str) -> dict[str, Any]:
        """A sampler's inputs plus those of its noise/guider/sampler/sigmas component nodes."""
        merged = dict(self.inputs(node_id))
        for key in SAMPLER_COMPONENT_INPUTS:
            value = merged.get(key)
            if is_link(value) and (target := self.target(value, node_id, key)):
                for k, v in self.inputs(target).items():
                    merged.setdefault(k, v)
                if key == "guider" and "conditioning" in merged and "positive" not in merged:
                    merged["positive"] = merged["conditioning"]
        return merged

    def is_sampler(self, node_id: str) -> bool:
        class_type = self.class_type(node_id)
        inputs = self.inputs(node_id)
        if "sampler" not in class_type.lower():
            return False
        if "guider" in inputs and ("sigmas" in inputs or "noise" in inputs):
            return True
        return ("positive" in inputs or "model" in inputs) and ("steps" in inputs or "seed" in inputs or "noise_seed" in inputs)

    def upstream(self, start: Any, owner: str, follow: set[str] | None = None) -> list[str]:
        """Node ids reachable backwards from a link (breadth-first), optionally via named inputs only."""
        seen: list[str] = []
        queue = [(start, owner)]
        while queue and len(seen) < 4096:
            value, from_node = queue.pop(0)
            if not is_link(value):
                continue
            node_id = self.target(value, from_node, "input")
            if node_id is None or node_id in seen:
                continue
            seen.append(node_id)
            for key, item in self.inputs(node_id).items():
                if is_link(item) and (follow is None or key in follow):
                    queue.append((item, node_id))
        return seen


def _prompt_leaves(graph: Graph, link: Any, owner: str, used: set[str], context: dict, depth: int = 0) -> list[PromptText]:
    if not is_link(link) or depth > MAX_DEPTH:
        return []
    node_id = graph.target(link, owner, "conditioning")
    if node_id is None:
        return []
    used.add(node_id)
    inputs = graph.inputs(node_id)
    text_keys = [k for k in ("text", "text_g", "text_l", "prompt", "text_positive", "text_negative") if k in inputs]
    if text_keys:
        pieces: list[str] = []
        for key in text_keys:
            text = graph.resolve_text(inputs[key], node_id)
            if text and text.strip() and text.strip() not in pieces:
                pieces.append(text.strip())
        if pieces:
            return [PromptText(text="\n".join(pieces), node_id=node_id, conditioning=dict(context))]
    literals = {k: v for k, v in inputs.items() if not is_link(v)}
    inner = dict(context)
    if literals:
        inner[graph.class_type(node_id)] = {"id": node_id, **literals}
    leaves: list[PromptText] = []
    for key, value in inputs.items():
        if is_link(value) and key not in NOT_CONDITIONING:
            leaves.extend(_prompt_leaves(graph, value, node_id, used, inner, depth + 1))
    return leaves


def _model_chain(graph: Graph, link: Any, owner: str, used: set[str]) -> tuple[str | None, str | None, dict, list[Lora]]:
    """(model name, loader node id, loader extras, LoRAs) following the model input upstream."""
    loras: list[Lora] = []
    for _ in range(MAX_DEPTH):
        if not is_link(link):
            break
        node_id = graph.target(link, owner, "model")
        if node_id is None:
            break
        inputs = graph.inputs(node_id)
        if "lora_name" in inputs:
            name = to_str(graph.resolve(inputs["lora_name"], "lora_name", node_id))
            if name:
                weight = graph.resolve(inputs.get("strength_model", inputs.get("strength")), "strength_model", node_id)
                loras.append(Lora(name=name, weight=to_float(weight)))
        for value in inputs.values():  # multi-LoRA nodes: {"on": true, "lora": name, "strength": w}
            if isinstance(value, dict) and value.get("lora") and value.get("on", True):
                loras.append(Lora(name=str(value["lora"]), weight=to_float(value.get("strength"))))
        for key in MODEL_NAME_INPUTS:
            if key in inputs:
                name = to_str(graph.resolve(inputs[key], key, node_id))
                used.add(node_id)
                extras = {k: v for k, v in inputs.items() if k != key and not is_link(v)}
                return name, node_id, extras, loras
        link = inputs.get("model")
        if link is None:
            links = [v for v in inputs.values() if is_link(v)]
            link = links[0] if len(links) == 1 else None
        owner = node_id
    return None, None, {}, loras


def _sampler_info(graph: Graph, node_id: str, used: set[str], record: ImageMetadata) -> SamplerInfo:
    inputs = graph.effective_inputs(node_id)

    def value(*names: str) -> Any:
        for name in names:
            if name in inputs:
                return graph.resolve(inputs[name], name, node_id)
        return None

    info = SamplerInfo(
        node_id=node_id,
        sampler=to_str(value("sampler_name")),
        scheduler=to_str(value("scheduler")),
        seed=to_int(value("seed", "noise_seed")),
        steps=to_int(value("steps")),
        cfg=to_float(value("cfg")),
        denoise=to_float(value("denoise")),
    )
    for key, item in graph.inputs(node_id).items():
        if key not in SAMPLER_FIELDS and not is_link(item):
            info.parameters[normalise_key(key)] = item
    info.prompts = _prompt_leaves(graph, inputs.get("positive"), node_id, used, {})
    info.negative_prompts = _prompt_leaves(graph, inputs.get("negative"), node_id, used, {})
    name, loader_id, extras, loras = _model_chain(graph, inputs.get("model"), node_id, used)
    info.model, info.model_node_id = name, loader_id
    info.parameters.update(extras)
    for lora in loras:
        if all(existing.name != lora.name for existing in record.loras):
            record.loras.append(lora)
    return info


def _latent_chain(graph: Graph, node_id: str) -> list[str]:
    inputs = graph.effective_inputs(node_id)
    return graph.upstream(inputs.get("latent_image"), node_id)


def apply(record: ImageMetadata, api_graph: dict | None, workflow: dict | None, carrier: str) -> None:
    if api_graph is None and workflow is None:
        return
    record.generator = "ComfyUI"
    extra_keys = {}
    if api_graph is not None:
        nodes = {}
        for key, node in api_graph.items():
            if isinstance(node, dict) and "class_type" in node:
                nodes[str(key)] = node
            else:
                extra_keys[key] = node
        if "extraMetadata" in extra_keys or isinstance(extra_keys.get("extra"), dict) and "airs" in extra_keys["extra"]:
            record.generator = "Civitai"  # Civitai's generator runs ComfyUI graphs and tags them so
        for key, value in extra_keys.items():
            record.parameters[key] = value
    else:
        record.warnings.append(f"{carrier}: workflow only (no API prompt); values read from widget order")
        nodes = workflow_to_graph(workflow, record.warnings)
    graph = Graph(nodes, record.warnings)

    sampler_ids = [node_id for node_id in nodes if graph.is_sampler(node_id)]
    chains = {node_id: _latent_chain(graph, node_id) for node_id in sampler_ids}
    upstream_count = {node_id: sum(1 for other in sampler_ids if other in chains[node_id]) for node_id in sampler_ids}
    sampler_ids.sort(key=lambda n: (upstream_count[n], (0, int(n)) if n.isdigit() else (1, n)))

    used: set[str] = set(sampler_ids)
    for node_id in sampler_ids:
        for key in SAMPLER_COMPONENT_INPUTS:
            value = graph.inputs(node_id).get(key)
            if is_link(value):  # components are reported through the sampler
                used.add(str(value[0]))
        record.samplers.append(_sampler_info(graph, node_id, used, record))

    if record.samplers:
        primary_id = sampler_ids[0]
        _size_and_source(graph, record, chains[primary_id])
        _clip_skip(graph, record, record.samplers[0])
        for node_id in sampler_ids:
            _hires(graph, record, node_id, chains[node_id], next(s for s in record.samplers if s.node_id == node_id))
    elif nodes:
        record.warnings.append(f"{carrier}: no sampler node found in the ComfyUI graph")

    for node_id in nodes:
        if node_id in used:
            continue
        literals = graph.literals(node_id)
        if literals:
            record.parameters.setdefault(graph.class_type(node_id), []).append({"id": node_id, **literals})
    if record.source_image is None:
        loads = record.parameters.get("LoadImage")
        if isinstance(loads, list) and len(loads) == 1 and isinstance(loads[0].get("image"), str):
            record.source_image = loads[0]["image"]


def _size_and_source(graph: Graph, record: ImageMetadata, chain: list[str]) -> None:
    for node_id in chain:
        inputs = graph.inputs(node_id)
        if record.generation_width is None and "width" in inputs and "height" in inputs:
            record.generation_width = to_int(graph.resolve(inputs["width"], "width", node_id))
            record.generation_height = to_int(graph.resolve(inputs["height"], "height", node_id))
        if record.source_image is None and graph.class_type(node_id).startswith("LoadImage"):
            record.source_image = to_str(graph.resolve(inputs.get("image"), "image", node_id))


def _clip_skip(graph: Graph, record: ImageMetadata, primary: SamplerInfo) -> None:
    starts = [p.node_id for p in primary.prompts if p.node_id]
    for start in starts:
        clip = graph.inputs(start).get("clip")
        for node_id in graph.upstream(clip, start) if clip is not None else []:
            inputs = graph.inputs(node_id)
            if "stop_at_clip_layer" in inputs:
                layer = to_int(graph.resolve(inputs["stop_at_clip_layer"], "stop_at_clip_layer", node_id))
                if layer is not None:
                    record.clip_skip = abs(layer)
                    return


def _hires(graph: Graph, record: ImageMetadata, node_id: str, chain: list[str], sampler: SamplerInfo) -> None:
    for upstream_id in chain:
        if graph.is_sampler(upstream_id):
            break
        if "upscale" not in graph.class_type(upstream_id).lower():
            continue
        inputs = graph.inputs(upstream_id)
        upscaler = None
        model_link = inputs.get("upscale_model")
        if is_link(model_link) and (loader := graph.target(model_link, upstream_id, "upscale_model")):
            upscaler = to_str(graph.resolve(graph.inputs(loader).get("model_name"), "model_name", loader))
        if upscaler is None:
            upscaler = to_str(graph.resolve(inputs.get("upscale_method"), "upscale_method", upstream_id))
        record.hires = HiresInfo(
            upscaler=upscaler,
            scale=to_float(graph.resolve(inputs.get("scale_by"), "scale_by", upstream_id)),
            steps=sampler.steps,
            denoise=sampler.denoise,
        )
        return
