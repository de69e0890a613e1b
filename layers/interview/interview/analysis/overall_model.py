"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 2415 graded answers from 22 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh31, fresh32, fresh33, fresh36, fresh37, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout,
set_a, set_b. Settings: 3 tanh units, weight decay 0.4, at least 0.3 point per point of the weighted mean,
seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness', 'conduct'),
 'centre': (51.368116, 70.517184, 63.643064, 1.409054, 0.829954, 0.567232),
 'scale': (27.262164, 31.501875, 30.266411, 1.167176, 0.207783, 0.199917),
 'intercept': 45.562505,
 'linear': (8.178649, 0.0, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.411128, 0.0, 0.095548, 0.98528, 1.056152), -0.113578, 10.19925),
           ((0.0, 0.981989, 0.148525, 0.112119, 0.0, 0.0), 2.03213, 12.668353),
           ((0.24116, 0.263508, 1.180902, 1.05183, 0.023537, 0.390156), -1.829152, 11.339995))}
