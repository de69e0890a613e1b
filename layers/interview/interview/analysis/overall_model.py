"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1575 graded answers from 15 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh3, fresh4, fresh5,
fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.3, at least 0.3
point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.579048, 73.472381, 69.319365, 1.417215, 0.835673),
 'scale': (24.404292, 26.145995, 22.80794, 1.230284, 0.19991),
 'intercept': 49.158046,
 'linear': (7.321288, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.083518, 0.0, 0.173555, 1.065434), 0.143434, 7.05755),
           ((0.186918, 0.0, 0.854437, 1.415009, 0.354066), -1.583863, 12.874809),
           ((0.27877, 1.896083, 0.0, 1.83771, 0.0), 3.261277, 11.160387))}
