"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.186226, 72.896419, 67.688705, 1.425443, 0.832695),
 'scale': (25.910027, 27.930162, 25.342623, 1.248411, 0.2106),
 'intercept': 49.682806,
 'linear': (7.773008, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.288773, 0.299535, 0.797134, 1.154209, 0.318209), -1.664011, 11.989398),
           ((0.0, 1.002997, 0.0, 0.145702, 0.997047), -0.028297, 8.331881),
           ((0.03527, 1.59977, 0.0, 1.758376, 0.0), 2.599655, 10.093901))}
