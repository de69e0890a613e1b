"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.079339, 72.661157, 67.383471, 1.426078, 0.832608),
 'scale': (26.065552, 28.211369, 25.63629, 1.248447, 0.210909),
 'intercept': 49.732431,
 'linear': (7.819666, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.292496, 0.268404, 0.809525, 1.125759, 0.324715), -1.660376, 11.983145),
           ((0.0, 1.016415, 0.0, 0.119787, 0.996172), -0.017721, 8.478989),
           ((0.088261, 1.635619, 0.0, 1.719732, 0.0), 2.641164, 9.96141))}
