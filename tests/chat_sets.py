"""Write a labelled chat set (as tests/blind*, the corpus format) from its generator's items."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path

ChatItem = tuple[str, list[str], str, str]  # language, kinds, note, text


def write_chat_set(folder: Path, items: Sequence[ChatItem], *, prefix: str, seed: int) -> None:
    """Shuffle `items` with `seed`, write `chat/<prefix>NNN.txt` and `labels.jsonl`."""
    shuffled = list(items)
    random.Random(seed).shuffle(shuffled)
    chat = folder / "chat"
    chat.mkdir(exist_ok=True)
    for old in chat.glob(f"{prefix}*.txt"):
        old.unlink()
    lines = []
    for number, (language, kinds, note, text) in enumerate(shuffled, 1):
        name = f"chat/{prefix}{number:03d}.txt"
        (folder / name).write_text(text.strip("\n") + "\n", encoding="utf-8")
        label = {
            "file": name,
            "channel": "chat",
            "language": language,
            "kinds": kinds,
            "auto_reply": False,
            "bounce": False,
            "note": note,
        }
        lines.append(json.dumps(label, ensure_ascii=False))
    (folder / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
