"""Which public functions are elementwise and which row-wise, as the package itself says."""

import activations
from activations._lift import LIFTED, LiftedRows

ROWWISE = {
    name
    for name in activations.__all__
    if isinstance(LIFTED[getattr(activations, name)], LiftedRows)
}
ELEMENTWISE = [name for name in activations.__all__ if name not in ROWWISE]
