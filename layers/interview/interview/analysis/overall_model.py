"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.730579, 73.134435, 68.09697, 1.440677, 0.843109),
 'scale': (25.913389, 27.819719, 25.228465, 1.245704, 0.195904),
 'intercept': 49.727796,
 'linear': (7.774017, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 0.99891, 0.0, 0.122746, 0.98073), -0.013857, 7.568828),
           ((0.216586, 0.076252, 0.808221, 1.29398, 0.381253), -1.553501, 12.416792),
           ((0.0, 1.682689, 0.0, 1.557639, 0.0), 2.46668, 10.329128))}
