"""Settings read from the environment (prefix ``ATELIER_``) with embedded defaults."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_home() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("atelier", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ATELIER_", extra="ignore")

    home: Path = Field(default_factory=default_home)
    model: str | None = None
    generator: str = "procedural"
    chroma_url: str | None = None
    starting_credits: int = 500
    max_images_per_request: int = 100
    retention_days: float = 30.0
    # Confirmation is asked above this many images, or above this share of the balance …
    confirm_images_above: int = 20
    confirm_balance_share: float = 0.1
    # … and before changing more than this many items at once.
    confirm_items_above: int = 20

    @property
    def database_path(self) -> Path:
        return self.home / "atelier.db"

    @property
    def blobs_dir(self) -> Path:
        return self.home / "blobs"

    @property
    def exports_dir(self) -> Path:
        return self.home / "exports"
