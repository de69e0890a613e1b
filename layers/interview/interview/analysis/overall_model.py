"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.649036, 72.961983, 68.03416, 1.436418, 0.838929),
 'scale': (25.095009, 27.730843, 25.136869, 1.246936, 0.196129),
 'intercept': 49.645909,
 'linear': (7.528503, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.021215, 0.0, 0.246139, 0.981586), 0.032895, 7.614035),
           ((0.277947, 0.0, 0.855846, 1.345699, 0.265154), -1.550646, 12.453326),
           ((0.034465, 1.672743, 0.0, 1.541124, 0.0), 2.485871, 10.419389))}
