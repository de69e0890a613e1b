"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1575 graded answers from 15 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh3, fresh4, fresh5,
fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.3, at least 0.3
point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.76, 73.564444, 69.311111, 1.419184, 0.836092),
 'scale': (24.425582, 26.176388, 22.805312, 1.229611, 0.199542),
 'intercept': 49.20389,
 'linear': (7.327675, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.105531, 0.0, 0.175052, 1.058917), 0.153903, 6.95583),
           ((0.260261, 0.0, 0.83711, 1.408514, 0.332391), -1.600946, 12.957179),
           ((0.153331, 1.954674, 0.0, 1.712445, 0.0), 3.07696, 11.111927))}
