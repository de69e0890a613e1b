"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1455 graded answers from 14 files: fresh, fresh10, fresh11, fresh2, fresh3, fresh4, fresh5, fresh6,
fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.3, at least 0.3 point
per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.191065, 72.9189, 69.210309, 1.403882, 0.837005),
 'scale': (24.455597, 26.391455, 22.852788, 1.226775, 0.200008),
 'intercept': 49.143798,
 'linear': (7.336679, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.187826, 0.0, 0.991538, 1.300199, 0.260185), -1.672434, 11.988388),
           ((0.0, 0.956206, 0.0, 0.347444, 1.195441), -0.025719, 7.650663),
           ((0.462644, 1.758015, 0.0, 2.105243, 0.0), 3.559146, 11.559546))}
