"""What each picture depends on: one small frozen record per view, and the sliders that set it.

A still picture is drawn from a record; an explorer is the same record with sliders attached. Each
record lists its sliders (range, step, kind and label), so the ranges a still accepts are exactly
the ranges an explorer's sliders reach, and a bad value gets a ValueError naming the setting.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import ClassVar, Self

import numpy as np

from gdcourse import book, checks
from gdcourse.book import GAME_INPUTS, START_WEIGHTS, WIN_OR_LOSE
from gdcourse.checks import short
from gdcourse.generalized import WeightsTrajectory, as_mask, iteration_path, learn, learn_games
from gdcourse.learning import (
    HotAndColdTrajectory,
    RuleRun,
    Trajectory,
    descend_with,
    gradient_descent,
    hot_and_cold,
    square,
)

#: The smallest size a setting other than 0 may have. Closer to 0, goal_pred / input is past what a float
#: holds, and no picture can be scaled to show it.
SMALLEST = 1e-100


@dataclass(frozen=True)
class SliderSpec:
    """One setting's slider: its range and step, its kind, its label and how its readout is written.

    kind: "float", "log" (the step is in powers of 10) or "int". The readout format is d3-format's.
    """

    low: float
    high: float
    step: float
    kind: str = "float"
    label: str = ""
    readout: str = ""

    def check(self, name: str, value: object) -> float:
        """`value` as a number inside the slider's range, or a ValueError naming the setting."""
        number = checks.count(name, value) if self.kind == "int" else checks.number(name, value)
        if not self.low <= number <= self.high:
            raise ValueError(
                f"{name} must be between {self.low:g} and {self.high:g} (the slider's range), "
                f"got {short(value)}"
            )
        if number != 0 and abs(number) < SMALLEST:
            raise ValueError(
                f"{name} must be 0 or at least {SMALLEST:g} in size, got {short(value)}: "
                "a number that close to 0 is too small to draw"
            )
        return number


class Record:
    """Shared by the settings records: `checked` builds one from slider values, `replaced` changes it."""

    SLIDERS: ClassVar[Mapping[str, SliderSpec]]
    #: Settings chosen when the view is made, with no slider of their own.
    FIXED: ClassVar[Mapping[str, SliderSpec]] = {}

    @classmethod
    def check(cls, values: Mapping[str, object]) -> dict[str, float]:
        """Each value checked against its slider's range; an unknown name is a ValueError too."""
        specs = {**cls.SLIDERS, **cls.FIXED}
        unknown = [name for name in values if name not in specs]
        if unknown:
            raise ValueError(f"unknown setting {short(unknown[0])}: choose from {', '.join(specs)}")
        return {name: specs[name].check(name, value) for name, value in values.items()}

    @classmethod
    def checked(cls, **values: float) -> Self:
        """A record from slider values, each checked against its slider's range."""
        return cls(**cls.check(values))

    def replaced(self, **values: float) -> Self:
        """A copy with some settings changed (they are not checked: see `check`)."""
        return dataclasses.replace(self, **values)

    def slider_values(self) -> dict[str, float]:
        """The values the sliders show for this record, by name."""
        return {name: getattr(self, name) for name in self.SLIDERS}


#: The slider readout of chapters 1 and 2: up to 4 significant digits without trailing zeros.
SHORT = ".4"
WEIGHT = SliderSpec(-1.0, 2.0, 0.01, label="weight")
GOAL = SliderSpec(-1.0, 2.0, 0.01, label="goal_pred")
#: alpha on a log slider. Its grid (a hundredth of a power of 10) holds neither 0.3 nor 0.25 nor 0.5, so
#: the slider sits at the grid point nearest a value set from code (0.302 for 0.3). Its readout keeps two
#: significant digits, so it shows the value set (0.3); neighbouring grid points are 2% apart, so a key
#: press can leave the readout as it was (the picture and summary still move).
ALPHA = SliderSpec(0.001, 10.0, 0.01, "log", "alpha", ".2")


@dataclass(frozen=True)
class CompareSettings(Record):
    """Chapter 1: a weight, an input and a goal prediction; how far the prediction missed."""

    weight: float = 0.5
    input: float = 0.5
    goal_pred: float = 0.8

    SLIDERS: ClassVar = {
        "weight": dataclasses.replace(WEIGHT, readout=SHORT),
        "input": SliderSpec(-2.0, 2.0, 0.05, label="input", readout=SHORT),
        "goal_pred": dataclasses.replace(GOAL, readout=SHORT),
    }

    @property
    def pred(self) -> float:
        """The prediction: input * weight."""
        return self.input * self.weight

    @property
    def pure_error(self) -> float:
        """How far the prediction missed, with its sign: pred - goal_pred."""
        return self.pred - self.goal_pred

    @property
    def error(self) -> float:
        """The squared error: (pred - goal_pred) ** 2."""
        return square(self.pure_error)


@dataclass(frozen=True)
class HotAndColdSettings(Record):
    """Chapter 2: a start weight, a step_amount and how many iterations of hot-and-cold learning."""

    weight: float = 0.5
    step_amount: float = 0.001
    iterations: int = 1101
    input: float = 0.5
    goal_pred: float = 0.8

    SLIDERS: ClassVar = {
        "weight": dataclasses.replace(WEIGHT, readout=SHORT),
        # a log slider: its step is a tenth of a power of 10
        # Its grid (a tenth of a power of 10) holds 0.2512, not the 0.25 a learner may set from code;
        # neighbours are 26% apart, so two significant digits show the value set and tell them apart.
        "step_amount": SliderSpec(0.0001, 10.0, 0.1, "log", "step_amount", ".2"),
        "iterations": SliderSpec(1, 2000, 1, "int", "iterations"),
    }
    FIXED: ClassVar = {"input": SliderSpec(-2.0, 2.0, 0.0), "goal_pred": SliderSpec(-1.0, 2.0, 0.0)}

    @classmethod
    def check(cls, values: Mapping[str, object]) -> dict[str, float]:
        """As every record checks; input must also not be 0 (the weight could learn nothing)."""
        numbers = super().check(values)
        if numbers.get("input") == 0:
            raise ValueError(
                "input must not be 0: every prediction would be 0 and the weight could not learn"
            )
        return numbers

    @functools.cached_property
    def trajectory(self) -> HotAndColdTrajectory:
        """The hot-and-cold run these settings describe (worked out once per record)."""
        return hot_and_cold(self.weight, self.input, self.goal_pred, self.step_amount, self.iterations)


@dataclass(frozen=True)
class DirectionSettings(Record):
    """Chapter 3: one prediction's numbers, for one step of gradient descent."""

    weight: float = 0.5
    input: float = 0.5
    goal_pred: float = 0.8

    SLIDERS: ClassVar = {
        "weight": SliderSpec(-1.0, 3.0, 0.01, label="weight"),
        "input": SliderSpec(-2.0, 2.0, 0.05, label="input"),
        "goal_pred": GOAL,
    }


@dataclass(frozen=True)
class ParabolaSettings(Record):
    """Chapters 3 and 4: a gradient-descent run on the error parabola; `shown` reveals only some steps.

    `rule` is a learner's own update, `rule(weight, input, goal_pred, alpha) -> new weight`, run
    beside the book's (see `own`); None for none.
    """

    weight: float = 0.5
    input: float = 0.5
    goal_pred: float = 0.8
    alpha: float = 1.0
    iterations: int = 20
    shown: int | None = None  # how many steps are revealed (no slider: play and step set it); None: all
    rule: Callable[[float, float, float, float], float] | None = None

    SLIDERS: ClassVar = {
        "weight": WEIGHT,
        "input": SliderSpec(-3.0, 3.0, 0.05, label="input"),
        "goal_pred": GOAL,
        "alpha": ALPHA,
        "iterations": SliderSpec(1, 50, 1, "int", "iterations"),
    }

    @classmethod
    def check(cls, values: Mapping[str, object]) -> dict[str, object]:
        """As every record checks, and `rule` must be a function of four numbers (or None)."""
        values = dict(values)
        has_rule, rule = "rule" in values, values.pop("rule", None)
        if rule is not None and not callable(rule):
            raise ValueError(
                "rule must be a function like update_weight(weight, input, goal_pred, alpha), "
                f"or None; got {short(rule)}"
            )
        numbers: dict[str, object] = dict(super().check(values))
        if has_rule:
            numbers["rule"] = rule
        return numbers

    @functools.cached_property
    def trajectory(self) -> Trajectory:
        """The gradient-descent run these settings describe (worked out once per record)."""
        return gradient_descent(self.weight, self.input, self.goal_pred, self.alpha, self.iterations)

    @functools.cached_property
    def own(self) -> RuleRun | None:
        """The learner's own rule run from the same start for the same steps, safely; None without one."""
        if self.rule is None:
            return None
        return descend_with(self.rule, self.weight, self.input, self.goal_pred, self.alpha, self.iterations)


#: The book's names for the three weights, and the input each one multiplies.
WEIGHT_NAMES = ("a", "b", "c")
INPUT_NAMES = ("toes", "win/loss", "fans")
#: Which games a run learns from: the first (as in the book's chapter 5), or all four one after another.
GAME_CHOICES = ("first", "all")
#: The pairs of weights the contour view can show.
PLANES = (("a", "b"), ("a", "c"), ("b", "c"))


@dataclass(frozen=True)
class GeneralizedSettings(Record):
    """Chapter 5: three weights (a for toes, b for win/loss, c for fans) learning to predict a win.

    `frozen` says which weights keep their value; `games` is "first" (the book's) or "all" (the four
    games one after another, `iterations` passes through them); `plane` names the two weights whose
    error surface the contour view shows (the third is held).
    """

    a: float = START_WEIGHTS[0]
    b: float = START_WEIGHTS[1]
    c: float = START_WEIGHTS[2]
    alpha: float = book.ALPHA
    iterations: int = 20
    frozen: tuple[bool, bool, bool] = (False, False, False)
    games: str = "first"
    plane: tuple[str, str] = ("a", "b")

    SLIDERS: ClassVar = {
        "a": SliderSpec(-1.0, 1.0, 0.01, label="a (toes)"),
        "b": SliderSpec(-1.0, 1.0, 0.01, label="b (win/loss)"),
        "c": SliderSpec(-1.0, 1.0, 0.01, label="c (fans)"),
        "alpha": ALPHA,
        "iterations": SliderSpec(1, 50, 1, "int", "iterations"),
    }
    #: The settings that are not sliders: a toggle per weight, the games, the contour view's plane.
    CONTROLS: ClassVar = ("frozen", "games", "plane")

    @classmethod
    def check(cls, values: Mapping[str, object]) -> dict[str, object]:
        """Slider values checked against their ranges; `frozen`, `games` and `plane` against their choices."""
        sliders = super().check({k: v for k, v in values.items() if k not in cls.CONTROLS})
        controls: dict[str, object] = {}
        if "frozen" in values:
            controls["frozen"] = tuple(as_mask(values["frozen"], len(WEIGHT_NAMES)))
        if "games" in values:
            if values["games"] not in GAME_CHOICES:
                raise ValueError(f"games must be one of {GAME_CHOICES}, got {short(values['games'])}")
            controls["games"] = values["games"]
        if "plane" in values:
            controls["plane"] = cls.plane_of(values["plane"])
        return {**sliders, **controls}

    @staticmethod
    def plane_of(value: object) -> tuple[str, str]:
        """Two of the weight names a, b, c, in that order, or a ValueError naming the choices."""
        names = tuple(value) if isinstance(value, tuple | list | str) else ()
        names = tuple(n for n in names if n in WEIGHT_NAMES)
        ordered = tuple(sorted(set(names)))
        if ordered not in PLANES or len(names) != 2:
            raise ValueError(f"plane must be two of the weights a, b, c, like ('b', 'c'); got {short(value)}")
        return ordered  # type: ignore[return-value]

    @property
    def weights(self) -> tuple[float, float, float]:
        """The starting weights a, b and c."""
        return (self.a, self.b, self.c)

    @property
    def inputs(self) -> tuple[tuple[float, float, float], ...]:
        """The games learned from: the first only, or all four."""
        return GAME_INPUTS[:1] if self.games == "first" else GAME_INPUTS

    @property
    def goal_preds(self) -> tuple[float, ...]:
        """Won (1) or lost (0), for each game learned from."""
        return WIN_OR_LOSE[: len(self.inputs)]

    @functools.cached_property
    def trajectory(self) -> WeightsTrajectory:
        """The run these settings describe, one entry per update (worked out once per record)."""
        frozen = list(self.frozen)
        if self.games == "first":
            return learn(
                list(self.weights), list(GAME_INPUTS[0]), WIN_OR_LOSE[0], self.alpha, self.iterations, frozen
            )
        inputs = [list(game) for game in self.inputs]
        return learn_games(
            list(self.weights), inputs, list(self.goal_preds), self.alpha, self.iterations, frozen
        )

    @functools.cached_property
    def path(self) -> tuple[np.ndarray, np.ndarray]:
        """The run's numbered points and their errors (see `generalized.iteration_path`)."""
        return iteration_path(self.trajectory)
