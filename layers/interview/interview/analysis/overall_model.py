"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1575 graded answers from 15 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh3, fresh4, fresh5,
fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.4, at least 0.3
point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.789206, 73.665397, 69.333333, 1.417552, 0.83575),
 'scale': (24.470832, 26.244451, 22.815283, 1.230332, 0.199787),
 'intercept': 49.256458,
 'linear': (7.341249, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.075035, 0.0, 0.173333, 1.064403), 0.118317, 7.227108),
           ((0.27357, 0.0, 0.817767, 1.342819, 0.313468), -1.589901, 12.862024),
           ((0.335847, 1.763108, 0.0, 1.660441, 0.0), 3.083873, 11.101616))}
