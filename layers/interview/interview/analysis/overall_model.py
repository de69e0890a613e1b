"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.987879, 72.574656, 67.269421, 1.425443, 0.832123),
 'scale': (26.108016, 28.339147, 25.767976, 1.248411, 0.211095),
 'intercept': 49.708763,
 'linear': (7.832405, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.292345, 0.266506, 0.813973, 1.125244, 0.318433), -1.654991, 11.967618),
           ((0.0, 1.008537, 0.0, 0.124535, 1.000465), -0.013019, 8.453837),
           ((0.084034, 1.627853, 0.0, 1.707125, 0.0), 2.631026, 9.975759))}
