"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.532782, 73.050689, 67.864463, 1.440456, 0.83722),
 'scale': (26.020905, 27.93729, 25.367304, 1.245729, 0.207634),
 'intercept': 49.737948,
 'linear': (7.806271, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.024274, 0.0, 0.099217, 0.993783), -0.002211, 7.703915),
           ((0.189559, 0.117365, 0.786217, 1.277065, 0.41714), -1.540895, 12.472534),
           ((0.0, 1.6827, 0.0, 1.578648, 0.0), 2.500936, 10.103999))}
