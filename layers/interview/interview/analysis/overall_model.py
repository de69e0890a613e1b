"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1575 graded answers from 15 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh3, fresh4, fresh5,
fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.4, at least 0.3
point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.786032, 73.653968, 69.335873, 1.417934, 0.835964),
 'scale': (24.489439, 26.242996, 22.816275, 1.230353, 0.199806),
 'intercept': 49.25895,
 'linear': (7.346832, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.062505, 0.0, 0.17619, 1.060891), 0.122817, 7.177484),
           ((0.232892, 0.0, 0.807198, 1.356954, 0.330507), -1.56846, 12.899153),
           ((0.336866, 1.764685, 0.0, 1.663076, 0.0), 3.086492, 11.136196))}
