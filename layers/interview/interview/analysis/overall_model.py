"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.058402, 72.618182, 67.344904, 1.426078, 0.832333),
 'scale': (26.060935, 28.208535, 25.627186, 1.248447, 0.210864),
 'intercept': 49.744535,
 'linear': (7.818281, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.302469, 0.285033, 0.829151, 1.100054, 0.321031), -1.689326, 11.809601),
           ((0.0, 0.995408, 0.0, 0.134793, 0.988116), -0.039061, 8.655248),
           ((0.071616, 1.639752, 0.0, 1.711902, 0.0), 2.61895, 9.988669))}
