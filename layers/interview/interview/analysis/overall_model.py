"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 975 graded answers from 10 files: fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, holdout,
set_a, set_b. Settings: 3 tanh units, weight decay 0.3, at least 0.3 point per point of the weighted mean,
seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.313846, 73.038974, 68.420513, 1.375315, 0.837394),
 'scale': (25.16807, 27.175149, 23.733339, 1.201602, 0.198451),
 'intercept': 49.473746,
 'linear': (7.550421, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.037887, 0.0, 0.159109, 1.292262), -0.043373, 6.827865),
           ((0.0, 0.0, 1.003937, 1.553941, 0.0), -1.499176, 12.556949),
           ((0.641019, 1.801288, 0.0, 1.587518, 0.0), 3.220057, 11.291108))}
