"""Import: folders of existing images become library assets and, when their time is known, auto sessions."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from tools.context import Context
from tools.errors import InvalidInput
from tools.importing.pipeline import ImportSummary, import_paths, is_known_root
from tools.registry import ToolResult
from tools.workspaces import require_server_files


class ImportFolderArgs(BaseModel):
    path: str = Field(..., description="File or folder to import (folders recursively)")
    use_file_times: bool = Field(
        False, description="Also trust weak times (file dates, editor timestamps) to place files in sessions")
    copy_files: bool = Field(False, description="Copy files into Atelier's store instead of referencing them in place")


def import_folder(ctx: Context, args: ImportFolderArgs) -> ToolResult:
    """Import a folder of images (with their generation metadata) into the library and auto sessions."""
    require_server_files(ctx, "importing a folder")
    path = Path(args.path).expanduser().absolute()
    if not path.exists() and not is_known_root(ctx, str(path)):
        raise InvalidInput(f"'{args.path}' does not exist")
    summary = import_paths(ctx, [path], use_file_times=args.use_file_times, copy=args.copy_files)
    return ToolResult(message=summary.message(), data=summary.as_dict())


def register_tools(register):
    register(import_folder)


__all__ = ["ImportFolderArgs", "ImportSummary", "import_folder", "import_paths", "register_tools"]
