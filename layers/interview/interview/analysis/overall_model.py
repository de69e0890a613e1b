"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.339945, 72.748209, 67.619835, 1.440382, 0.834171),
 'scale': (26.032944, 27.966469, 25.372027, 1.245733, 0.210771),
 'intercept': 49.773555,
 'linear': (7.809883, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.226444, 0.237173, 0.78206, 1.165383, 0.406091), -1.619957, 12.090529),
           ((0.0, 1.030043, 0.0, 0.123831, 0.985647), -0.052189, 8.212104),
           ((0.0, 1.628581, 0.0, 1.647288, 0.0), 2.515551, 10.056265))}
