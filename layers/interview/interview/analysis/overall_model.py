"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.716253, 73.094766, 68.071625, 1.440677, 0.843109),
 'scale': (25.936635, 27.872592, 25.27522, 1.245704, 0.195904),
 'intercept': 49.779459,
 'linear': (7.78099, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.011522, 0.0, 0.121068, 0.981633), -0.016058, 7.571832),
           ((0.216154, 0.075697, 0.808584, 1.293831, 0.382577), -1.553273, 12.425226),
           ((0.0, 1.683944, 0.0, 1.555773, 0.0), 2.458104, 10.257687))}
