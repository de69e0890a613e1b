"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.671074, 72.984573, 68.055647, 1.436418, 0.839067),
 'scale': (25.11462, 27.732901, 25.142387, 1.246936, 0.196155),
 'intercept': 49.697584,
 'linear': (7.534386, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.066719, 0.0, 0.209887, 0.984852), 0.022426, 7.711833),
           ((0.306964, 0.0, 0.900092, 1.30396, 0.26875), -1.602844, 12.471844),
           ((0.042901, 1.66283, 0.0, 1.550099, 0.0), 2.500333, 10.311768))}
