"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1575 graded answers from 15 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh3, fresh4, fresh5,
fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.4, at least 0.3
point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.662857, 73.456508, 69.146667, 1.417934, 0.83406),
 'scale': (24.504538, 26.28132, 22.831044, 1.230353, 0.201382),
 'intercept': 49.267146,
 'linear': (7.351361, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.266618, 0.0, 0.836089, 1.298526, 0.29438), -1.601886, 12.720254),
           ((0.0, 1.096116, 0.0, 0.169902, 1.06645), 0.107019, 7.484288),
           ((0.327016, 1.712327, 0.0, 1.757125, 0.0), 3.119265, 11.058346))}
