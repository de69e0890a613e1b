"""Weights of the overall-score model (overall.py), written by `make calibrate` (eval/calibrate.py).
Do not edit by hand: change the graded answers or the fit, and run it again.

Fitted on 3375 graded answers from 30 files: fresh, fresh10, fresh11, fresh17, fresh2, fresh24, fresh25,
fresh3, fresh31, fresh32, fresh33, fresh36, fresh37, fresh4, fresh48, fresh49, fresh5, fresh50, fresh51,
fresh52, fresh53, fresh54, fresh55, fresh6, fresh7, fresh8, fresh9, holdout, set_a, set_b. Settings: 3 tanh
units, weight decay 0.4, at least 0.3 point per point of the weighted mean, seed 0.
"""

MODEL = {'inputs': ('weighted_mean',
            'clarity',
            'communication',
            'reference_use',
            'soundness',
            'conduct',
            'misconception_free'),
 'centre': (52.483259, 72.462815, 66.097185, 1.439662, 0.837475, 0.568906, 0.762022),
 'scale': (25.943773, 29.81972, 28.969727, 1.136227, 0.200475, 0.19501, 0.289312),
 'intercept': 47.030539,
 'linear': (7.783132, 0.0, 0.0, 0.0, 0.0, 0.0, 0.05178),
 'units': (((0.0, 0.801331, 0.0, 0.684028, 0.598284, 0.377283, 1.191386), -0.012368, 11.848365),
           ((0.240867, 0.208119, 0.816211, 1.034358, 0.0, 0.060206, 0.631125), -1.592961, 10.836553),
           ((0.0, 1.026791, 0.0, 0.185807, 0.0, 0.0, 0.0), 2.025176, 10.389205))}
