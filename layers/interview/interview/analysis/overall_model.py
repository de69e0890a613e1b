"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.065014, 73.225344, 68.219284, 1.43844, 0.840178),
 'scale': (25.210872, 27.677171, 25.008877, 1.245754, 0.195021),
 'intercept': 49.689858,
 'linear': (7.563262, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.040978, 0.0, 0.186337, 0.982592), 0.02687, 7.550252),
           ((0.300883, 0.0, 0.794147, 1.326296, 0.304832), -1.517844, 12.613083),
           ((0.0, 1.656827, 0.0, 1.609495, 0.0), 2.492379, 10.341118))}
