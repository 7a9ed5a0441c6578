"""What the planner says when there is no tool to call."""

from __future__ import annotations

import difflib

CAPABILITIES_TEMPLATE = """\
Here is what I can do:
- Sessions: start one ("start a video session for summer launch"), open, rename, archive, unarchive,
  delete, link to a project / folder / campaign, list them.
- Images: "generate 4 of a red fox without trees, seed 42", "3 more", "again", remix ("remix 2"),
  like / unlike, select / deselect, archive / unarchive ("archive 1-3"), move to another session,
  list them ("show the liked ones"), the liked collection, download as a zip.
- Library: save ("save the liked ones to a folder called Launch"), upload a file, tag, untag, rename,
  move or delete assets, list them.
- Posts: "create a post with 2 and 5 captioned 'Out now'", list posts.
- Credits: balance, history, "add 100 credits". Housekeeping: "sweep" expires old unsaved generations of
  archived sessions (it deletes them, so only that word or "expire old generations" runs it).
- Import a folder of AI images ("import ~/Pictures/comfy"), show the family tree of an image{reflect}.
Several steps in one message work too: "generate 10, like 2 and 5, then save the liked ones"."""
_REFLECT_CAPABILITY = ",\n  write a reflection on a session"


def capabilities() -> str:
    """The help text; it offers only the tools the registry has now (reflections come later)."""
    from agent.planner.catalog import available

    return CAPABILITIES_TEMPLATE.format(reflect=_REFLECT_CAPABILITY if available("reflect") else "")


REMARKED = ("Noted: {items}. Nothing was changed — say what to do with {them}, e.g. \"like {them}\" or \"save {them} "
            "to Picks\".")
UNDO_AFTER_NOTHING = ("Your last message changed nothing, so there is nothing of it to undo, and I won't undo an older "
                      "change in its place. To take back the last change that was made, say \"undo\" again.")
POINTS_PAST_REFUSAL = ("I did not act on your last message, so I can't tell what \"it\" or \"them\" means now, and I won't "
                       "guess with your data. Say which images or session, e.g. \"archive 9\". Nothing was changed.")
NOTE_TO_SELF = ("That reads like a note to yourself, so I did nothing with it. When you want it done, say it as a request, "
                "e.g. \"generate 4 of …\".")
CONDITIONAL = ("That request holds a condition (\"if …\", \"provided that …\"), and I don't act on conditions — I would have to "
               "guess whether it holds. Check it first (e.g. \"balance\", \"is 4 liked?\"), then say the request plainly. Nothing was changed.")
WHICH_SELECTS = ("By \"selects\", do you mean the images you liked or the ones marked selected? Say \"the liked ones\" or "
                 "\"the selected ones\". Nothing was changed.")
ALREADY_DONE = ("The {verb} you asked for just before has already been done, so I changed nothing now. To take it back, "
                "say \"undo\".")
NOTHING_TO_CONFIRM = "There is nothing waiting for a yes or no right now. What would you like to do?"
EMPTY = "Say what you would like to do — for example \"generate 4 of a lighthouse at dusk\", or \"help\"."
KEPT = ("Nothing to do: images stay in their session unless you archive them. To put them in the library, "
        "say \"save 2 to the library\".")
TOO_MANY_STEPS = "That is more than {limit} steps in one message; please split it into smaller requests."
REFLECT_UNAVAILABLE = ("Reflections aren't available yet — there is no reflection tool in this Atelier. "
                       "Say \"help\" for what I can do now.")
SWEEP_VAGUE = ("That sounds like the retention sweep, which permanently deletes the unsaved generations of sessions "
               "archived longer than the retention window and removes files nothing uses. It deletes data, so I only "
               "run it when asked by name: say \"sweep\" (or \"expire old generations\"). To tidy up without "
               "deleting, archive sessions (\"archive the session called X\") or images (\"archive 1-3\").")
ASSET_REFERENCE = ("Library assets are named by their title, and I won't guess which ones \"{phrase}\" means. "
                   "Name them, e.g. \"{example}\" — \"show the library\" lists the titles. Images in a session "
                   "are tagged when saved: \"save 2 to the library tagged blue\".")
ASSET_EXAMPLES = {
    "tag": "tag the asset 'logo' with blue",
    "untag": "untag blue from the asset 'logo'",
    "move": "move the asset 'logo' to folder Brand",
    "rename": "rename the asset 'logo' to Hero",
    "post": "create a post with the asset 'logo' captioned 'Hi'",
}
UNSAVE = ("There is no tool to take generations back out of the library, and I won't guess which assets "
          "\"{phrase}\" means. I can delete library assets by title, e.g. \"delete the asset 'logo'\" "
          "(\"show the library\" lists the titles), or archive images in their session (\"archive 3\").")
BULK_DELETE = ("I won't delete in bulk. Name each item: assets by title (\"delete the assets 'logo' and 'hero'\"), "
               "sessions one at a time by name (\"delete the session called Scratch\").")
ALL_BUT = ("All but {rest} of which images? I don't know every number in the session from here — say the numbers "
           "(e.g. \"archive 1, 2 and 4\"), or \"all of them except {rest}\" right after listing or making them.")
REFERENCES_UNAVAILABLE = ("Reference files for a brief can't be attached yet, and I won't start the session without "
                          "them or with the paths in its prompt. Start it without the files (\"start a session called "
                          "Nordic Skin with the brief: pale, minimal\"). Nothing was changed.")
RETRACTED = "OK — I won't do that. Nothing was changed."
CHANGED_MIND = ("You changed your mind in the middle of that (\"{words}\"), so I did nothing rather than guess "
                "which half you meant. Say it once more as you want it. Nothing was changed.")

# Closest capability for a word the planner could not map, by the word people tend to use.
_HINTS = {
    "generate": "generate images (\"generate 4 of a cat\")",
    "session": "start or open a session (\"start a session for summer launch\")",
    "like": "like images (\"like 2 and 5\")",
    "save": "save images to the library (\"save the liked ones to folder Launch\")",
    "post": "create a post (\"create a post with 2 captioned 'Hello'\")",
    "credits": "check credits (\"balance\")",
    "import": "import a folder (\"import ~/Pictures/comfy\")",
    "download": "download images as a zip (\"download the liked ones\")",
    "delete": "delete a session (\"delete the session called Scratch\") or archive images (\"archive 3\")",
    "search": "list images whose prompt contains a word (\"show the ones with 'fox' in the prompt\")",
    "send": "create a post, or download images as a zip to share",
    "email": "create a post, or download images as a zip to share",
    "share": "create a post (\"post the liked ones to instagram with caption 'Hi'\")",
    "edit": "remix an image with a new prompt (\"remix 2 as 'a fox in the rain'\")",
    "upscale": "remix an image, or generate at a larger size (\"generate 1 of a fox at 1024x1024\")",
    "undo": "unlike, unarchive or unselect what you changed",
    "find": "list images whose prompt contains a word (\"show the ones with 'fox' in the prompt\")",
}


def not_understood(text: str) -> str:
    words = [w.lower() for w in text.split()[:12] if w.isalpha()]
    for word in words:
        close = difflib.get_close_matches(word, _HINTS, n=1, cutoff=0.75)
        if close:
            return (f"I did not understand that, and I won't guess with your data. The closest thing I "
                    f"can do: {_HINTS[close[0]]}. Say \"help\" for everything.")
    return ("I did not understand that, and I won't guess with your data. I can generate images, "
            "manage sessions, like/select/archive images, save them to the library, make posts, "
            "import folders and show credits — say \"help\" for examples.")
CANNOT_UNDO_GENERATING = ("Generating can't be undone: the images are made and their credits spent. To hide them, archive "
                          "them (e.g. \"archive 9-12\"). Nothing was changed.")

# "generate 40 … but ask me first": only the changes to existing images and saves wait for a yes on request
CANNOT_ASK_FIRST = ("I can ask first before one like, archive, selection, move or save at a time; this request has a step I "
                    "can't hold for a yes, or more than one change, so I did nothing. Say the changes one at a time. Nothing was "
                    "changed.")
