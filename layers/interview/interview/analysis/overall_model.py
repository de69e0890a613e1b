"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1575 graded answers from 15 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh3, fresh4, fresh5,
fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.3, at least 0.3
point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.577778, 73.469841, 69.319365, 1.417215, 0.835654),
 'scale': (24.402917, 26.144875, 22.80794, 1.230284, 0.199898),
 'intercept': 49.158606,
 'linear': (7.320875, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.083583, 0.0, 0.174604, 1.066131), 0.143823, 7.055922),
           ((0.1873, 0.0, 0.854668, 1.414781, 0.353774), -1.584374, 12.876057),
           ((0.278589, 1.896158, 0.0, 1.837495, 0.0), 3.260819, 11.161344))}
