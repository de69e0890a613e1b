"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.169697, 72.896419, 67.658402, 1.425443, 0.832261),
 'scale': (25.910204, 27.930162, 25.336895, 1.248411, 0.211123),
 'intercept': 49.667333,
 'linear': (7.773061, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.293935, 0.284463, 0.800341, 1.147835, 0.304174), -1.649773, 12.012133),
           ((0.0, 1.015057, 0.0, 0.146523, 0.998398), -0.014207, 8.349411),
           ((0.037752, 1.594772, 0.0, 1.760511, 0.0), 2.601817, 10.037584))}
