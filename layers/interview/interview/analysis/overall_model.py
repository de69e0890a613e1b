"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.02865, 72.575207, 67.298623, 1.426078, 0.831782),
 'scale': (26.074575, 28.231291, 25.640341, 1.248447, 0.211444),
 'intercept': 49.752717,
 'linear': (7.822373, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.294845, 0.286132, 0.83425, 1.095714, 0.321201), -1.690056, 11.816841),
           ((0.0, 1.009504, 0.0, 0.131677, 0.995114), -0.044871, 8.665393),
           ((0.105033, 1.601297, 0.0, 1.761268, 0.0), 2.677873, 9.967509))}
