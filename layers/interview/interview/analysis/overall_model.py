"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.818733, 73.225344, 68.266116, 1.441437, 0.84351),
 'scale': (25.857859, 27.677171, 25.015416, 1.245842, 0.195304),
 'intercept': 49.691405,
 'linear': (7.757358, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.019774, 0.0, 0.118757, 0.964636), -0.01816, 7.445432),
           ((0.210862, 0.06028, 0.798778, 1.300516, 0.401968), -1.533383, 12.469835),
           ((0.0, 1.672063, 0.0, 1.580881, 0.0), 2.474252, 10.377466))}
