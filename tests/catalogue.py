"""Which public functions are elementwise, row-wise or in-place forms, as the package says."""

import activations
from activations._lift import LIFTED
from activations._lift_rows import LiftedRows

# PyTorch's in-place forms (relu_): name(x, ..., inplace=True), tested beside their functions.
IN_PLACE = [name for name in activations.__all__ if name.endswith("_")]
# Every other public name: a function and its derivative, as the battery tests them.
FUNCTIONS = [name for name in activations.__all__ if name not in IN_PLACE]
ROWWISE = {name for name in FUNCTIONS if isinstance(LIFTED[getattr(activations, name)], LiftedRows)}
ELEMENTWISE = [name for name in FUNCTIONS if name not in ROWWISE]
# Functions that draw from random: a new sample at every call, and no derivative.
RANDOM = {"gumbel_softmax"}
# The functions that compute in their input's own type (relu), derivatives too, and those that
# take inplace: as the package declares them.
PIECEWISE = {name for name in FUNCTIONS if LIFTED[getattr(activations, name)].keeps_type}
TAKES_INPLACE = [name for name in FUNCTIONS if LIFTED[getattr(activations, name)].inplace]
