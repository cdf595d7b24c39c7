"""The menu: each page module lists its entries; a person sees those their role may open."""

from __future__ import annotations

from dataclasses import dataclass

from .access import Needed


@dataclass(frozen=True)
class NavEntry:
    endpoint: str
    label: str
    """A catalog message (marked with N_), translated where the menu is drawn."""
    role: Needed
