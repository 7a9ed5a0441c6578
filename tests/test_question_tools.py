"""The tools this stop added for questions and small library changes, called directly: what they
answer, and that bad input gets one clear error and changes nothing."""

from __future__ import annotations

import pytest

from tools.errors import AtelierError
from tools.state import export_state


@pytest.fixture
def harbour(ctx, tools):
    tools.create_session(ctx, name="Harbour")
    tools.generate(ctx, prompt="fishing boats at dawn", count=4)
    tools.save_to_library(ctx, items=[2, 3], folder="Keepers")
    return ctx


def test_price_and_generator_answer_without_spending(harbour, tools):
    before = export_state(harbour)
    priced = tools.price_images(harbour, count=10, size="1024x1024")
    assert priced.data["cost"] == 10 * priced.data["rate"] and priced.data["width"] == 1024
    info = tools.generator_info(harbour)
    assert info.data["generator"] == "procedural" and "512x512" in info.message
    assert export_state(harbour) == before


@pytest.mark.parametrize("args", [{"count": 0}, {"count": 10_000}, {"count": 2, "size": "huge"}])
def test_a_price_of_nothing_or_too_much_is_refused(harbour, tools, args):
    with pytest.raises(AtelierError):
        tools.price_images(harbour, **args)


def test_repeat_last_uses_the_sessions_own_last_request(harbour, tools):
    tools.remix(harbour, item=1, change="in fog")
    made = tools.generate(harbour, repeat_last=True, count=2)
    rows = [g for g in export_state(harbour)["generations"] if g["index"] in made.data["indexes"]]
    assert [g["prompt"] for g in rows] == ["fishing boats at dawn"] * 2  # the request, not the remix


def test_repeat_last_with_a_prompt_or_in_an_empty_session_is_refused(harbour, tools):
    with pytest.raises(AtelierError, match="not both"):
        tools.generate(harbour, repeat_last=True, prompt="cats")
    tools.create_session(harbour, name="Empty")
    before = export_state(harbour)
    with pytest.raises(AtelierError, match="no earlier request"):
        tools.generate(harbour, repeat_last=True)
    assert export_state(harbour) == before


def test_asset_details_say_where_each_asset_came_from(harbour, tools):
    said = tools.asset_details(harbour, folder="keepers").message
    assert "#2 of session 'Harbour'" in said and "#3 of session 'Harbour'" in said and "fishing boats" in said
    with pytest.raises(AtelierError):
        tools.asset_details(harbour)
    with pytest.raises(AtelierError):
        tools.asset_details(harbour, folder="Nowhere")


def test_folders_and_projects_are_made_renamed_and_listed_with_what_they_hold(harbour, tools):
    tools.create_folder(harbour, name="Shortlist")
    tools.create_project(harbour, name="Q3 Retail")
    with pytest.raises(AtelierError, match="already a folder"):
        tools.create_folder(harbour, name="shortlist")
    with pytest.raises(AtelierError):
        tools.create_folder(harbour, name="   ")
    with pytest.raises(AtelierError, match="already a folder"):
        tools.rename_folder(harbour, folder="Shortlist", new_name="KEEPERS")
    tools.rename_folder(harbour, folder="Keepers", new_name="Picks")
    assert tools.list_names(harbour, what="folders").message == ("Folders (2): Picks (2 assets: fishing boats at dawn #2, "
                                                                    "fishing boats at dawn #3), Shortlist (empty).")


def test_odd_even_and_the_ends_of_a_selection(harbour, tools):
    tools.like(harbour, which="odd")
    tools.archive_generations(harbour, which="all", exclude_last=1)
    state = {g["index"]: g for g in export_state(harbour)["generations"]}
    assert {i for i, g in state.items() if g["liked"]} == {1, 3}
    assert {i for i, g in state.items() if g["archived"]} == {1, 2, 3}


def test_a_folder_download_and_its_bad_input(harbour, tools, tmp_path):
    made = tools.download(harbour, in_folder="Keepers", path=str(tmp_path / "k.zip"))
    assert len(made.data["generation_ids"]) == 2
    with pytest.raises(AtelierError, match="not both"):
        tools.download(harbour, in_folder="Keepers", items=[1])
    with pytest.raises(AtelierError):
        tools.download(harbour, in_folder="Nowhere")


def test_sessions_by_size(harbour, tools):
    tools.create_session(harbour, name="Tiny")
    listed = tools.list_sessions(harbour, status="all", order="largest")
    assert [s["name"] for s in listed.data["sessions"]] == ["Harbour", "Tiny"]
    made = sum(s["generation_count"] for s in listed.data["sessions"])
    assert listed.message.startswith(f"2 sessions ({made} generations in all), most generations first:") and made > 1


def test_repeat_last_checks_the_subject_it_was_told(harbour, tools):
    before = export_state(harbour)
    with pytest.raises(AtelierError, match="does not mention"):
        tools.generate(harbour, repeat_last=True, count=2, expect_subject="iced coffees")
    with pytest.raises(AtelierError, match="repeat_last"):
        tools.generate(harbour, prompt="boats", expect_subject="boats")
    assert export_state(harbour) == before
    made = tools.generate(harbour, repeat_last=True, count=1, expect_subject="fishing boats")
    assert len(made.data["indexes"]) == 1


def test_repeat_last_adds_a_change_and_opening_a_session_tells_its_last_request(harbour, tools):
    before = export_state(harbour)
    with pytest.raises(AtelierError, match="repeat_last"):
        tools.generate(harbour, prompt="boats", change="at night")
    assert export_state(harbour) == before
    last = tools.open_session(harbour, session="Harbour").data["last_request"]
    made = tools.generate(harbour, repeat_last=True, count=1, change="with a lighthouse")
    prompts = {g["index"]: g["prompt"] for g in export_state(harbour)["generations"]}
    assert prompts[made.data["indexes"][0]] == f"{last['prompt']}, with a lighthouse"
    assert tools.open_session(harbour, session="Harbour").data["last_request"]["prompt"] == f"{last['prompt']}, with a lighthouse"
