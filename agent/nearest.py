"""The semantic fallback: a message the planner's grammar did not cover is compared, by meaning, with
a few phrasings of each thing Atelier can do, and the nearest capability is offered as a question,
with an example to say — never run.

The phrasings are embedded once per process with the offline MiniLM embedder (memory/embedder.py)
that search uses. Below ``CLOSE_ENOUGH`` nothing is offered rather than an unrelated capability.
MiniLM leans on shared words ("remix the liked ones" is near "download the liked ones" with one
phrasing per capability), which is why each capability has several.
"""

from __future__ import annotations

import threading

import numpy as np

from tools.display import one_line

# What Atelier can do: (an example people can say as it is, what it does, other ways people ask for it).
# Each example plans with the offline planner (tests/test_nearest.py checks that), so repeating the
# suggestion works; the other phrasings only widen what counts as near.
CAPABILITIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("start a session called Summer Launch", "start a new session",
     ("new project session for the spring campaign", "begin a fresh moodboard", "spin up a new workspace for posters")),
    ("open the session called Summer Launch", "go back to a session",
     ("switch to my winter sale work", "take me back to the harbour shoot", "continue where I left off yesterday")),
    ("rename this session to Beach Day", "rename a session", ("change the session's title", "call this one Beach Day")),
    ("archive this session", "archive a session", ("put this session away", "hide this whole session")),
    ("delete the session called Scratch", "delete a session (it asks first)",
     ("get rid of the scratch session", "remove that session completely", "trash the test session")),
    ("list my sessions", "list your sessions", ("what sessions do I have", "show all my sessions")),
    ("generate 4 images of a lighthouse at dusk", "make new images",
     ("draw me a cat on a sofa", "I want pictures of mountains", "render some neon streets", "paint a castle")),
    ("generate 2 more", "make more images like the last request",
     ("same again", "another batch please", "keep going", "one more of those")),
    ("remix 3 with warmer light", "make variations of an image",
     ("variations of the second one", "riff on number 1 at sunset", "same as 2 but at night", "tweak image 4",
      "make the third one moodier", "edit 2 to be blue", "remix the liked ones")),
    ("like 2 and 5", "like images", ("heart number four", "I love the third one", "favourite these", "star 1 and 3")),
    ("unlike 4", "take a like back", ("remove the heart from 2", "I don't like 3 anymore")),
    ("archive 3 and 4", "hide images from the session", ("bin the third one", "hide the ugly ones 2 and 6",
                                                           "throw away 5", "drop the last three")),
    ("unarchive 3", "bring archived images back", ("restore 4", "bring back number 2", "show the hidden ones again")),
    ("save the liked ones to the folder Launch", "save images to the library",
     ("keep these in my library", "store 2 and 3 in the Picks folder", "add the favourites to a collection")),
    ("show the library", "list what is in the library", ("what's in my library", "show my saved assets")),
    ("tag the asset 'logo' with blue", "tag library assets", ("label the logo asset as brand", "add the tag hero")),
    ("move the asset 'logo' to the folder Brand", "move library assets to a folder or project",
     ("file the logo under Brand", "rename the folder Launch", "organise the assets into folders")),
    ("put this session in the project Citrus", "link a session to a project or folder",
     ("create a project called Northwind", "make a new project", "link this to the Q3 campaign")),
    ("create a post with 2 and 5 captioned 'Out now'", "make a post for sharing",
     ("post the liked ones to instagram", "share these with a caption", "write a caption for a post")),
    ("download the liked ones", "download images as a zip",
     ("export these as a zip", "give me the files", "send me the pictures")),
    ("find the misty forest ones I liked", "find images by what their prompts describe",
     ("search for cars", "look for the beach pictures", "which images show dogs")),
    ("what was the prompt of 3?", "see an image's prompt, seed, model and size",
     ("what seed did 4 use", "which model made these", "what size are the images", "details of number 2")),
    ("how many images are in this session?", "count images, likes and saves",
     ("how many have I liked", "count my pictures", "how many are saved")),
    ("which session am I in?", "see the current session", ("where am I", "what's this session called")),
    ("what is 5 a remix of?", "see where an image came from", ("where did this image come from", "lineage of 7")),
    ("show my credits", "see your credit balance and history",
     ("how much money do I have left", "what did that batch cost", "credit history", "top up credits")),
    ("set the brief to: citrus drinks on a sunny terrace", "set a session's brief",
     ("the brief is moody knitwear", "describe what this session is for")),
    ("add moodboard.png as a reference", "attach a reference file to the brief",
     ("use this image as a reference", "attach inspiration pictures to the brief")),
    ("reflect on this session", "get a curator's reflection on a session (it asks first)",
     ("what do you think of this session", "review my work", "critique these images", "what worked today")),
    ("import ~/Pictures/comfy", "import a folder of AI images",
     ("bring in my ComfyUI outputs", "scan my renders folder", "load my old A1111 images")),
    ("undo", "undo the last change", ("take that back", "revert that", "oops, reverse it")),
    ("help", "see everything Atelier can do", ("what can you do", "how does this work", "commands")),
)
CLOSE_ENOUGH = 0.5  # cosine of MiniLM sentence vectors; unrelated requests score 0.1–0.4

_lock = threading.Lock()
_phrasings: tuple[np.ndarray, np.ndarray] | None = None  # (vectors, the capability of each row)


def _phrasing_vectors(embedder) -> tuple[np.ndarray, np.ndarray]:
    global _phrasings
    with _lock:
        if _phrasings is None:
            rows = [(n, phrase) for n, (example, _, others) in enumerate(CAPABILITIES) for phrase in (example, *others)]
            _phrasings = embedder.embed([phrase for _, phrase in rows]), np.array([n for n, _ in rows])
        return _phrasings


def nearest(text: str) -> tuple[str, str, float] | None:
    """(example, what it does, similarity) of the capability nearest in meaning to ``text``; None
    when the embedder cannot run."""
    from memory.embedder import EmbedderError, get_embedder

    try:
        embedder = get_embedder()
        vectors, owners = _phrasing_vectors(embedder)
        scores = vectors @ embedder.embed([text])[0]
    except EmbedderError:
        return None
    best = int(np.argmax(scores))
    example, does, _ = CAPABILITIES[int(owners[best])]
    return example, does, float(scores[best])


def not_understood_reply(text: str, grammar_reply: str) -> str:
    """The reply to a message the grammar did not cover: the nearest capability as a question, a plain
    "I don't know how" with what the studio does, or (without an embedder) the grammar's own reply."""
    found = nearest(text)
    if found is None:
        return grammar_reply
    example, does, score = found
    if score < CLOSE_ENOUGH:
        # Far from everything: most likely outside the studio, but it may be a phrasing the grammar
        # missed, so say what is known — that it was not understood — and what the studio does.
        return (f"I don't know how to do \"{one_line(text, 80)}\" here, and I won't guess with your data. Atelier "
                "makes and organises images: sessions, generating, likes, the library, posts, search and "
                "reflections — say \"help\" for examples. Nothing was changed.")
    return (f"I did not understand that, and I won't guess with your data. Did you mean to {does}? "
            f"If so, say it like this: \"{example}\". Nothing was changed.")
