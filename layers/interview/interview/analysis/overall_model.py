"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness', 'conduct'),
 'centre': (53.058402, 72.618182, 67.344904, 1.426078, 0.832333, 0.561055),
 'scale': (26.060935, 28.208535, 25.627186, 1.248447, 0.210864, 0.203537),
 'intercept': 49.971971,
 'linear': (7.818281, 0.0, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.252268, 0.0, 0.157584, 0.988906, 0.948915), -0.29676, 10.036317),
           ((0.21653, 1.556912, 0.0, 1.678822, 0.0, 0.0), 2.718504, 9.428378),
           ((0.193053, 0.40975, 0.851946, 1.087387, 0.156718, 0.100508), -1.684952, 11.012132))}
