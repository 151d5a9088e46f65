"""The dump model's feature rows, built the slow, explicit way: the training script's input.

At run time :func:`cleanwire.generic.text.decide.score` never builds a row (it takes dot
products over columns and over each distinct text once); training needs the rows
themselves. tests/test_generic_dump.py checks that both give the same scores.
"""

from __future__ import annotations

from cleanwire.generic.text.context import context_columns, line_weights
from cleanwire.generic.text.decide import page_language
from cleanwire.generic.text.features import Page, place_columns, text_columns, text_rows
from cleanwire.generic.text.model import Logistic


def text_features(text: str, words: tuple[str, ...], stops: frozenset[str]) -> list[float]:
    """The ``TEXT_NAMES`` vector of one line's text (``words`` lower-cased)."""
    return [column[0] for column in text_columns([text], [words], stops)]


def base_features(page: Page, stops: frozenset[str]) -> list[list[float]]:
    """One vector per non-blank line, in ``BASE_NAMES`` order."""
    index, rows = text_rows(page, stops)
    return [[*rows[i], *place] for i, place in zip(index, zip(*place_columns(page)))]


def stage_one_rows(page: Page) -> tuple[str | None, list[list[float]]]:
    """The stage-one feature rows (``BASE_NAMES``) of every line."""
    language, stops = page_language(page)
    return language, base_features(page, stops)


def stage_two_rows(
    page: Page, base: list[list[float]], p1: list[float], weights: list[float] | None = None
) -> tuple[list[list[float]], tuple[int, int]]:
    """The stage-two rows (``BASE_NAMES + CONTEXT_NAMES``) given stage one's scores."""
    if weights is None:
        weights = line_weights(page.words)
    columns, span = context_columns(p1, weights, page.blank_after, page.title_at)
    return [[*b, *c] for b, c in zip(base, zip(*columns))], span


def probabilities(model: Logistic, rows: list[list[float]]) -> list[float]:
    """The model's probability for every row."""
    return model.probabilities(rows)
