"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.558678, 73.094766, 67.917355, 1.440456, 0.83722),
 'scale': (25.991029, 27.872592, 25.305251, 1.245729, 0.207634),
 'intercept': 49.735615,
 'linear': (7.797309, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.017906, 0.0, 0.113121, 0.990468), -0.01185, 7.709227),
           ((0.190674, 0.117051, 0.787308, 1.277267, 0.414463), -1.542117, 12.420104),
           ((0.0, 1.666392, 0.0, 1.611428, 0.0), 2.500988, 10.147754))}
