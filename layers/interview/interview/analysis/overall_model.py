"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.036364, 72.661157, 67.378512, 1.425443, 0.832123),
 'scale': (26.044839, 28.211369, 25.635837, 1.248411, 0.211095),
 'intercept': 49.712343,
 'linear': (7.813452, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.290153, 0.263002, 0.809523, 1.125887, 0.320697), -1.648164, 11.987491),
           ((0.0, 1.026866, 0.0, 0.119422, 1.000434), -0.013858, 8.469039),
           ((0.085389, 1.633314, 0.0, 1.721164, 0.0), 2.637315, 9.949084))}
