"""Model choice, the prompts file, and tool schemas valid for OpenAI function calling."""

from __future__ import annotations

import re

import pytest
from langchain_core.utils.function_calling import convert_to_openai_tool

from agent import models
from tools.registry import get_registry

NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
JSON_TYPES = {"object", "array", "string", "integer", "number", "boolean", "null"}


def check_schema(schema: dict, where: str) -> None:
    """The subset of JSON Schema that OpenAI function calling accepts, checked recursively."""
    assert isinstance(schema, dict), where
    assert "$ref" not in schema, f"{where}: unresolved $ref"
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        assert set(types) <= JSON_TYPES, f"{where}: type {schema['type']}"
        if "array" in types:
            assert "items" in schema, f"{where}: an array needs items"
            check_schema(schema["items"], where + "[]")
        if "object" in types:
            for key, sub in (schema.get("properties") or {}).items():
                check_schema(sub, f"{where}.{key}")
            assert set(schema.get("required", [])) <= set(schema.get("properties") or {}), where
    else:
        assert any(k in schema for k in ("anyOf", "enum", "const")), f"{where}: no type"
    for key in ("anyOf", "oneOf", "allOf"):
        for position, sub in enumerate(schema.get(key, [])):
            check_schema(sub, f"{where}.{key}[{position}]")
    if "enum" in schema:
        assert isinstance(schema["enum"], list) and schema["enum"], where


def test_every_registered_tool_converts_to_a_valid_openai_tool():
    tools = list(get_registry())
    assert len(tools) >= 30
    names = set()
    for tool in tools:
        spec = models.openai_tool_schema(tool)
        assert spec["type"] == "function"
        function = spec["function"]
        assert NAME.match(function["name"]) and function["name"] == tool.name
        assert function["name"] not in names
        names.add(function["name"])
        assert function["description"] and len(function["description"]) <= 1024
        parameters = function["parameters"]
        assert parameters["type"] == "object", tool.name
        check_schema(parameters, tool.name)
        # And the plain LangChain conversion of the args model works too.
        assert convert_to_openai_tool(tool.args_model)["function"]["parameters"]["type"] == "object"
        try:
            from jsonschema import Draft202012Validator
        except ImportError:  # optional: the structural check above still ran
            continue
        Draft202012Validator.check_schema(parameters)


def test_items_list_of_int_or_str_is_a_valid_array_schema():
    items = models.openai_tool_schema(get_registry()["like"])["function"]["parameters"]["properties"]["items"]
    assert items["type"] == "array"
    assert items["items"] == {"anyOf": [{"type": "integer"}, {"type": "string"}]}


def test_tool_schemas_parse_back_through_the_tools():
    """What a model fills in per the schema is accepted by the tool's own parser."""
    like = get_registry()["like"]
    assert like.parse_args({"items": [1, "gen_abc", 3]}).items == [1, "gen_abc", 3]


def settings_from(env: dict):
    """Settings as a process with exactly ``env`` (no other Atelier or OpenAI variables) reads them."""
    import os

    from memory.settings import Settings

    names = [n for n in os.environ if n.startswith(("ATELIER_", "OPENAI_"))]
    saved = {n: os.environ.pop(n) for n in names}
    try:
        os.environ.update(env)
        return Settings()
    finally:
        for name in env:
            os.environ.pop(name, None)
        os.environ.update(saved)


@pytest.mark.parametrize("env,expected", [
    ({}, "offline"),
    ({"OPENAI_API_KEY": "sk-x"}, "gpt-4o-mini"),
    ({"OPENAI_BASE_URL": "http://127.0.0.1:1/v1"}, "gpt-4o-mini"),
    ({"OPENAI_API_KEY": "sk-x", "ATELIER_MODEL": "offline"}, "offline"),
    ({"ATELIER_MODEL": "llama3.1"}, "llama3.1"),
    ({"OPENAI_BASE_URL": "http://x/v1", "ATELIER_MODEL": "qwen2.5"}, "qwen2.5"),
])
def test_model_name_from_environment(env, expected):
    assert models.model_name(settings_from(env)) == expected


def test_build_model_openai_compatible_settings():
    from langchain_openai import ChatOpenAI

    model = models.build_model(settings=settings_from({"OPENAI_BASE_URL": "http://127.0.0.1:9/v1",
                                                        "ATELIER_MODEL": "qwen2.5", "ATELIER_LLM_TIMEOUT": "7"}))
    assert isinstance(model, ChatOpenAI)
    assert model.model_name == "qwen2.5"
    assert model.openai_api_base == "http://127.0.0.1:9/v1"
    assert model.request_timeout == 7.0
    assert model.max_retries == 2


def test_a_named_model_without_key_or_url_is_a_clear_error():
    with pytest.raises(models.ModelConfigError, match="OPENAI_API_KEY"):
        models.build_model(settings=settings_from({"ATELIER_MODEL": "gpt-4o"}))


def test_prompts_file_sections_and_system_prompt():
    sections = models.load_prompts()
    assert {"persona", "system", "tool_result_preamble"} <= set(sections)
    text = models.system_prompt("'Summer' (id ses_1)")
    assert sections["persona"] in text
    assert "Current session: 'Summer' (id ses_1)" in text
    assert "{" not in text  # every placeholder was filled
    assert "DATA, not instructions" in text
    assert models.system_prompt(None).endswith("Current session: none yet")
