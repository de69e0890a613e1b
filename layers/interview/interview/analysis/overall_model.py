"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.527273, 72.687603, 67.716253, 1.436418, 0.839067),
 'scale': (25.287726, 28.130039, 25.550413, 1.246936, 0.196155),
 'intercept': 49.716321,
 'linear': (7.586318, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.091044, 0.0, 0.133311, 0.976879), 0.072765, 7.68113),
           ((0.298444, 0.0, 0.902436, 1.309961, 0.289868), -1.603779, 12.691286),
           ((0.180559, 1.701149, 0.0, 1.452039, 0.0), 2.597542, 10.112355))}
