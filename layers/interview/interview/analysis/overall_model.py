"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.159229, 72.876584, 67.641322, 1.425443, 0.832123),
 'scale': (25.907241, 27.930081, 25.334973, 1.248411, 0.211095),
 'intercept': 49.676088,
 'linear': (7.772172, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.298298, 0.287034, 0.796139, 1.135932, 0.304342), -1.651234, 11.928962),
           ((0.0, 1.006602, 0.0, 0.152991, 0.995263), -0.02522, 8.438572),
           ((0.023218, 1.597241, 0.0, 1.754515, 0.0), 2.583446, 10.048145))}
