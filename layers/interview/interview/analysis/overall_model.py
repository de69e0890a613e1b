"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1455 graded answers from 14 files: fresh, fresh10, fresh11, fresh2, fresh3, fresh4, fresh5, fresh6,
fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.3, at least 0.3 point
per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.241924, 73.123024, 69.216495, 1.403882, 0.83687),
 'scale': (24.429727, 26.332985, 22.912966, 1.226775, 0.198908),
 'intercept': 49.054878,
 'linear': (7.328918, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.194695, 0.0, 0.947806, 1.383835, 0.31944), -1.650823, 12.565803),
           ((0.0, 0.999959, 0.0, 0.230326, 1.107922), 0.092682, 7.093055),
           ((0.478656, 1.804235, 0.0, 1.976283, 0.0), 3.485269, 11.454418))}
