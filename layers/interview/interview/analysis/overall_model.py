"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.725069, 73.088705, 68.177961, 1.436418, 0.839067),
 'scale': (25.048645, 27.602898, 25.003179, 1.246936, 0.196155),
 'intercept': 49.654306,
 'linear': (7.514593, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.042136, 0.0, 0.214376, 0.961704), 0.04517, 7.719758),
           ((0.306629, 0.0, 0.893809, 1.302857, 0.277525), -1.594391, 12.513511),
           ((0.0, 1.637169, 0.0, 1.630669, 0.0), 2.504344, 10.30163))}
