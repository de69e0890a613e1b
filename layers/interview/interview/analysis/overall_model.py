"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.721763, 73.107989, 68.090358, 1.440677, 0.843109),
 'scale': (25.927346, 27.848338, 25.244754, 1.245704, 0.195904),
 'intercept': 49.774091,
 'linear': (7.778204, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.009565, 0.0, 0.121074, 0.981364), -0.01525, 7.573141),
           ((0.216184, 0.075571, 0.807986, 1.293905, 0.382419), -1.552867, 12.424691),
           ((0.0, 1.682951, 0.0, 1.556613, 0.0), 2.460179, 10.264438))}
