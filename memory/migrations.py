"""Schema migrations: an ordered, decorated list, each applied once and recorded in a table."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

Migration = Callable[[Database], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    """Append a migration; its function name is its identity, so never rename one."""
    MIGRATIONS.append(fn)
    return fn


def apply_migrations(db: Database) -> list[str]:
    """Apply pending migrations inside the caller's transaction; return the names applied."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row["name"] for row in db.query("SELECT name FROM _migrations")}
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        fn(db)
        db.execute(
            "INSERT INTO _migrations (name, applied_at) VALUES (?, datetime('now'))", [fn.__name__]
        )
        applied.append(fn.__name__)
    return applied


def _run(db: Database, script: str) -> None:
    # executescript() would commit the surrounding transaction, so run statement by statement.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migration
def m001_initial(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE workspaces (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            credit_balance INTEGER NOT NULL DEFAULT 0 CHECK (credit_balance >= 0),
            created_at TEXT NOT NULL
        );
        CREATE TABLE users (
            id TEXT PRIMARY KEY,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            name TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE projects (
            id TEXT PRIMARY KEY,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            name TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX projects_by_name ON projects (workspace_id, name COLLATE NOCASE);
        CREATE TABLE folders (
            id TEXT PRIMARY KEY,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            name TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX folders_by_name ON folders (workspace_id, name COLLATE NOCASE);
        CREATE TABLE campaigns (
            id TEXT PRIMARY KEY,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            name TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX campaigns_by_name ON campaigns (workspace_id, name COLLATE NOCASE);
        CREATE TABLE tags (
            id TEXT PRIMARY KEY,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            name TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX tags_by_name ON tags (workspace_id, name COLLATE NOCASE);
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            created_by TEXT REFERENCES users(id),
            name TEXT NOT NULL,
            name_is_auto INTEGER NOT NULL DEFAULT 0,
            kind TEXT NOT NULL CHECK (kind IN ('visual', 'visual_feed', 'text', 'video', 'container')),
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
            origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'auto')),
            brief_prompt TEXT,
            reference_files TEXT NOT NULL DEFAULT '[]',
            settings TEXT NOT NULL DEFAULT '{}',
            project_id TEXT REFERENCES projects(id) ON DELETE SET NULL,
            folder_id TEXT REFERENCES folders(id) ON DELETE SET NULL,
            campaign_id TEXT REFERENCES campaigns(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            last_used_at TEXT NOT NULL,
            last_generated_at TEXT,
            started_at TEXT,
            ended_at TEXT,
            archived_at TEXT,
            reflection TEXT
        );
        CREATE INDEX sessions_by_recent_use ON sessions (workspace_id, last_used_at DESC);
        CREATE TABLE generations (
            id TEXT PRIMARY KEY,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
            idx INTEGER,
            prompt TEXT NOT NULL,
            negative_prompt TEXT NOT NULL DEFAULT '',
            seed INTEGER,
            model TEXT,
            provider TEXT,
            width INTEGER,
            height INTEGER,
            media_type TEXT NOT NULL DEFAULT 'image',
            settings TEXT NOT NULL DEFAULT '{}',
            credits_used INTEGER NOT NULL DEFAULT 0,
            liked INTEGER NOT NULL DEFAULT 0,
            liked_at TEXT,
            selected INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0,
            saved_asset_id TEXT REFERENCES assets(id) ON DELETE SET NULL,
            parent_id TEXT REFERENCES generations(id) ON DELETE SET NULL,
            blob_sha256 TEXT,
            file_ext TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (session_id, idx)
        );
        CREATE INDEX generations_liked ON generations (workspace_id, liked_at DESC) WHERE liked = 1;
        CREATE INDEX generations_by_parent ON generations (parent_id);
        CREATE INDEX generations_by_blob ON generations (blob_sha256);
        CREATE TABLE assets (
            id TEXT PRIMARY KEY,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            media_type TEXT NOT NULL CHECK (media_type IN ('image', 'video', 'audio', 'document', 'post')),
            title TEXT NOT NULL,
            mime TEXT,
            sha256 TEXT,
            file_ext TEXT,
            size_bytes INTEGER,
            width INTEGER,
            height INTEGER,
            folder_id TEXT REFERENCES folders(id) ON DELETE SET NULL,
            project_id TEXT REFERENCES projects(id) ON DELETE SET NULL,
            origin_generation_id TEXT REFERENCES generations(id) ON DELETE SET NULL,
            session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
            source_path TEXT,
            metadata TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        );
        CREATE INDEX assets_by_sha ON assets (workspace_id, sha256);
        CREATE INDEX assets_by_folder ON assets (folder_id);
        CREATE INDEX assets_by_project ON assets (project_id);
        CREATE INDEX assets_by_session ON assets (session_id);
        CREATE TABLE asset_tags (
            asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
            tag_id TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (asset_id, tag_id)
        );
        CREATE INDEX asset_tags_by_tag ON asset_tags (tag_id);
        CREATE TABLE posts (
            id TEXT PRIMARY KEY,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            caption TEXT NOT NULL,
            platform TEXT,
            project_id TEXT REFERENCES projects(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE post_assets (
            post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (post_id, asset_id)
        );
        CREATE TABLE post_sessions (
            post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            PRIMARY KEY (post_id, session_id)
        );
        CREATE TABLE credit_ledger (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            delta INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('grant', 'hold', 'release')),
            reason TEXT NOT NULL,
            ref TEXT,
            balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
            created_at TEXT NOT NULL
        );
        CREATE INDEX credit_ledger_by_workspace ON credit_ledger (workspace_id, id DESC)
        """,
    )


@migration
def m002_import_and_lineage(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE import_files (
            path BLOB PRIMARY KEY,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            sha256 TEXT,
            asset_id TEXT REFERENCES assets(id) ON DELETE SET NULL,
            status TEXT NOT NULL CHECK (status IN ('imported', 'duplicate', 'skipped')),
            reason TEXT,
            last_seen TEXT NOT NULL
        );
        CREATE INDEX import_files_by_asset ON import_files (asset_id);
        ALTER TABLE generations ADD COLUMN auto_cluster INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE generations ADD COLUMN auto_session_id TEXT;
        ALTER TABLE generations ADD COLUMN family TEXT;
        ALTER TABLE generations ADD COLUMN graph_key TEXT;
        CREATE INDEX generations_auto_cluster ON generations (workspace_id, auto_cluster) WHERE auto_cluster = 1;
        CREATE INDEX generations_by_family ON generations (family) WHERE family IS NOT NULL;
        CREATE INDEX generations_by_graph ON generations (graph_key) WHERE graph_key IS NOT NULL;
        -- Foreign keys are checked from the parent side on delete (and on deferred checks):
        -- without these, deleting an asset or a generation scans the other table.
        CREATE INDEX generations_by_saved_asset ON generations (saved_asset_id) WHERE saved_asset_id IS NOT NULL;
        CREATE INDEX assets_by_origin_generation ON assets (origin_generation_id) WHERE origin_generation_id IS NOT NULL;
        CREATE TABLE lineage_links (
            child_id TEXT NOT NULL REFERENCES generations(id) ON DELETE CASCADE,
            parent_id TEXT NOT NULL REFERENCES generations(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('remix', 'img2img', 'sibling', 'graph-variant')),
            detail TEXT,
            PRIMARY KEY (child_id, parent_id, kind)
        );
        CREATE INDEX lineage_links_by_parent ON lineage_links (parent_id)
        """,
    )


@migration
def m003_credit_jobs(db: Database) -> None:
    """Every spend becomes a job: held before work starts, captured for what was made, the rest
    released. The owner (pid, process start, host) lets the next process settle a job whose
    owner died; its items are the images already written, so they can still be kept."""
    _run(
        db,
        """
        CREATE TABLE credit_jobs (
            id TEXT PRIMARY KEY,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            kind TEXT NOT NULL,
            reason TEXT NOT NULL,
            session_id TEXT,
            details TEXT NOT NULL DEFAULT '{}',
            held INTEGER NOT NULL CHECK (held >= 0),
            captured INTEGER NOT NULL DEFAULT 0 CHECK (captured >= 0),
            released INTEGER NOT NULL DEFAULT 0 CHECK (released >= 0),
            status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'settled')),
            owner_pid INTEGER NOT NULL,
            owner_started TEXT NOT NULL,
            owner_host TEXT NOT NULL,
            created_at TEXT NOT NULL,
            settled_at TEXT,
            CHECK (captured + released <= held)
        );
        CREATE INDEX credit_jobs_open ON credit_jobs (status) WHERE status = 'held';
        CREATE TABLE credit_job_items (
            job_id TEXT NOT NULL REFERENCES credit_jobs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            blob_sha256 TEXT NOT NULL,
            file_ext TEXT NOT NULL,
            record TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (job_id, position)
        );
        CREATE TABLE credit_ledger_new (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            delta INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('grant', 'hold', 'capture', 'release')),
            reason TEXT NOT NULL,
            ref TEXT,
            balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
            created_at TEXT NOT NULL,
            job_id TEXT,
            amount INTEGER
        );
        INSERT INTO credit_ledger_new (id, workspace_id, delta, kind, reason, ref, balance_after, created_at, amount)
            SELECT id, workspace_id, delta, kind, reason, ref, balance_after, created_at, abs(delta) FROM credit_ledger;
        DROP TABLE credit_ledger;
        ALTER TABLE credit_ledger_new RENAME TO credit_ledger;
        CREATE INDEX credit_ledger_by_workspace ON credit_ledger (workspace_id, id DESC);
        CREATE INDEX credit_ledger_by_job ON credit_ledger (job_id) WHERE job_id IS NOT NULL
        """,
    )


@migration
def m005_search_index(db: Database) -> None:
    # The index holds one vector per distinct text (many images share a prompt, and thousands of
    # identical vectors break an HNSW graph's navigation); index_items says which item has which.
    # Items whose search-index entry is out of date. Triggers mark every write to what the index
    # holds, so the index follows creates, likes, saves, moves, deletes and imports without any
    # tool having to remember it. A re-marked item gets a new rowid (INSERT OR REPLACE), so a sync
    # that read an older mark never clears a newer one.
    statements = ["""
        CREATE TABLE index_pending (
            item_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('generation', 'asset'))
        )""", """
        CREATE TABLE index_items (
            item_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            workspace_id TEXT NOT NULL,
            text_key TEXT NOT NULL
        )""", "CREATE INDEX index_items_by_text ON index_items (workspace_id, text_key)"]
    watched = {
        "generations": ("generation", "prompt, workspace_id"),
        "assets": ("asset", "title, metadata, origin_generation_id, workspace_id"),
    }
    for table, (kind, columns) in watched.items():
        for event, row in (("INSERT", "new"), (f"UPDATE OF {columns}", "new"), ("DELETE", "old")):
            name = f"{table}_index_{event.split()[0].lower()}"
            statements.append(
                f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN "
                f"INSERT OR REPLACE INTO index_pending (item_id, kind) VALUES ({row}.id, '{kind}'); END")
    for statement in statements:
        db.execute(statement)
    # Everything that exists already needs indexing once.
    db.execute("INSERT OR REPLACE INTO index_pending (item_id, kind) SELECT id, 'generation' FROM generations")
    db.execute("INSERT OR REPLACE INTO index_pending (item_id, kind) SELECT id, 'asset' FROM assets")
