"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1575 graded answers from 15 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh3, fresh4, fresh5,
fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.3, at least 0.3
point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.934603, 73.665397, 69.339683, 1.421004, 0.836518),
 'scale': (24.54617, 26.244451, 22.818974, 1.229898, 0.199782),
 'intercept': 49.277156,
 'linear': (7.363851, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.189125, 0.0, 0.125681, 1.129565), 0.131192, 7.078628),
           ((0.240289, 0.0, 0.838481, 1.417696, 0.359025), -1.623743, 12.974925),
           ((0.295743, 1.879232, 0.0, 1.843266, 0.0), 3.295378, 10.956039))}
