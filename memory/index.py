"""The search index: prompt embeddings of generations and assets in Chroma, rebuilt from SQLite.

SQLite is the source of truth. Triggers (migration ``m005_search_index``) mark every item whose
indexed text or metadata changed in ``index_pending``; the store's post-commit hook wakes a
background worker here that embeds and upserts the marked items and clears the marks it handled.
Whatever a crash leaves marked is picked up the next time the index opens, and ``check_drift``
repairs an index that lost or kept items behind SQLite's back (a deleted or restored folder).

Chroma holds one vector per distinct text (id: the text's hash), one collection per workspace and
embedder; ``index_items`` in SQLite maps each item to its text. Many images share a prompt, and
thousands of identical vectors break an HNSW graph (a query stops finding anything else), so
each text is embedded and stored once. Filters (liked, session, folder, time …) are answered by
SQLite when a search runs, so likes, moves and saves never need re-indexing and are never stale.
Vectors are always computed here and passed in: the collections have no embedding function, so
Chroma never downloads its default model.
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from memory.embedder import Embedder, EmbedderError, embedder_for, text_key
from memory.home import PRIVATE_DIR, PRIVATE_FILE, private_dir, tighten
from memory.settings import Settings
from memory.store import Store

SYNC_BATCH = 2_000
COLLECTION_PREFIX = "atelier"
Progress = Callable[[int, int], None]


class IndexUnavailable(RuntimeError):
    """The vector index cannot be reached or opened (server down, folder unusable)."""


@dataclass
class Hit:
    id: str
    score: float


GENERATION_ROWS = "SELECT id, workspace_id, prompt, '' AS title FROM generations WHERE id IN ({marks})"

ASSET_ROWS = """
SELECT a.id, a.workspace_id, a.title,
       coalesce(nullif(json_extract(a.metadata, '$.prompt'), ''), og.prompt, '') AS prompt
FROM assets a LEFT JOIN generations og ON og.id = a.origin_generation_id
WHERE a.id IN ({marks}) AND json_valid(a.metadata)
"""


def document(row: dict, kind: str) -> str:
    """The text an item is found by: its prompt (an asset without one: its title)."""
    text = (row.get("prompt") or "").strip()
    if kind == "asset" and not text:
        text = (row.get("title") or "").strip()
    return text


class SearchIndex:
    """Chroma collections that follow the store. ``sync()`` catches up; ``query`` ranks."""

    def __init__(self, store: Store, settings: Settings, *, embedder: Embedder | None = None):
        self.store = store
        self.settings = settings
        self.embedder = embedder or embedder_for(settings)
        # Chroma names allow [a-zA-Z0-9._-]; the embedder is part of every collection's name, so
        # vectors of two embedders never share a collection.
        self._embedder_suffix = "-" + re.sub(r"[^a-zA-Z0-9.-]", "-", self.embedder.name)
        self.path = settings.home / "chroma"
        self._client = None
        self._collections: dict[str, object] = {}
        self._sync_lock = threading.RLock()
        self._wake = threading.Event()
        self._closed = threading.Event()
        self._worker: threading.Thread | None = None
        # Who hears a sync's progress, whichever thread runs it: a caller waiting on the background
        # worker's sync still sees its progress.
        self._listeners: list[Progress] = []
        self.last_error: str | None = None

    # -- the Chroma client ------------------------------------------------------------------------
    def client(self):
        if self._client is None:
            self._client = self._connect()
            # A fresh connection may find a folder restored, emptied or replaced: repair first.
            self.check_drift()
        return self._client

    def _connect(self):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        url = self.settings.chroma_url
        try:
            if url:
                from urllib.parse import urlparse

                parsed = urlparse(url if "://" in url else f"http://{url}")
                client = chromadb.HttpClient(host=parsed.hostname or "127.0.0.1",
                                             port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                                             ssl=parsed.scheme == "https", settings=chroma_settings)
                client.heartbeat()
                return client
            return self._open_persistent(chromadb, chroma_settings)
        except IndexUnavailable:
            raise
        except Exception as error:  # noqa: BLE001 - any client failure means "not reachable"
            where = url or str(self.path)
            raise IndexUnavailable(f"the search index at {where} cannot be reached ({short(error)})") from None

    def _open_persistent(self, chromadb, chroma_settings):
        private_dir(self.path)
        try:
            client = chromadb.PersistentClient(path=str(self.path), settings=chroma_settings)
            client.list_collections()
            return client
        except Exception:  # noqa: BLE001 - a corrupt index folder: it is derived data, rebuild it
            self._set_aside()
            self._mark_everything()
            client = chromadb.PersistentClient(path=str(self.path), settings=chroma_settings)
            return client

    def _keep_private(self) -> None:
        """Chroma writes its files through the umask; the home's contents are 0600/0700."""
        if self.settings.chroma_url or not self.path.exists():
            return
        for path in self.path.rglob("*"):
            if not path.is_symlink():
                tighten(path, PRIVATE_DIR if path.is_dir() else PRIVATE_FILE)

    def _set_aside(self) -> None:
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        if self.path.exists():
            aside = self.path.with_name(f"chroma.broken-{int(time.time())}")
            shutil.move(str(self.path), str(aside))
            shutil.rmtree(aside, ignore_errors=True)

    def collection_name(self, workspace_id: str) -> str:
        return f"{COLLECTION_PREFIX}-{re.sub(r'[^a-zA-Z0-9.-]', '-', workspace_id)}{self._embedder_suffix}"

    def collection(self, workspace_id: str):
        if workspace_id not in self._collections:
            # No embedding function: vectors are always passed in, so Chroma never needs (or
            # downloads) a model of its own.
            self._collections[workspace_id] = self.client().get_or_create_collection(
                self.collection_name(workspace_id), embedding_function=None,
                metadata={"hnsw:space": "cosine", "embedder": self.embedder.name},
            )
        return self._collections[workspace_id]

    def _our_collections(self) -> list:
        names = [c if isinstance(c, str) else c.name for c in self.client().list_collections()]
        return [self.client().get_collection(n, embedding_function=None) for n in names
                if n.startswith(COLLECTION_PREFIX + "-") and n.endswith(self._embedder_suffix)]

    def recover(self, error: Exception) -> int:
        """Rebuild after the local folder failed under a query; returns how many items were indexed."""
        with self._sync_lock:
            self._recover(error)
            return self.sync()

    def _recover(self, error: Exception) -> None:
        """The folder vanished or broke under us (or the server went away): start over."""
        self._collections.clear()
        self._client = None
        if not self.settings.chroma_url:
            self._set_aside()
            self._mark_everything()
        self.last_error = short(error)

    # -- following the store ----------------------------------------------------------------------
    def _mark_everything(self) -> None:
        with self.store.transaction():
            self.store.execute("DELETE FROM index_items")
            self.store.execute("INSERT OR REPLACE INTO index_pending (item_id, kind) "
                               "SELECT id, 'generation' FROM generations")
            self.store.execute("INSERT OR REPLACE INTO index_pending (item_id, kind) SELECT id, 'asset' FROM assets")

    def pending(self) -> int:
        return self.store.scalar("SELECT count(*) FROM index_pending")

    def sync(self, on_progress: Progress | None = None) -> int:
        """Index every marked item; returns how many were handled. ``on_progress(done, total)``
        also hears a sync another thread is running when this one starts."""
        if on_progress:
            self._listeners.append(on_progress)
        try:
            with self._sync_lock:
                return self._sync()
        finally:
            if on_progress:
                self._listeners.remove(on_progress)

    def _sync(self) -> int:
        self.client()  # (re)connecting checks for drift, which may mark items
        total, done = self.pending(), 0
        for attempt in range(2):
            try:
                while not self._closed.is_set():
                    marks = self.store.query(
                        "SELECT seq AS rowid, item_id, kind FROM index_pending ORDER BY seq LIMIT ?", [SYNC_BATCH])
                    if not marks:
                        self._keep_private()
                        return done
                    self._apply(marks)
                    done += len(marks)
                    total = max(total, done + self.pending())
                    for listener in list(self._listeners):
                        listener(done, total)
                return done  # closed: what is left stays marked for the next sync
            except EmbedderError:
                raise
            except Exception as error:  # noqa: BLE001 - Chroma failures
                if attempt or self.settings.chroma_url:
                    raise IndexUnavailable(f"the search index cannot be updated ({short(error)})") from None
                self._recover(error)
        return done

    def _apply(self, marks: list[dict]) -> None:
        """Bring the marked items up to date: vectors for new texts go to Chroma first, then one
        transaction records which item has which text and clears the marks read."""
        found: list[tuple[str, dict, str]] = []
        for kind, sql in (("generation", GENERATION_ROWS), ("asset", ASSET_ROWS)):
            ids = [m["item_id"] for m in marks if m["kind"] == kind]
            if ids:
                found.extend((kind, row, document(row, kind)) for row in self.store.query_in(sql, ids))
        # An item with no text at all cannot be found by meaning; it stays out of the index.
        found = [item for item in found if item[2]]
        before = {r["item_id"]: r for r in self.store.query_in(
            "SELECT item_id, workspace_id, text_key FROM index_items WHERE item_id IN ({marks})",
            [m["item_id"] for m in marks])}
        texts: dict[tuple[str, str], str] = {}
        for _, row, text in found:
            texts.setdefault((row["workspace_id"], text_key(text)), text)
        by_workspace: dict[str, list[str]] = {}
        for workspace_id, key in texts:
            by_workspace.setdefault(workspace_id, []).append(key)
        for workspace_id, keys in by_workspace.items():
            collection = self.collection(workspace_id)
            held = set(collection.get(ids=keys, include=[])["ids"])
            new = [key for key in keys if key not in held]
            if new:
                vectors = self.embedder.embed([texts[(workspace_id, key)] for key in new])
                collection.upsert(ids=new, embeddings=vectors)
        with self.store.transaction():
            conn = self.store.conn
            conn.executemany("DELETE FROM index_items WHERE item_id = ?", [(m["item_id"],) for m in marks])
            conn.executemany(
                "INSERT INTO index_items (item_id, kind, workspace_id, text_key) VALUES (?, ?, ?, ?)",
                [(row["id"], kind, row["workspace_id"], text_key(text)) for kind, row, text in found])
            conn.executemany("DELETE FROM index_pending WHERE seq = ?", [(m["rowid"],) for m in marks])
        # Texts no item uses any more leave the index.
        orphaned: dict[str, set[str]] = {}
        for old in before.values():
            if not self.store.one("SELECT 1 FROM index_items WHERE workspace_id = ? AND text_key = ?",
                                  [old["workspace_id"], old["text_key"]]):
                orphaned.setdefault(old["workspace_id"], set()).add(old["text_key"])
        for workspace_id, keys in orphaned.items():
            self.collection(workspace_id).delete(ids=sorted(keys))

    def check_drift(self) -> int:
        """Repair what a crash or a lost folder left behind: items SQLite has that the index does
        not know, entries for items that are gone, texts missing from (or extra in) Chroma.
        Returns how many differences were found."""
        store = self.store
        differences = 0
        with store.transaction():
            for table, kind in (("generations", "generation"), ("assets", "asset")):
                cursor = store.execute(
                    f"INSERT OR IGNORE INTO index_pending (item_id, kind) SELECT t.id, '{kind}' FROM {table} t "
                    f"WHERE NOT EXISTS (SELECT 1 FROM index_items i WHERE i.item_id = t.id)"
                    + (" AND t.prompt != ''" if kind == "generation" else ""))
                differences += max(cursor.rowcount, 0)
            cursor = store.execute(
                "DELETE FROM index_items WHERE item_id NOT IN (SELECT id FROM generations) "
                "AND item_id NOT IN (SELECT id FROM assets)")
            differences += max(cursor.rowcount, 0)
        for workspace_id in [r["workspace_id"] for r in store.query("SELECT DISTINCT workspace_id FROM index_items")]:
            wanted = {r["text_key"] for r in store.query(
                "SELECT DISTINCT text_key FROM index_items WHERE workspace_id = ?", [workspace_id])}
            collection = self.collection(workspace_id)
            if collection.count() == len(wanted):
                continue
            held = set(collection.get(include=[])["ids"])
            missing, extra = wanted - held, held - wanted
            if missing:
                with store.transaction():
                    for key in missing:
                        store.execute("INSERT OR REPLACE INTO index_pending (item_id, kind) SELECT item_id, kind "
                                      "FROM index_items WHERE workspace_id = ? AND text_key = ?", [workspace_id, key])
                        store.execute("DELETE FROM index_items WHERE workspace_id = ? AND text_key = ?",
                                      [workspace_id, key])
            if extra:
                collection.delete(ids=list(extra))
            differences += len(missing) + len(extra)
        return differences

    def rebuild(self, on_progress: Progress | None = None) -> int:
        """Drop this home's collections and index everything again from SQLite."""
        with self._sync_lock:
            try:
                for collection in self._our_collections():
                    self.client().delete_collection(collection.name)
            except Exception as error:  # noqa: BLE001
                if self.settings.chroma_url:
                    raise IndexUnavailable(f"the search index cannot be rebuilt ({short(error)})") from None
                self._recover(error)
            self._collections.clear()
            self._mark_everything()
            return self.sync(on_progress)

    # -- background following ---------------------------------------------------------------------
    def follow(self) -> None:
        """Index in a background thread whenever a write commits (the store's post-commit hook)."""
        if self._worker is not None:
            return
        self.store.on_commit(self._wake.set)
        self._worker = threading.Thread(target=self._run, name="atelier-index", daemon=True)
        self._worker.start()
        self._wake.set()

    def _run(self) -> None:
        while not self._closed.is_set():
            self._wake.wait()
            self._wake.clear()
            if self._closed.is_set():
                return
            try:
                self.sync()
            except Exception as error:  # noqa: BLE001 - the marks stay; the next sync retries
                self.last_error = short(error)

    def close(self) -> None:
        self._closed.set()
        self._wake.set()
        if self._worker is not None:
            self._worker.join(timeout=30)
            self._worker = None
        self._keep_private()

    # -- querying ---------------------------------------------------------------------------------
    def nearest_texts(self, workspace_id: str, vector: np.ndarray, limit: int) -> list[Hit]:
        """The ``limit`` texts closest to ``vector`` (ids are text keys)."""
        collection = self.collection(workspace_id)
        n = min(limit, collection.count())
        if n == 0:
            return []
        result = collection.query(query_embeddings=[vector], n_results=n, include=["distances"])
        return [Hit(i, 1.0 - float(d)) for i, d in zip(result["ids"][0], result["distances"][0])]

    def vectors(self, workspace_id: str, texts: list[str]) -> np.ndarray:
        """A vector per text: those this workspace's collection already holds are read back, only
        the rest are embedded (a session's prompts are usually indexed long before it is reflected on)."""
        keys = [text_key(text) for text in texts]
        wanted = list(dict.fromkeys(keys))
        stored: dict[str, np.ndarray] = {}
        if wanted:
            got = self.collection(workspace_id).get(ids=wanted, include=["embeddings"])
            stored = {key: np.asarray(vector, dtype=np.float32) for key, vector in zip(got["ids"], got["embeddings"])}
        missing = [text for key, text in dict(zip(keys, texts)).items() if key not in stored]
        if missing:
            stored.update(zip((text_key(t) for t in missing), self.embedder.embed(missing)))
        if not keys:
            return np.empty((0, self.embedder.dimensions or 0), dtype=np.float32)
        return np.stack([stored[key] for key in keys])

    def rank_texts(self, workspace_id: str, vector: np.ndarray, keys: list[str]) -> list[Hit]:
        """Score a selection of texts in numpy, best first (cheaper than a filter in Chroma)."""
        if not keys:
            return []
        got = self.collection(workspace_id).get(ids=keys, include=["embeddings"])
        if not len(got["ids"]):
            return []
        scores = np.asarray(got["embeddings"], dtype=np.float32) @ vector
        return [Hit(got["ids"][i], float(scores[i])) for i in np.argsort(-scores)]


def index_is_behind(store: Store) -> bool:
    """Has a write committed that the search index has not followed yet? (No Chroma needed to tell.)"""
    return bool(store.scalar("SELECT EXISTS (SELECT 1 FROM index_pending)"))


def short(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:200]


_open: dict[tuple[str, ...], SearchIndex] = {}
_open_lock = threading.Lock()


def open_index(store: Store, settings: Settings) -> SearchIndex:
    """The process's index for this store (one Chroma client per home), caught up with SQLite."""
    embedder = embedder_for(settings)  # the settings' choice of embedder decides which index this is
    key = (str(store.path), settings.chroma_url or "", id(embedder))
    with _open_lock:
        index = _open.get(key)
        if index is None or index.store is not store:
            if index is not None:
                index.close()
            index = SearchIndex(store, settings, embedder=embedder)
            index.client()  # connects and checks for drift
            index.follow()
            _open[key] = index
    return index


def forget_index(store: Store) -> None:
    with _open_lock:
        for key, index in list(_open.items()):
            if index.store is store:
                index.close()
                del _open[key]
