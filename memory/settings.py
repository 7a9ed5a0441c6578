"""Every piece of configuration, read from the environment in one place (pydantic-settings).

Atelier's own variables carry the ``ATELIER_`` prefix; the few that other tools already define
(``OPENAI_API_KEY``, ``A1111_URL``, ``SLACK_BOT_TOKEN`` …) are read under their usual names.
No other module reads ``os.environ``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

OFFLINE = "offline"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"


def default_home() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("atelier", appauthor=False))


def _plain(name: str) -> AliasChoices:
    """A variable known by its usual name (``OPENAI_API_KEY``), or with the prefix too."""
    return AliasChoices(name, f"ATELIER_{name}")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ATELIER_", extra="ignore", populate_by_name=True)

    home: Path = Field(default_factory=default_home)

    # -- the language model ---------------------------------------------------------------------
    # None: offline unless an OpenAI key or base URL is set (see ``chosen_model``).
    model: str | None = None
    openai_api_key: SecretStr | None = Field(None, validation_alias=_plain("OPENAI_API_KEY"))
    openai_base_url: str | None = Field(None, validation_alias=_plain("OPENAI_BASE_URL"))
    llm_timeout: float = 60.0
    # None: stream when a front end shows tokens as they come; False: always one JSON reply.
    llm_stream: bool | None = None
    # Messages the offline planner understands fully skip the LLM round trip (False: always ask it).
    planner_shortcut: bool = True

    # -- generators, vectors, chat platforms --------------------------------------------------
    generator: str = "procedural"
    a1111_url: str | None = Field(None, validation_alias=_plain("A1111_URL"))
    # A checkpoint to switch the A1111/Forge server to (through /sdapi/v1/options); None: keep its own.
    a1111_checkpoint: str | None = None
    comfyui_url: str | None = Field(None, validation_alias=_plain("COMFYUI_URL"))
    # A ComfyUI graph in API format (File > Export (API)); None: the bundled txt2img graph.
    comfyui_workflow: Path | None = None
    comfyui_checkpoint: str | None = None  # for the bundled graph; None: the server's first one
    comfyui_max_jobs: int = Field(2, ge=1, le=64)
    openai_image_model: str = "gpt-image-2"
    openai_image_quality: str | None = None  # low, medium, high, auto; None: the model's default
    openai_max_jobs: int = Field(4, ge=1, le=64)
    # Seconds one image (or one call) may take before its server is given up on.
    generator_timeout: float = Field(600.0, gt=0)
    chroma_url: str | None = None
    slack_bot_token: SecretStr | None = Field(None, validation_alias=_plain("SLACK_BOT_TOKEN"))
    slack_app_token: SecretStr | None = Field(None, validation_alias=_plain("SLACK_APP_TOKEN"))
    slack_signing_secret: SecretStr | None = Field(None, validation_alias=_plain("SLACK_SIGNING_SECRET"))
    slack_api_url: str | None = None

    # -- budgets and limits -------------------------------------------------------------------
    starting_credits: int = 500
    max_images_per_request: int = 100
    retention_days: float = 30.0
    # Confirmation is asked above this many images, or above this share of the balance …
    confirm_images_above: int = 20
    confirm_balance_share: float = 0.1
    # … and before changing more than this many items at once.
    confirm_items_above: int = 20
    # Background processes making thumbnails after imports and generations (0: none are made).
    thumbnail_workers: int = Field(1, ge=0, le=16)
    # A reflection needs at least this many items in its session.
    reflection_min_items: int = 50
    # Threads onnxruntime may use for embeddings (None: up to 4, never more than the cores).
    embed_threads: int | None = None
    # What embeds prompts for search and reflections: "minilm" (offline, free) or "openai" (the
    # embeddings API at OPENAI_BASE_URL or OpenAI's; billed by OpenAI, not in Atelier credits).
    embedder: Literal["minilm", "openai"] = "minilm"
    openai_embedding_model: str = "text-embedding-3-small"

    @property
    def chosen_model(self) -> str:
        """``ATELIER_MODEL`` when set; otherwise the OpenAI default if a key or URL is set, else offline."""
        if self.model and self.model.strip():
            return self.model.strip()
        if self.openai_api_key or self.openai_base_url:
            return DEFAULT_OPENAI_MODEL
        return OFFLINE

    @property
    def database_path(self) -> Path:
        return self.home / "atelier.db"

    @property
    def blobs_dir(self) -> Path:
        return self.home / "blobs"

    @property
    def exports_dir(self) -> Path:
        return self.home / "exports"

    @property
    def checkpoints_path(self) -> Path:
        return self.home / "checkpoints.db"

    @property
    def log_path(self) -> Path:
        return self.home / "logs" / "agent.log"
