"""The overall score: the five dimensions read as the grade an interviewer would give the answer.

The weighted mean of the dimensions orders answers but does not land where the performance labels are
(excellent >= 85, good >= 70), and it cannot tell a fluent wrong answer from a hedged, partly right one.
The overall is therefore a small calibration model over seven inputs: the weighted mean, clarity,
communication, how much of the reference the answer uses in its sentences, how sound it rings (soundness.py),
how sound the choices it describes sound (conduct.py) and how far it is from sounding like a poor answer, mostly
wrong or confused (misconception.py: 1 less its chance); the last four are in every analysis's metrics
(`reference_concepts_used`, `soundness`, `conduct`, `misconception_free`).
`make calibrate` fits it to the graded answers in eval/graded/, eval/holdout/ and eval/read/ (eval/calibrate.py, which
also measures it on each graded file left out of the fit) and writes its 35 weights to overall_model.py. Their
misconception input is their chance under the model trained without their file (eval/misconception_left_out.json), as
for any answer the analyzer meets.

What users can rely on, whatever the fit:
- it never falls when one of its inputs rises (the fit holds every weight that could make it fall at zero
  or above), and every point of the weighted mean is worth at least 0.3 of a point (eval/calibrate.py's
  MIN_SLOPE), so every dimension counts. The other three inputs are not dimensions: an answer whose
  dimensions all rise can still score lower if it uses less of the reference, rings less sound or describes
  worse choices;
- it is smooth (tanh units): on the graded answers, a point more of a dimension moves it by at most 1.5
  points (the weighted mean and, for clarity and communication, their own input move with it), and one
  more concept of a typical reference (64 concepts) or a twentieth more soundness by at most 3, a twentieth
  more conduct by at most 4 (tested);
- it lies between the lowest and the highest dimension, and under the answer's cap: flags and red flags
  cap it as they cap the dimensions, and an answer that lists terms is capped lower (rubric_scoring.py).
"""

from collections.abc import Mapping, Sequence
from math import sqrt, tanh

from interview.analysis.model import weighted_overall
from interview.analysis.overall_model import MODEL
from interview.analysis.reading import Reading

# A story that makes the key points in its own words uses the reference as much as one that borrows the model
# story's words: at least this much per unit of key-point credit (grade-4 stories in eval/ have a median of 2.6).
STORY_POINTS_USE = 3.0
INPUTS = ("weighted_mean", "clarity", "communication", "reference_use", "soundness", "conduct", "misconception_free")


def overall_inputs(reading: Reading, dimensions: Mapping[str, int]) -> tuple[float, ...]:
    """The model's inputs, in INPUTS order, from an answer's reading and its (capped, rounded) dimensions."""
    return (
        float(weighted_overall(**dimensions)),
        float(dimensions["clarity"]),
        float(dimensions["communication"]),
        reference_use(reading),
        reading.soundness.factor,
        reading.conduct.sound,
        1.0 - reading.misconception,
    )


def reference_use(reading: Reading) -> float:
    """Concepts of the key points and model answer the answer uses in sentences (terms it only lists do not
    count), over the square root of how many there are: a longer reference offers more to use, but a good
    answer does not use it all. A story's own subject shares few words with the model story's, so for a story
    its key-point credit counts too."""
    reference = reading.vocabulary.reference
    used = len(reading.reference_used) / sqrt(len(reference)) if reference else 0.0
    if reading.star is not None:
        used = max(used, STORY_POINTS_USE * reading.point_credit)
    return used


def overall_score(inputs: Sequence[float], dimensions: Mapping[str, int], cap: float = 100,
                  model: Mapping[str, object] = MODEL) -> int:
    """The overall as served: the model's value between the lowest and highest dimension, under the answer's
    cap, rounded to a whole point."""
    value = max(min(calibrated(inputs, model), max(dimensions.values())), min(dimensions.values()))
    return max(0, min(100, round(min(value, cap))))


def calibrated(inputs: Sequence[float], model: Mapping[str, object] = MODEL) -> float:
    """The model's overall for one answer's inputs, before rounding and caps:
    intercept + linear . z + sum over units of weight * tanh(unit . z + bias), z the standardised inputs."""
    z = [(x - c) / s for x, c, s in zip(inputs, model["centre"], model["scale"], strict=True)]
    value = model["intercept"] + sum(w * x for w, x in zip(model["linear"], z, strict=True))
    for weights, bias, out in model["units"]:
        value += out * tanh(bias + sum(w * x for w, x in zip(weights, z, strict=True)))
    return value
