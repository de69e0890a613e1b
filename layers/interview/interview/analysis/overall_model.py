"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1815 graded answers from 17 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight
decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (53.591185, 73.094766, 67.949311, 1.440456, 0.838207),
 'scale': (25.988159, 27.872592, 25.305269, 1.245729, 0.205935),
 'intercept': 49.734607,
 'linear': (7.796448, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.027107, 0.0, 0.120766, 1.009967), -0.018731, 7.575103),
           ((0.179972, 0.089865, 0.800439, 1.293419, 0.412916), -1.534455, 12.427938),
           ((0.0, 1.675589, 0.0, 1.589005, 0.0), 2.482881, 10.232054))}
