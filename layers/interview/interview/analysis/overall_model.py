"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 2415 graded answers from 22 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh31, fresh32, fresh33, fresh36, fresh37, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout,
set_a, set_b. Settings: 3 tanh units, weight decay 0.4, at least 0.3 point per point of the weighted mean,
seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness', 'conduct'),
 'centre': (52.591304, 72.477019, 66.724224, 1.409054, 0.829954, 0.566272),
 'scale': (25.690269, 28.716538, 26.753056, 1.167176, 0.207783, 0.198347),
 'intercept': 49.81283,
 'linear': (7.707081, 0.0, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.376784, 0.0, 0.199831, 1.042616, 1.058829), -0.117176, 10.43353),
           ((0.255211, 1.400752, 0.0, 1.508322, 0.0, 0.0), 2.588366, 8.493095),
           ((0.226732, 0.284739, 1.096255, 1.059707, 0.0, 0.399461), -1.751178, 11.143612))}
