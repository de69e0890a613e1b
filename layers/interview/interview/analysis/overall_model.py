"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1455 graded answers from 14 files: fresh, fresh10, fresh11, fresh2, fresh3, fresh4, fresh5, fresh6,
fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.3, at least 0.3 point
per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.199313, 72.932646, 69.223368, 1.403882, 0.837176),
 'scale': (24.451821, 26.387326, 22.850093, 1.226775, 0.199744),
 'intercept': 49.144254,
 'linear': (7.335546, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.187685, 0.0, 0.991281, 1.300439, 0.259873), -1.671662, 11.988993),
           ((0.0, 0.957519, 0.0, 0.346801, 1.193803), -0.021631, 7.674383),
           ((0.452798, 1.755913, 0.0, 2.107172, 0.0), 3.548154, 11.536935))}
