"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.714601, 73.094766, 68.079339, 1.440677, 0.842807),
 'scale': (25.941215, 27.872592, 25.27827, 1.245704, 0.196627),
 'intercept': 49.779477,
 'linear': (7.782365, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.011372, 0.0, 0.121807, 0.984647), -0.017644, 7.576421),
           ((0.21487, 0.077437, 0.807235, 1.295639, 0.388988), -1.5563, 12.418505),
           ((0.0, 1.683929, 0.0, 1.555469, 0.0), 2.457754, 10.254711))}
