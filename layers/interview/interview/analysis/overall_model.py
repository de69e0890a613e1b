"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 1575 graded answers from 15 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh3, fresh4, fresh5,
fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh units, weight decay 0.4, at least 0.3
point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean', 'clarity', 'communication', 'reference_use', 'soundness'),
 'centre': (52.873651, 73.665397, 69.333333, 1.417552, 0.83575),
 'scale': (24.505806, 26.244451, 22.815283, 1.230332, 0.199787),
 'intercept': 49.276532,
 'linear': (7.351742, 0.0, 0.0, 0.0, 0.0),
 'units': (((0.0, 1.079941, 0.0, 0.167916, 1.063962), 0.123297, 7.174256),
           ((0.264381, 0.0, 0.81398, 1.352214, 0.315857), -1.583301, 12.91926),
           ((0.314648, 1.769379, 0.0, 1.657185, 0.0), 3.065645, 11.092385))}
