"""Argument types shared by the subcommands, with messages that say what is wrong in plain words."""

from __future__ import annotations

import argparse


def positive_int(text: str) -> int:
    """A whole number, 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number (use 1 or more)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is too small: use 1 or more")
    return value


def non_negative_float(text: str) -> float:
    """A number of seconds (or megabytes), 0 or more."""
    value = _number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative: use 0 or more")
    return value


def positive_float(text: str) -> float:
    """A number, more than 0."""
    value = _number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text} is too small: use a number above 0")
    return value


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return value
