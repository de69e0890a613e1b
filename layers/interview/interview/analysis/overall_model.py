"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1575 graded answers from 15 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh3, fresh4, fresh5,
fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.3, at least 0.3
point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.765079, 73.585397, 69.331429, 1.418997, 0.836183),
 'scale': (24.464488, 26.202172, 22.816187, 1.230277, 0.199794),
 'intercept': 49.216937,
 'linear': (7.339346, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.131344, 0.0, 0.156163, 1.097859), 0.132056, 7.09317),
           ((0.205938, 0.0, 0.856847, 1.428558, 0.363094), -1.614441, 12.890899),
           ((0.289525, 1.887145, 0.0, 1.837434, 0.0), 3.277845, 11.0583))}
