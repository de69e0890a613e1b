"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.134435, 73.25124, 68.213774, 1.439111, 0.840274),
 'scale': (25.251519, 27.683905, 25.007669, 1.246386, 0.195195),
 'intercept': 49.753514,
 'linear': (7.575456, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.072324, 0.0, 0.165363, 0.973661), 0.039171, 7.552355),
           ((0.309889, 0.0, 0.835154, 1.321358, 0.318852), -1.5822, 12.700369),
           ((0.0, 1.635981, 0.0, 1.644211, 0.0), 2.507054, 10.266773))}
