"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.087052, 73.22865, 68.213774, 1.438891, 0.840263),
 'scale': (25.237454, 27.678936, 25.007669, 1.246511, 0.195137),
 'intercept': 49.730411,
 'linear': (7.571236, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.055618, 0.0, 0.172895, 0.974567), 0.037596, 7.59877),
           ((0.301319, 0.0, 0.838072, 1.317107, 0.31865), -1.574776, 12.65916),
           ((0.0, 1.63244, 0.0, 1.634747, 0.0), 2.507705, 10.27759))}
