"""The course's colours: the Okabe-Ito palette, which colour-blind readers can tell apart.

Colour is never the only cue: every colour in a figure also has its own marker or line style.
"""

BLUE, ORANGE, GREEN, VERMILION, SKY, PURPLE, BLACK = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#56B4E9",
    "#CC79A7",
    "#000000",
)
