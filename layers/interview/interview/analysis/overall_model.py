"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 2415 graded answers from 22 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh31, fresh32, fresh33, fresh36, fresh37, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout,
set_a, set_b. Settings: 3 tanh units, weight decay 0.4, at least 0.3 point per point of the weighted mean,
seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness', 'conduct'),
 'centre': (51.368116, 70.517184, 63.643064, 1.409054, 0.829954, 0.580234),
 'scale': (27.262164, 31.501875, 30.266411, 1.167176, 0.207783, 0.207793),
 'intercept': 45.593434,
 'linear': (8.178649, 0.0, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.533173, 0.0, 0.073875, 0.956298, 1.027364), -0.122238, 10.153652),
           ((0.0, 0.969926, 0.213079, 0.087449, 0.0, 0.0), 2.088991, 12.653004),
           ((0.246735, 0.225473, 1.183741, 1.048954, 0.02505, 0.411982), -1.786584, 11.402179))}
