"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 2415 graded answers from 22 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh31, fresh32, fresh33, fresh36, fresh37, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout,
set_a, set_b. Settings: 3 tanh units, weight decay 0.4, at least 0.3 point per point of the weighted mean,
seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness', 'conduct'),
 'centre': (52.783437, 72.819462, 67.087785, 1.409054, 0.829954, 0.566272),
 'scale': (25.51263, 28.348375, 26.432377, 1.167176, 0.207783, 0.198347),
 'intercept': 49.853534,
 'linear': (7.653789, 0.0, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.388501, 0.0, 0.241753, 1.053336, 1.078472), -0.137658, 10.590868),
           ((0.163542, 1.367699, 0.0, 1.509076, 0.0, 0.0), 2.486029, 8.420099),
           ((0.204642, 0.31428, 1.047811, 1.107869, 0.0, 0.388134), -1.739645, 11.05802))}
