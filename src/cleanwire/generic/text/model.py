"""The learned line model: two logistic regressions, weights shipped as JSON in cleanwire/data.

Stage one scores each line from its own features; stage two adds what the stage-one scores of
its neighbours say (see :mod:`.context`). The weights come from benchmarks/train_dump_model.py;
inference is a dot product per line in plain Python.
"""

from __future__ import annotations

import json
import math
import operator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_DATA = "dump_model.json"


def squash(z: list[float]) -> list[float]:
    """The logistic function of every value (clipped where exp would overflow)."""
    exp = math.exp
    return [0.0 if v < -30 else 1.0 if v > 30 else 1.0 / (1.0 + exp(-v)) for v in z]


@dataclass(frozen=True)
class Logistic:
    """A logistic regression over named features (weights already divided by the scales)."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        """The probability of every feature row (the HTML block model scores rows; the dump
        path scores columns, see :func:`.decide.score`)."""
        weights, bias, mul = self.weights, self.bias, operator.mul
        return squash([bias + sum(map(mul, weights, row)) for row in rows])

    def to_dict(self) -> dict[str, object]:
        return {"names": list(self.names), "weights": list(self.weights), "bias": self.bias}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Logistic:
        names, weights = data["names"], data["weights"]
        if not isinstance(names, list) or not isinstance(weights, list):
            raise ValueError("a model's names and weights are lists")
        return cls(tuple(names), tuple(float(w) for w in weights), float(data["bias"]))  # type: ignore[arg-type]


@dataclass(frozen=True)
class LineModel:
    """Both stages and the two thresholds of the cut (see :func:`.decide.body_flags`)."""

    stage1: Logistic
    stage2: Logistic
    high: float = 0.5
    low: float = 0.25

    def to_json(self) -> str:
        return json.dumps(
            {"stage1": self.stage1.to_dict(), "stage2": self.stage2.to_dict(), "high": self.high, "low": self.low},
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> LineModel:
        data = json.loads(text)
        return cls(
            Logistic.from_dict(data["stage1"]), Logistic.from_dict(data["stage2"]), float(data["high"]), float(data["low"])
        )


@lru_cache(maxsize=1)
def shipped_model() -> LineModel:
    """The model that ships with cleanwire (read once per process)."""
    text = resources.files("cleanwire").joinpath("data", _DATA).read_text(encoding="utf-8")
    return LineModel.from_json(text)
