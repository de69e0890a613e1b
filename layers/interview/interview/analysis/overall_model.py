"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.717355, 73.094766, 68.07989, 1.440677, 0.843109),
 'scale': (25.936944, 27.872592, 25.27732, 1.245704, 0.195904),
 'intercept': 49.77666,
 'linear': (7.781083, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.011559, 0.0, 0.121985, 0.982037), -0.015817, 7.573234),
           ((0.214682, 0.077794, 0.807121, 1.295607, 0.387885), -1.555869, 12.419214),
           ((0.0, 1.68393, 0.0, 1.555694, 0.0), 2.457981, 10.258763))}
