"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.57741, 73.094766, 67.949311, 1.440456, 0.837741),
 'scale': (25.99541, 27.872592, 25.305269, 1.245729, 0.206767),
 'intercept': 49.728705,
 'linear': (7.798623, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.024575, 0.0, 0.122153, 1.014079), -0.022991, 7.564638),
           ((0.180587, 0.089873, 0.800919, 1.293417, 0.413598), -1.535893, 12.422855),
           ((0.0, 1.67588, 0.0, 1.602082, 0.0), 2.496358, 10.249837))}
