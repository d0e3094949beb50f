"""The course's colours: the Okabe-Ito palette, which colour-blind readers can tell apart, with its
orange and sky blue darkened until every line and marker stands out from the white at 3:1 or more
(WCAG 2.1's figure for graphics), and each colour's `ink` for text, at 4.5:1 or more.

Colour is never the only cue: every colour in a figure also has its own marker or line style.
"""

BLUE, ORANGE, GREEN, VERMILION, SKY, PURPLE, BLACK = (
    "#0072B2",
    "#C28600",  # Okabe-Ito's #E69F00 is 2.25:1 on white
    "#009E73",
    "#D55E00",
    "#1E9BE2",  # Okabe-Ito's #56B4E9 is 2.31:1 on white
    "#CC79A7",
    "#000000",
)

#: Each colour as text: the same hue, dark enough to read at 4.5:1 on white.
INK = {
    BLUE: BLUE,
    ORANGE: "#9C6C00",
    GREEN: "#008460",
    VERMILION: "#C15500",
    SKY: "#187CB5",
    PURPLE: "#BB4D8A",
    BLACK: BLACK,
}


def ink(colour: str) -> str:
    """The colour to write text in for a line or mark drawn in `colour`, one of the course's colours.

    Parameters
    ----------
    colour : str
        One of BLUE, ORANGE, GREEN, VERMILION, SKY, PURPLE or BLACK.

    Returns
    -------
    str
        Its text colour, as "#RRGGBB".

    Raises
    ------
    ValueError
        If `colour` is not one of the course's colours.
    """
    if colour not in INK:
        raise ValueError(f"colour must be one of the course's colours {sorted(INK)}, got {colour!r}")
    return INK[colour]
