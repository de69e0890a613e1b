"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.41708, 72.887052, 67.719559, 1.440382, 0.835273),
 'scale': (26.019904, 27.944039, 25.365192, 1.245733, 0.209868),
 'intercept': 49.765079,
 'linear': (7.805971, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.239194, 0.227494, 0.792496, 1.192614, 0.396844), -1.627037, 12.197937),
           ((0.0, 1.031393, 0.0, 0.117515, 0.988533), -0.035699, 8.100254),
           ((0.0, 1.639465, 0.0, 1.635649, 0.0), 2.522704, 10.028629))}
