"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.786777, 73.222039, 68.255096, 1.440677, 0.843109),
 'scale': (25.836234, 27.675167, 25.01584, 1.245704, 0.195904),
 'intercept': 49.715431,
 'linear': (7.75087, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.012362, 0.0, 0.128848, 0.9713), -0.026707, 7.509248),
           ((0.214224, 0.070053, 0.801812, 1.292002, 0.386458), -1.54139, 12.4281),
           ((0.0, 1.671524, 0.0, 1.580521, 0.0), 2.473322, 10.392116))}
