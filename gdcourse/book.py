"""The book's data, in one place: the numbers chapters 4 and 5 learn from, as the book prints them.

The lessons type these lists out as the book does (a learner should see the data), and a test checks
that they match; the pictures, explorers and exercises read them from here.
"""

from __future__ import annotations

#: Chapter 4's one prediction: the weight it starts from, its input and the goal prediction.
WEIGHT, INPUT, GOAL_PRED = 0.5, 0.5, 0.8

#: Chapter 5's four games: average toes per player, win/loss record, fans (millions), won (1) or lost (0).
TOES = (8.5, 9.5, 9.9, 9.0)
WLREC = (0.65, 0.8, 0.8, 0.9)
NFANS = (1.2, 1.3, 0.5, 1.0)
WIN_OR_LOSE = (1.0, 1.0, 0.0, 1.0)
#: The same games as rows: (toes, win/loss, fans) for each game.
GAME_INPUTS = tuple(zip(TOES, WLREC, NFANS, strict=True))
#: The weights chapter 5 starts from (one per input), and its alpha.
START_WEIGHTS = (0.1, 0.2, -0.1)
ALPHA = 0.01
#: Chapter 5's three outputs for the same games: hurt, win, sad.
HURT = (0.1, 0.0, 0.0, 0.1)
WIN = (1.0, 1.0, 0.0, 1.0)
SAD = (0.1, 0.0, 0.1, 0.2)
#: The weights of chapter 5's network of three inputs and three outputs: one row per output (hurt, win,
#: sad), one column per input (toes, win/loss, fans).
MATRIX_WEIGHTS = ((0.1, 0.1, -0.3), (0.1, 0.2, 0.0), (0.0, 1.3, 0.1))
