"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 2175 graded answers from 20 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh31, fresh32, fresh33, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b.
Settings: 3 tanh units, weight decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness', 'conduct'),
 'centre': (52.565977, 72.564138, 66.937931, 1.411385, 0.829919, 0.566867),
 'scale': (25.67226, 28.412356, 26.256179, 1.191312, 0.210671, 0.201057),
 'intercept': 49.709692,
 'linear': (7.701678, 0.0, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.402714, 0.0, 0.171675, 1.08104, 1.060423), -0.153717, 10.350966),
           ((0.231119, 1.446648, 0.0, 1.602142, 0.0, 0.0), 2.649533, 8.71757),
           ((0.183957, 0.307999, 1.037948, 1.080456, 0.018175, 0.375263), -1.702881, 11.117976))}
