"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.714601, 73.092011, 68.18292, 1.436418, 0.839067),
 'scale': (25.051904, 27.602767, 25.004631, 1.246936, 0.196155),
 'intercept': 49.661287,
 'linear': (7.515571, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.049401, 0.0, 0.20899, 0.962034), 0.050888, 7.745039),
           ((0.306121, 0.0, 0.892081, 1.303405, 0.279497), -1.591648, 12.545228),
           ((0.086487, 1.623941, 0.0, 1.604985, 0.0), 2.556661, 10.230879))}
