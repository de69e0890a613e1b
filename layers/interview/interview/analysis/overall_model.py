"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 975 graded answers from 10 files: fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, holdout,
set_a, set_b. Settings: 3 tanh units, weight decay 0.3, at least 0.3 point per point of the weighted mean,
seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.313846, 73.038974, 68.420513, 1.329453, 0.837394),
 'scale': (25.16807, 27.175149, 23.733339, 1.212143, 0.198451),
 'intercept': 49.610737,
 'linear': (7.550421, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.011928, 0.0, 0.148457, 1.276421), -0.101203, 6.914983),
           ((0.0, 0.0, 1.076656, 1.514737, 0.0), -1.52739, 12.498935),
           ((0.701709, 1.770604, 0.0, 1.439023, 0.0), 3.104868, 11.319673))}
