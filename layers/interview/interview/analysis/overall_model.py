"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1575 graded answers from 15 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh3, fresh4, fresh5,
fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.4, at least 0.3
point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.614603, 73.367619, 69.090794, 1.417934, 0.833425),
 'scale': (24.494471, 26.283535, 22.832141, 1.230353, 0.201661),
 'intercept': 49.267449,
 'linear': (7.348341, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.285917, 0.0, 0.791097, 1.27488, 0.292077), -1.566421, 12.625499),
           ((0.0, 1.109892, 0.0, 0.159966, 1.060642), 0.094576, 7.675864),
           ((0.317503, 1.707933, 0.0, 1.750734, 0.0), 3.096921, 10.969311))}
