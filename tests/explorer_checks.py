"""Checks shared by the explorer tests."""


def inside(points, limits):
    """True when every (x, y) point lies within the axes limits [[x0, x1], [y0, y1]]."""
    (x_low, x_high), (y_low, y_high) = sorted(limits[0]), sorted(limits[1])
    return all(x_low <= x <= x_high and y_low <= y <= y_high for x, y in points)


def ranges(record):
    """A settings record's slider ranges as {name: (low, high, step)}."""
    return {name: (spec.low, spec.high, spec.step) for name, spec in record.SLIDERS.items()}
