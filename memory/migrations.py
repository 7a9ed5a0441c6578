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
def m004_library_in_place(db: Database) -> None:
    """Assets carry their own provenance, files are referenced where they are, content has a fast hash.

    Provenance is copied onto each asset (from its import metadata or its generation) so that it
    outlives the generation; generations that belong to no session any more (the old behaviour of
    deleting a session) are then removed, as sessions own their generations.
    """
    _run(
        db,
        """
        ALTER TABLE assets ADD COLUMN prompt TEXT;
        ALTER TABLE assets ADD COLUMN negative_prompt TEXT;
        ALTER TABLE assets ADD COLUMN seed INTEGER;
        ALTER TABLE assets ADD COLUMN model TEXT;
        ALTER TABLE assets ADD COLUMN model_hash TEXT;
        ALTER TABLE assets ADD COLUMN generator TEXT;
        ALTER TABLE assets ADD COLUMN sampler TEXT;
        ALTER TABLE assets ADD COLUMN steps INTEGER;
        ALTER TABLE assets ADD COLUMN cfg REAL;
        ALTER TABLE assets ADD COLUMN generation_width INTEGER;
        ALTER TABLE assets ADD COLUMN generation_height INTEGER;
        ALTER TABLE assets ADD COLUMN loras TEXT;
        ALTER TABLE assets ADD COLUMN source_image TEXT;
        ALTER TABLE assets ADD COLUMN generated_at TEXT;
        ALTER TABLE assets ADD COLUMN generated_at_source TEXT;
        ALTER TABLE assets ADD COLUMN generated_at_trust TEXT;
        ALTER TABLE assets ADD COLUMN content_hash TEXT;
        ALTER TABLE assets ADD COLUMN stored TEXT NOT NULL DEFAULT 'blob' CHECK (stored IN ('blob', 'in_place'));
        ALTER TABLE assets ADD COLUMN missing INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX assets_by_content ON assets (workspace_id, content_hash);
        ALTER TABLE generations ADD COLUMN content_hash TEXT;
        CREATE INDEX generations_by_content ON generations (content_hash) WHERE content_hash IS NOT NULL;
        ALTER TABLE import_files ADD COLUMN device INTEGER;
        ALTER TABLE import_files ADD COLUMN inode INTEGER;
        ALTER TABLE import_files ADD COLUMN content_hash TEXT;
        CREATE INDEX import_files_by_inode ON import_files (inode, device);
        UPDATE assets SET
            prompt = json_extract(metadata, '$.prompt'),
            negative_prompt = json_extract(metadata, '$.negative_prompt'),
            seed = CASE WHEN typeof(json_extract(metadata, '$.seed')) = 'integer'
                        THEN json_extract(metadata, '$.seed') END,
            model = json_extract(metadata, '$.model'),
            model_hash = json_extract(metadata, '$.model_hash'),
            generator = json_extract(metadata, '$.generator'),
            sampler = json_extract(metadata, '$.sampler'),
            steps = json_extract(metadata, '$.steps'),
            cfg = json_extract(metadata, '$.cfg'),
            generation_width = json_extract(metadata, '$.generation_width'),
            generation_height = json_extract(metadata, '$.generation_height'),
            loras = json_extract(metadata, '$.loras'),
            source_image = json_extract(metadata, '$.source_image'),
            generated_at = json_extract(metadata, '$.generation_time'),
            generated_at_source = json_extract(metadata, '$.generation_time_source'),
            generated_at_trust = json_extract(metadata, '$.generation_time_trust')
        WHERE metadata NOT IN ('', '{}') AND json_valid(metadata);
        UPDATE assets SET
            prompt = coalesce(prompt, (SELECT g.prompt FROM generations g WHERE g.id = assets.origin_generation_id)),
            negative_prompt = coalesce(negative_prompt,
                (SELECT g.negative_prompt FROM generations g WHERE g.id = assets.origin_generation_id)),
            seed = coalesce(seed, (SELECT g.seed FROM generations g WHERE g.id = assets.origin_generation_id)),
            model = coalesce(model, (SELECT g.model FROM generations g WHERE g.id = assets.origin_generation_id)),
            generator = coalesce(generator, (SELECT g.provider FROM generations g WHERE g.id = assets.origin_generation_id)),
            generation_width = coalesce(generation_width,
                (SELECT g.width FROM generations g WHERE g.id = assets.origin_generation_id)),
            generation_height = coalesce(generation_height,
                (SELECT g.height FROM generations g WHERE g.id = assets.origin_generation_id)),
            generated_at = coalesce(generated_at,
                (SELECT g.created_at FROM generations g WHERE g.id = assets.origin_generation_id)),
            generated_at_source = coalesce(generated_at_source,
                (SELECT 'generation' FROM generations g WHERE g.id = assets.origin_generation_id))
        WHERE origin_generation_id IS NOT NULL;
        DELETE FROM generations
        WHERE session_id IS NULL AND (auto_cluster = 0 OR auto_session_id IS NOT NULL)
        """,
    )


@migration
def m006_workspaces_and_chat(db: Database) -> None:
    """Teams as workspaces: a Slack team per workspace, its admins, who made each asset and post,
    and the chat events already handled (so a retried event never runs twice, in any process)."""
    _run(
        db,
        """
        ALTER TABLE workspaces ADD COLUMN slack_team_id TEXT;
        CREATE UNIQUE INDEX workspaces_by_slack_team ON workspaces (slack_team_id) WHERE slack_team_id IS NOT NULL;
        CREATE UNIQUE INDEX workspaces_by_name ON workspaces (name COLLATE NOCASE);
        CREATE TABLE workspace_admins (
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            user_id TEXT NOT NULL,
            PRIMARY KEY (workspace_id, user_id)
        );
        ALTER TABLE assets ADD COLUMN created_by TEXT;
        ALTER TABLE posts ADD COLUMN created_by TEXT;
        CREATE TABLE chat_events (
            event_id TEXT PRIMARY KEY,
            channel TEXT NOT NULL,
            received_at TEXT NOT NULL
        )
        """,
    )
    # The local person owns the local workspace (the only one before teams existed).
    db.execute("INSERT OR IGNORE INTO workspace_admins (workspace_id, user_id) "
               "SELECT 'ws_local', 'usr_local' WHERE EXISTS (SELECT 1 FROM workspaces WHERE id = 'ws_local')")


@migration
def m008_generation_provenance(db: Database) -> None:
    # What the provider was sent and what it answered for this image (request id, infotext,
    # server seeds, the graph); JSON. The request's own settings stay in `settings`.
    _run(db, "ALTER TABLE generations ADD COLUMN provenance TEXT NOT NULL DEFAULT '{}'")


@migration
def m005_search_index(db: Database) -> None:
    # The index holds one vector per distinct text (many images share a prompt, and thousands of
    # identical vectors break an HNSW graph's navigation); index_items says which item has which.
    # Items whose search-index entry is out of date. Triggers mark every write to what the index
    # holds, so the index follows creates, likes, saves, moves, deletes and imports without any
    # tool having to remember it. A re-marked item gets a new, never reused rowid (AUTOINCREMENT),
    # so a sync that read an older mark never clears a newer one. The triggers delete the old mark
    # and insert a new one rather than INSERT OR REPLACE: a foreign-key action (ON DELETE SET NULL)
    # fires them with its own conflict rule, which would override the trigger's REPLACE.
    statements = ["""
        CREATE TABLE index_pending (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id TEXT NOT NULL UNIQUE,
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
                f"DELETE FROM index_pending WHERE item_id = {row}.id; "
                f"INSERT INTO index_pending (item_id, kind) VALUES ({row}.id, '{kind}'); END")
    for statement in statements:
        db.execute(statement)
    # Everything that exists already needs indexing once.
    db.execute("INSERT OR REPLACE INTO index_pending (item_id, kind) SELECT id, 'generation' FROM generations")
    db.execute("INSERT OR REPLACE INTO index_pending (item_id, kind) SELECT id, 'asset' FROM assets")


@migration
def m011_generation_time_index(db: Database) -> None:
    # The TUI lists every visible item newest first (100,000 generations in a big home); these
    # match its ORDER BYs exactly, so SQLite walks an index instead of sorting in a temp B-tree.
    for statement in (
        "CREATE INDEX generations_by_time ON generations (workspace_id, created_at DESC, id DESC)",
        "CREATE INDEX generations_liked_by_time ON generations (workspace_id, liked_at DESC, id) WHERE liked = 1",
        "CREATE INDEX sessions_by_use_then_id ON sessions (workspace_id, last_used_at DESC, id)",
        "CREATE INDEX assets_by_time ON assets (workspace_id, created_at DESC, id DESC)",
    ):
        db.execute(statement)


@migration
def m009_operation_log(db: Database) -> None:
    # Each conversation's changes, newest last, so "undo" can reverse the last one (tools/undo.py).
    # `changes` is JSON: for each row the change touched, its table, key and values before and after;
    # an irreversible change (delete, generate, spend) is kept as a marker with reversible = 0.
    _run(
        db,
        """
        CREATE TABLE operations (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            conversation_id TEXT NOT NULL,
            user_id TEXT,
            tool TEXT NOT NULL,
            summary TEXT NOT NULL,
            created_at TEXT NOT NULL,
            reversible INTEGER NOT NULL CHECK (reversible IN (0, 1)),
            undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
            changes TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX operations_by_conversation ON operations (workspace_id, conversation_id, seq)
        """,
    )


@migration
def m010_brief_references(db: Database) -> None:
    # A session's reference files: a file on the server (path) or a library asset, with what it held
    # when attached (content hash, media type). Replaces the JSON column sessions.reference_files,
    # whose entries are copied over (their hash and type were never recorded).
    _run(
        db,
        """
        CREATE TABLE session_references (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            workspace_id TEXT NOT NULL REFERENCES workspaces(id),
            path TEXT,
            asset_id TEXT REFERENCES assets(id) ON DELETE CASCADE,
            content_hash TEXT,
            media_type TEXT,
            added_at TEXT NOT NULL,
            CHECK ((path IS NULL) != (asset_id IS NULL))
        );
        CREATE INDEX session_references_by_session ON session_references (session_id, added_at);
        INSERT INTO session_references (id, session_id, workspace_id, path, added_at)
            SELECT 'ref_' || lower(hex(randomblob(8))), s.id, s.workspace_id, j.value, s.created_at
            FROM sessions s, json_each(s.reference_files) j
            WHERE json_valid(s.reference_files) AND j.type = 'text'
        """,
    )
